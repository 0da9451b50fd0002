// Vietnamese wording of the reporting features (conventions §8): one place per feature.

export const REPORT_ERRORS = {
  periodId: "Thiếu kỳ báo cáo.",
  planId: "Thiếu kế hoạch.",
  agencyId: "Thiếu cơ quan.",
  reportId: "Thiếu báo cáo.",
  version: "Phiên bản biểu mẫu không hợp lệ, vui lòng tải lại trang.",
  date: "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy.",
  year: "Năm không hợp lệ (từ 2000 đến 2100).",
  endBeforeStart: "Ngày kết thúc kỳ không được trước ngày bắt đầu.",
  deadlineBeforeStart: "Hạn nộp báo cáo không được trước ngày bắt đầu kỳ.",
  overlap: (other: string) =>
    `Kỳ này trùng thời gian với kỳ ${other} cùng loại. Sửa ngày bắt đầu hoặc kết thúc cho khỏi trùng.`,
  periodExists: (key: string) => `Kỳ ${key} đã có trong lịch báo cáo.`,
  agencyNotInProvince: "Có cơ quan không thuộc tỉnh hoặc đã ngừng hoạt động.",
  noAgencies: "Chọn ít nhất một cơ quan phải báo cáo.",
  textTooLong: "Nội dung quá dài (tối đa 20.000 ký tự).",
  resultsRequired: "Nhập kết quả đạt được trước khi gửi báo cáo.",
  notEditable: "Báo cáo đã gửi, không sửa được nữa. Chỉ sửa khi Sở Nội vụ trả lại.",
  notAsked: "Cơ quan không có trong danh sách phải báo cáo kỳ này.",
  needsApproval: "Cán bộ chỉ gửi được báo cáo sau khi lãnh đạo cơ quan đã duyệt bản dự thảo hiện tại.",
  nothingToApprove: "Chỉ duyệt được bản dự thảo chưa gửi.",
  alreadyApproved: "Bản dự thảo này đã được duyệt.",
  notSubmitted: "Chỉ xử lý được báo cáo đã gửi và đang chờ Sở Nội vụ.",
  decision: "Chọn tiếp nhận hoặc trả lại.",
  reasonRequired: "Nhập lý do trả lại để cơ quan biết cần sửa gì.",
  conflict: "Báo cáo vừa được người khác thay đổi. Trang đã tải lại bản mới nhất; vui lòng kiểm tra rồi thực hiện lại.",
  nobodyLate: "Không có cơ quan nào quá hạn chưa gửi báo cáo kỳ này.",
} as const;

export const REPORT_TEXT = {
  title: "Báo cáo định kỳ",
  matrixTitle: (label: string) => `Tình hình báo cáo ${label}`,
  difficultiesTitle: "Khó khăn, vướng mắc",
  fields: {
    results: "Kết quả đạt được",
    shortcomings: "Tồn tại, hạn chế",
    difficulties: "Khó khăn, vướng mắc",
    proposals: "Đề xuất, kiến nghị",
  },
  saved: "Đã lưu dự thảo.",
  approved: "Đã duyệt bản dự thảo; cán bộ có thể gửi.",
  submitted: "Đã gửi báo cáo đến Sở Nội vụ.",
  accepted: "Đã tiếp nhận báo cáo.",
  returned: "Đã trả lại báo cáo cho cơ quan.",
  reminded: (n: number) => `Đã nhắc ${n} cơ quan quá hạn.`,
  calendarCreated: (created: number, kept: number) =>
    `Đã tạo ${created} kỳ báo cáo (${kept} kỳ đã có được giữ nguyên).`,
  periodSaved: "Đã lưu kỳ báo cáo.",
  periodAdded: "Đã thêm kỳ báo cáo.",
} as const;
