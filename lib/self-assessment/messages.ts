// Every user-facing string of the self-assessment (conventions §8).
import { formatDecimal } from "@/lib/format";
export const SELF_MESSAGES = {
  version: "Phiên bản không hợp lệ; hãy tải lại trang.",
  points: "Điểm phải là số không âm, tối đa 3 chữ số thập phân (ví dụ 0,75).",
  decision: "Hãy chọn chấp nhận hoặc trả lại.",
  noFramework: (year: number) =>
    `Chưa có Bộ Chỉ số CCHC năm ${year} (do Bộ Nội vụ nhập) hay danh sách tiêu chí của tỉnh cho năm này: chưa mở được kỳ tự đánh giá.`,
  alreadyOpen: (year: number) => `Kỳ tự đánh giá năm ${year} đã được mở.`,
  overMax: (max: string) => `Điểm đề xuất vượt điểm tối đa ${formatDecimal(max)} của tiêu chí.`,
  acceptedOverMax: (max: string) => `Điểm thẩm định vượt điểm tối đa ${formatDecimal(max)} của tiêu chí.`,
  notDraft: "Tiêu chí đã gửi Sở Nội vụ hoặc đã thẩm định: không sửa được nữa (Sở Nội vụ có thể trả lại để sửa).",
  notSubmitted: "Chỉ thẩm định được tiêu chí đã gửi.",
  noScore: "Hãy nhập điểm đề xuất trước khi gửi.",
  acceptedRequired: "Hãy nhập điểm thẩm định.",
  returnNeedsComment: "Hãy ghi lý do trả lại.",
  stale: "Tiêu chí vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.",
  agencyNotFound: "Không tìm thấy cơ quan này trong tỉnh.",
  noAgency: "Tiêu chí chưa được giao cho cơ quan nào.",
  evidenceMissing:
    "Điểm trên 0 nhưng chưa có tài liệu kiểm chứng: theo hướng dẫn của Bộ Nội vụ, cần có tài liệu kiểm chứng hoặc giải trình.",
  status: { DRAFT: "Đang chấm", SUBMITTED: "Đã gửi", APPRAISED: "Đã thẩm định" } as const,
};
