// How audit rows read in Vietnamese: action names, field names, value wording (CONTRIBUTING.md §8).

export const ACTION_LABELS: Record<string, string> = {
  "agency.create": "Thêm cơ quan",
  "agency.update": "Sửa thông tin cơ quan",
  "agency.deactivate": "Ngừng hoạt động cơ quan",
  "agency.activate": "Cho cơ quan hoạt động lại",
  "group.create": "Thêm nhóm cơ quan",
  "group.update": "Sửa nhóm cơ quan",
  "group.member_add": "Thêm cơ quan vào nhóm",
  "group.member_remove": "Bỏ cơ quan khỏi nhóm",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.password_reset": "Đặt lại mật khẩu",
  "user.deactivate": "Vô hiệu hoá tài khoản",
  "user.activate": "Kích hoạt lại tài khoản",
  "task.status": "Cập nhật nhiệm vụ",
  "task.comment": "Thêm ghi chú, tài liệu kiểm chứng",
  "task.review": "Duyệt kết quả nhiệm vụ",
  "task.assign": "Giao nhiệm vụ cho cơ quan",
  "plan.import": "Nhập kế hoạch",
};

export const FIELD_LABELS: Record<string, string> = {
  name: "Tên",
  shortName: "Tên viết tắt",
  kind: "Loại cơ quan",
  parent: "Cơ quan cấp trên",
  aliases: "Tên gọi khác",
  active: "Tình trạng",
  email: "Email",
  role: "Vai trò",
  agency: "Cơ quan",
  group: "Nhóm",
  status: "Trạng thái",
  progress: "Tiến độ",
  agencyId: "Cơ quan chủ trì",
  note: "Ghi chú",
  reason: "Lý do",
  evidence: "Tài liệu kiểm chứng",
  criteria: "Số tiêu chí",
  measures: "Số giải pháp",
  assignments: "Số phân công",
  warnings: "Số cảnh báo",
  fileName: "Tệp nguồn",
  totalScore: "Điểm Chỉ số",
  tasks: "Nhiệm vụ",
};

/** Internal bookkeeping that means nothing to a reader. */
export const HIDDEN_FIELDS = new Set(["version", "sourceSha256"]);

export const auditText = {
  title: "Nhật ký thay đổi",
  agencyTitle: (name: string) => `Nhật ký thay đổi: ${name}`,
  taskTitle: "Nhật ký thay đổi của nhiệm vụ",
  system: "Hệ thống",
  empty: "(trống)",
  none: "Chưa có thay đổi nào được ghi lại.",
  passwordHidden: "Mật khẩu mới không được ghi vào nhật ký.",
  next: "Trang sau (cũ hơn)",
  first: "Về trang đầu (mới nhất)",
  active: "Đang hoạt động",
  inactive: "Ngừng hoạt động",
  yes: "Có",
  no: "Không",
  file: (name: string, size: string) => `tệp «${name}» (${size})`,
  link: (url: string) => `liên kết ${url}`,
  reviewAccepted: "Xác nhận hoàn thành nhiệm vụ",
  reviewReturned: "Trả lại nhiệm vụ",
  taskCounts: (created: number, updated: number, deleted: number, unassigned: number) =>
    `${created} tạo mới, ${updated} cập nhật, ${deleted} xoá; ${unassigned} chưa giao cơ quan`,
} as const;

export const auditPageText = {
  intro: "Mọi thay đổi được ghi lại cùng lúc với thay đổi đó: ai, khi nào, làm gì, giá trị trước → sau. Mới nhất ở trên.",
  chooseAgency: "Xem nhật ký của một cơ quan",
  allAgencies: "— Chọn cơ quan —",
  show: "Xem",
  provinceLog: "← Nhật ký toàn tỉnh",
  openTask: "Mở nhiệm vụ",
  openAgency: "Mở trang quản trị cơ quan",
  when: "Thời gian",
  who: "Người thực hiện",
  what: "Thao tác",
} as const;
