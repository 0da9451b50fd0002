// The words of province mergers (CONTRIBUTING.md §8): form errors, refusals, labels of history.

export const MERGER_ERRORS = {
  predecessors: "Chọn ít nhất một tỉnh được sáp nhập.",
  duplicatePredecessor: "Mỗi tỉnh chỉ được chọn một lần.",
  successor: "Chọn tỉnh kế thừa, hoặc nhập tên tỉnh mới.",
  successorBoth: "Chọn một tỉnh có sẵn hoặc nhập tên tỉnh mới, không cả hai.",
  newNameTooLong: "Tên tỉnh tối đa 100 ký tự.",
  newNeedsTwo: "Thành lập tỉnh mới cần ít nhất hai tỉnh được hợp nhất.",
  selfMerge: "Một tỉnh không thể sáp nhập với chính nó: bỏ tỉnh kế thừa khỏi danh sách tỉnh được sáp nhập.",
  effectiveOn: "Nhập ngày hiệu lực theo dạng ngày/tháng/năm có thật.",
  futureDate: "Ngày hiệu lực chưa đến: chỉ áp dụng sáp nhập khi nghị quyết đã có hiệu lực.",
  decision: "Nhập số, ký hiệu văn bản quyết định việc sáp nhập (ví dụ: Nghị quyết số …/NQ-UBTVQH15).",
  decisionTooLong: "Văn bản quyết định tối đa 200 ký tự.",
  reason: "Nhập lý do đóng nhiệm vụ (“không còn áp dụng”).",
  reasonTooLong: "Lý do tối đa 500 ký tự.",
  choice: "Chọn “chuyển sang kế hoạch của tỉnh kế thừa” hoặc “không còn áp dụng”.",
  unknownProvince: "Không tìm thấy tỉnh đã chọn. Tải lại trang rồi chọn lại.",
  alreadyMerged: (name: string) => `Tỉnh ${name} đã được sáp nhập trước đây, không thể sáp nhập lần nữa.`,
  successorEnded: (name: string) => `Tỉnh ${name} đã được sáp nhập vào tỉnh khác, không thể làm tỉnh kế thừa.`,
  nameTaken: (name: string) => `Đã có tỉnh tên “${name}”: chọn tỉnh đó làm tỉnh kế thừa thay vì tạo mới.`,
  noPlanToCarry: (name: string) =>
    `Tỉnh ${name} chưa có kế hoạch để nhận nhiệm vụ chuyển sang: hãy nhập kế hoạch trước, hoặc đóng các nhiệm vụ với lý do “không còn áp dụng”.`,
  stale: "Danh sách nhiệm vụ đang mở đã thay đổi từ khi xem trước. Hãy xem trước lại rồi áp dụng.",
} as const;

export const MERGER_LABELS = {
  carry: "Chuyển sang kế hoạch của tỉnh kế thừa",
  close: "Không còn áp dụng",
  history: "Lịch sử của các tỉnh trước sáp nhập",
  none: "chưa có.",
  historyReports: "Báo cáo định kỳ đã gửi:",
  reportsOfPeriod: (period: string, sent: number, accepted: number) =>
    `${period}: ${sent} báo cáo (${accepted} đã tiếp nhận)`,
  historySelfAssessments: "Tự đánh giá:",
  selfAssessmentOfYear: (year: number, items: number, appraised: number, proposed: string, accepted: string) =>
    `năm ${year}: ${items} tiêu chí, ${appraised} đã thẩm định; tự chấm ${proposed} điểm, được chấp nhận ${accepted} điểm`,
  applied: (successor: string, count: number) => `Đã sáp nhập ${count} tỉnh vào tỉnh ${successor}.`,
} as const;

/** The closing note written into the task's history. */
export const closedNote = (reason: string, decision: string) =>
  `Không còn áp dụng sau sáp nhập tỉnh (${decision}): ${reason}`;
