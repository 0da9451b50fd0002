// Vietnamese labels of the overview page. Pure data; task statuses and their labels are the task feature's.

export const overviewText = {
  title: "Tiến độ các cơ quan",
  intro:
    "Số nhiệm vụ của từng cơ quan chủ trì theo trạng thái. Quá hạn: đã qua hạn của kỳ hiện tại mà Sở Nội vụ chưa xác nhận hoàn thành.",
  plan: (number: string, date: string) => `Kế hoạch số ${number} ngày ${date}`,
  choosePlan: "Kế hoạch",
  show: "Xem",
  noPlan: (province: string) => `Tỉnh ${province} chưa có kế hoạch nào được nhập, nên chưa có nhiệm vụ để theo dõi.`,
  unassigned: "Nhiệm vụ chưa giao cơ quan",
  inactive: "ngừng hoạt động",
  agency: "Cơ quan",
  total: "Tổng",
  overdue: "Quá hạn",
  lastUpdate: "Cập nhật gần nhất",
  done: "Đã xác nhận (tỷ lệ)",
  totalTasks: "Tổng số nhiệm vụ của kế hoạch",
  totalSplit: (withPoints: number, duties: number) =>
    `${withPoints} nhiệm vụ gắn với điểm bị mất (bảng điều khiển tính các nhiệm vụ này) · ${duties} nhiệm vụ chung không gắn điểm`,
  accepted: "Tỷ lệ nhiệm vụ đã được xác nhận",
  overdueTasks: "Quá hạn tại các cơ quan",
  overdueSplit: (all: number, withPoints: number) =>
    `Tất cả nhiệm vụ quá hạn: ${all}, trong đó ${withPoints} nhiệm vụ gắn với điểm bị mất`,
  unassignedOverdue: "Quá hạn, chưa giao cơ quan",
  unassignedOverdueHint: "Nhiệm vụ chưa có cơ quan chủ trì: Sở Nội vụ giao việc và đặt hạn mới.",
  assignLink: "Giao cơ quan chủ trì",
  waiting: "Chờ Sở Nội vụ xác nhận",
  reviewLink: (n: number) => `Mở hàng chờ duyệt (${n})`,
  kind: "Loại cơ quan",
  allKinds: "Tất cả",
  sort: "Sắp xếp",
  apply: "Áp dụng",
  agencies: (n: number) => `${n} cơ quan`,
  paging: "Phân trang danh sách cơ quan",
  previous: "Trang trước",
  next: "Trang sau",
  pageStatus: (page: number, pages: number, from: number, to: number, of: number) =>
    `Trang ${page}/${pages} · dòng ${from}–${to} trong ${of}`,
  noTasks: "Chưa có nhiệm vụ",
  percentOf: (done: number, total: number) => `${done}/${total} nhiệm vụ đã xác nhận`,
  boardLink: (name: string) => `Bảng nhiệm vụ của ${name}`,
  auditLink: "Nhật ký thay đổi",
} as const;
