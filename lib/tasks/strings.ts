// Every Vietnamese string of the task feature, in one place so another locale can follow (CONTRIBUTING.md §8).
import type { BoardDueFilter, BoardRoleFilter, BoardSort, RecurrenceValue, TaskStatusValue } from "@/lib/tasks/schema";

export const STATUS_LABELS: Record<TaskStatusValue, string> = {
  NOT_STARTED: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  SUBMITTED: "Hoàn thành (chờ xác nhận)",
  ACCEPTED: "Đã xác nhận",
  RETURNED: "Bị trả lại",
  NOT_APPLICABLE: "Không còn áp dụng",
};

/** What choosing a status in the form means, in the words of the workflow. */
export const STATUS_ACTION_LABELS: Record<TaskStatusValue, string> = {
  NOT_STARTED: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  SUBMITTED: "Hoàn thành — gửi Sở Nội vụ xác nhận",
  ACCEPTED: "Đã xác nhận",
  RETURNED: "Trả lại",
  NOT_APPLICABLE: "Không còn áp dụng",
};

export const RECURRENCE_LABELS: Record<RecurrenceValue, string> = {
  NONE: "",
  YEARLY: "Lặp lại hằng năm",
  QUARTERLY: "Lặp lại hằng quý",
  MONTHLY: "Lặp lại hằng tháng",
};

export const ROLE_FILTER_LABELS: Record<BoardRoleFilter, string> = {
  lead: "Chủ trì",
  support: "Phối hợp",
  all: "Chủ trì và phối hợp",
};
export const DUE_FILTER_LABELS: Record<BoardDueFilter, string> = {
  overdue: "Quá hạn",
  soon: "Đến hạn trong 30 ngày tới",
};
export const SORT_LABELS: Record<BoardSort, string> = {
  points: "Điểm bị mất nhiều trước",
  due: "Hạn gần trước",
  code: "Theo mã tiêu chí",
};

/** A criterion code as people say it: "9" is a field ("Lĩnh vực 9"), "9.2" a criterion. */
export function criterionLabel(code: string): string {
  return code.includes(".") ? `Tiêu chí ${code}` : `Lĩnh vực ${code}`;
}

export const TASK_TEXT = {
  boardTitle: "Nhiệm vụ của đơn vị",
  agencyBoardTitle: (name: string) => `Nhiệm vụ của ${name}`,
  columnsView: "Theo trạng thái",
  listView: "Danh sách",
  filters: "Lọc nhiệm vụ",
  filterField: "Lĩnh vực",
  filterCriterion: "Tiêu chí",
  criteriaAfterField: "chọn lĩnh vực trước",
  filterRole: "Vai trò",
  filterDue: "Thời hạn",
  filterAll: "Tất cả",
  filterApply: "Lọc",
  filterReset: "Bỏ lọc",
  viewSwitch: "Cách hiển thị",
  taskColumn: "Nhiệm vụ",
  lead: "Chủ trì",
  supportBadge: "phối hợp",
  overdue: "Quá hạn",
  noDueDate: "Chưa có hạn",
  due: "Hạn",
  pointsAtStake: "Điểm bị mất",
  points: "điểm",
  progress: "Tiến độ",
  lastUpdate: "Cập nhật gần nhất",
  noUpdate: "Chưa có cập nhật",
  emptyColumn: "Không có nhiệm vụ",
  emptyBoard: "Không có nhiệm vụ nào khớp bộ lọc.",
  count: (shown: number, total: number) =>
    shown === total ? `${total} nhiệm vụ` : `${shown}/${total} nhiệm vụ khớp bộ lọc`,
  unassigned: "Chưa giao cơ quan chủ trì",
  noCriterion: "Nhiệm vụ chung",
  agencyPicker: "Xem bảng nhiệm vụ của cơ quan",
  agencyPickerGo: "Xem",
  backToBoard: "← Về bảng nhiệm vụ",
  jumpToColumn: "Đến cột",
  columnAll: (n: number) => `Xem cả ${n.toLocaleString("vi-VN")} nhiệm vụ của cột này`,
  columnShown: (shown: number, total: number) =>
    `Đang hiện ${shown.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} thẻ; mỗi cột dẫn tới danh sách đầy đủ của cột.`,
  columnListTitle: (status: string) => `Cột “${status}”`,
  allColumns: "← Về các cột",
  planPicker: "Kế hoạch",
  planPickerGo: "Xem",
  planOption: (number: string, tasks: number) => `${number} (${tasks.toLocaleString("vi-VN")} nhiệm vụ)`,
  noPlan: "Cơ quan chưa có nhiệm vụ trong kế hoạch nào.",
  /** "Gộp theo cơ cấu hiện tại" on a board (?gop=1) */
  boardSeparate: (names: string[]) =>
    `Chỉ nhiệm vụ của cơ quan này; việc của ${names.join("; ")} (cơ quan trước sắp xếp) nằm riêng.`,
  boardMerged: (names: string[]) =>
    `Đang gộp theo cơ cấu hiện tại: gồm cả nhiệm vụ của ${names.join("; ")} (cơ quan trước sắp xếp).`,
  formerAgency: (name: string) => `Của ${name} (trước sắp xếp)`,
  pagination: "Phân trang danh sách nhiệm vụ",
  previous: "← Trang trước",
  next: "Trang sau →",
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  foldedCount: (n: number) => `${n} thẻ (nhiệm vụ phối hợp giống nhau được gộp)`,
  groupLeads: (n: number, overdue: number) =>
    `Phối hợp với ${n} cơ quan chủ trì${overdue ? `, ${overdue} cơ quan quá hạn` : ""}`,
  groupShow: (n: number) => `Xem ${n} cơ quan chủ trì`,
  returnedBadge: "Trả lại",
  returnedNew: "Trả lại · Mới",
  newBadge: "Mới",
  responsible: "Người phụ trách",
  noResponsible: "Chưa chọn",
  myTasksTitle: "Việc của tôi",
  myTasksIntro: "Các nhiệm vụ lãnh đạo cơ quan giao bạn phụ trách.",
  myTasksEmpty: "Bạn chưa được giao phụ trách nhiệm vụ nào.",
  myTasksCount: (n: number) => `${n.toLocaleString("vi-VN")} nhiệm vụ bạn phụ trách`,
  filterSort: "Sắp xếp",
  summary: {
    title: "Tóm tắt nhiệm vụ đơn vị chủ trì",
    overdue: "Quá hạn",
    dueSoon: "Đến hạn trong 30 ngày tới",
    points: "Điểm bị mất của các tiêu chí đang làm",
    waiting: "Chờ Sở Nội vụ xác nhận",
    returned: "Bị trả lại",
    note: "Tính trên các nhiệm vụ đơn vị chủ trì; điểm bị mất tính mỗi tiêu chí một lần, chỉ các tiêu chí còn nhiệm vụ chưa được xác nhận.",
  },
  detailTitle: "Chi tiết nhiệm vụ",
  criterion: "Tiêu chí",
  field: "Lĩnh vực",
  measure: "Giải pháp trong kế hoạch",
  timeframe: "Thời gian thực hiện (theo kế hoạch)",
  leadAgency: "Cơ quan chủ trì",
  movedFrom: (name: string) => `Kế hoạch giao cho ${name}; chuyển sang theo sắp xếp cơ cấu tổ chức`,
  supportAgencies: "Cơ quan phối hợp",
  moreAgencies: (n: number) => `và ${n} cơ quan khác`,
  status: "Trạng thái",
  plan: "Kế hoạch",
  carriedFrom: (from: string) => `Chuyển từ kế hoạch ${from} khi sáp nhập tỉnh`,
  readOnly: "Bạn chỉ có quyền xem nhiệm vụ này.",
  returnReason: "Sở Nội vụ trả lại",
  acceptedFinal: "Nhiệm vụ đã được Sở Nội vụ xác nhận; không chỉnh sửa được nữa.",
  awaitingReview: "Nhiệm vụ đang chờ Sở Nội vụ xác nhận.",
  supporterHint:
    "Đơn vị bạn phối hợp thực hiện nhiệm vụ này: bạn có thể gửi ghi chú và tài liệu kiểm chứng; trạng thái do cơ quan chủ trì cập nhật.",
} as const;

export const FORM_TEXT = {
  updateTitle: "Cập nhật nhiệm vụ",
  commentTitle: "Gửi ghi chú, tài liệu kiểm chứng",
  newStatus: "Trạng thái mới",
  keepStatus: (label: string) => `Giữ nguyên: ${label}`,
  withdraw: "Rút lại báo cáo hoàn thành (Sở Nội vụ chưa duyệt) — tiếp tục thực hiện",
  progress: "Tiến độ (%)",
  progressHint: "Khi chọn Hoàn thành, tiến độ tự động là 100 %.",
  note: "Ghi chú",
  noteHint: "Việc đã làm, kết quả, khó khăn.",
  noteHintReopen: "Bắt buộc khi mở lại: nêu lý do mở lại nhiệm vụ đã xác nhận.",
  files: "Tệp kiểm chứng",
  chooseFiles: "Chọn tệp…",
  noFiles: "Chưa chọn tệp nào.",
  filesHint: "PDF, DOCX, XLSX, PNG hoặc JPEG; tối đa 5 tệp, mỗi tệp không quá 10 MB.",
  links: "Đường dẫn kiểm chứng",
  linksHint: "Mỗi dòng một đường dẫn bắt đầu bằng http:// hoặc https:// (tối đa 5).",
  submit: "Lưu cập nhật",
  submitComment: "Gửi",
  pending: "Đang lưu…",
  saved: "Đã lưu cập nhật.",
  requestFailed:
    "Không gửi được cập nhật (mất kết nối hoặc tệp quá lớn). Nội dung vẫn còn trong biểu mẫu: kiểm tra kết nối rồi bấm lưu lại.",
  conflictTitle: "Trạng thái hiện tại của nhiệm vụ",
  conflictHint: "Nội dung bạn đã nhập vẫn được giữ nguyên. Kiểm tra lại rồi bấm lưu lần nữa.",
  reviewTitle: "Xác nhận kết quả",
  accept: "Xác nhận hoàn thành",
  returnTask: "Trả lại",
  returnTitle: "Trả lại cho cơ quan chủ trì",
  nextItem: "Mục tiếp theo trong hàng chờ →",
  skipToNext: "Bỏ qua, sang mục tiếp theo →",
  queueDone: "Đã hết nhiệm vụ chờ xác nhận.",
  reason: "Lý do trả lại",
  reasonHint: "Bắt buộc khi trả lại: nêu rõ cần bổ sung, sửa đổi gì.",
  accepted: "Đã xác nhận nhiệm vụ.",
  returned: "Đã trả lại nhiệm vụ.",
  assignTitle: "Giao cơ quan chủ trì",
  assignAgency: "Cơ quan chủ trì",
  assignChoose: "— Chọn cơ quan —",
  assignSubmit: "Giao nhiệm vụ",
  assigned: "Đã giao nhiệm vụ.",
  assignedNote: (agencyName: string) => `Giao ${agencyName} chủ trì thực hiện.`,
  responsibleTitle: "Người phụ trách",
  responsibleLabel: "Cán bộ phụ trách nhiệm vụ",
  responsibleNone: "— Chưa chọn —",
  responsibleHint: "Chỉ chọn được tài khoản đang hoạt động của cơ quan chủ trì.",
  responsibleSubmit: "Lưu người phụ trách",
  responsibleSaved: "Đã lưu người phụ trách.",
  responsibleNote: (name: string | null) => (name ? `Giao ${name} phụ trách.` : "Bỏ người phụ trách."),
  onBehalfTitle: (agencyName: string) => `Cập nhật thay ${agencyName}`,
  onBehalfIntro:
    "Trạng thái và tiến độ do cơ quan chủ trì báo cáo. Chỉ cập nhật thay khi cơ quan đề nghị hoặc cần sửa sai; thao tác được ghi vào nhật ký là cập nhật thay.",
  onBehalfConfirm: (agencyName: string) => `Tôi cập nhật thay ${agencyName} (ghi vào nhật ký)`,
} as const;

export const ERROR_TEXT = {
  title: "Không tải được nhiệm vụ",
  body: "Đã có lỗi khi đọc dữ liệu nhiệm vụ. Vui lòng thử lại; nếu vẫn lỗi, hãy báo Sở Nội vụ.",
  retry: "Thử lại",
} as const;

export const HISTORY_TEXT = {
  title: "Lịch sử cập nhật",
  /** the author of a note written with nobody signed in (a restructuring applied from the command line) */
  systemAuthor: "Hệ thống",
  empty: "Chưa có cập nhật nào.",
  progress: (value: number) => `Tiến độ ${value} %`,
  evidence: "Tài liệu kiểm chứng",
  file: "Tệp",
  link: "Liên kết",
  preview: "Xem trước",
  previewOf: (name: string) => `Xem trước ${name}`,
} as const;

export const REVIEW_TEXT = {
  title: "Duyệt kết quả thực hiện",
  intro: "Các nhiệm vụ cơ quan chủ trì đã báo cáo hoàn thành, chờ Sở Nội vụ xác nhận hoặc trả lại.",
  empty: "Không có nhiệm vụ nào chờ xác nhận.",
  count: (n: number) => `${n.toLocaleString("vi-VN")} nhiệm vụ chờ xác nhận`,
  submittedAt: "Báo cáo lúc",
  agency: "Cơ quan chủ trì",
  open: "Xem và duyệt",
  evidenceCount: (n: number) => (n === 0 ? "Không có tài liệu" : `${n} tài liệu`),
  pagination: "Phân trang hàng chờ duyệt",
  previous: "← Trang trước",
  next: "Trang sau →",
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  unassignedIntro: (overdue: number) =>
    `Nhiệm vụ của kế hoạch chưa xác định được cơ quan thực hiện${overdue ? `, trong đó ${overdue} nhiệm vụ đã quá hạn cũ` : ""}: lọc theo lĩnh vực, chọn nhiều nhiệm vụ và giao một lần kèm hạn hoàn thành mới.`,
} as const;

/** The duties page (/duyet/giao-viec): Sở Nội vụ assigns duties without a lead agency, several at once. */
export const ASSIGN_TEXT = {
  title: "Giao nhiệm vụ chưa có cơ quan chủ trì",
  intro:
    "Chọn một hoặc nhiều nhiệm vụ, chọn cơ quan chủ trì, cơ quan phối hợp và hạn hoàn thành mới rồi bấm “Giao”. Hạn mới không được trước hôm nay, để nhiệm vụ không bị tính quá hạn ngay khi giao.",
  linkFromReview: (n: number) => `Giao nhiệm vụ chưa có cơ quan chủ trì (${n.toLocaleString("vi-VN")})`,
  views: "Nhiệm vụ chưa giao hoặc đã giao",
  viewUnassigned: (n: number) => `Chưa giao (${n.toLocaleString("vi-VN")})`,
  viewAssigned: (n: number) => `Đã giao, có thể giao lại (${n.toLocaleString("vi-VN")})`,
  filters: "Lọc nhiệm vụ",
  field: "Lĩnh vực",
  allFields: "Tất cả lĩnh vực",
  noField: "Nhiệm vụ chung (không gắn lĩnh vực)",
  search: "Tìm trong nội dung",
  searchPlaceholder: "Ví dụ: thủ tục hành chính",
  apply: "Lọc",
  reset: "Bỏ lọc",
  count: (total: number) => `${total.toLocaleString("vi-VN")} nhiệm vụ`,
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  previous: "← Trang trước",
  next: "Trang sau →",
  pagination: "Phân trang",
  selectAll: "Chọn tất cả nhiệm vụ trên trang này",
  select: (title: string) => `Chọn nhiệm vụ: ${title}`,
  selected: (n: number) => `Đã chọn ${n} nhiệm vụ`,
  empty: "Không có nhiệm vụ nào khớp bộ lọc.",
  emptyUnassigned: "Mọi nhiệm vụ đều đã có cơ quan chủ trì.",
  task: "Nhiệm vụ",
  oldDue: "Hạn cũ",
  lead: "Chủ trì",
  supporters: "Phối hợp",
  assignedAt: "Giao lúc",
  formTitle: "Giao các nhiệm vụ đã chọn",
  formTitleAssigned: "Giao lại các nhiệm vụ đã chọn",
  leadAgency: "Cơ quan chủ trì",
  supportAgencies: "Cơ quan phối hợp (không bắt buộc)",
  supportReplace: "Khi giao lại, danh sách phối hợp được thay bằng các cơ quan chọn ở đây.",
  dueOn: "Hạn hoàn thành mới",
  dueHint: (today: string) => `Không trước hôm nay (${today}). Đề xuất sẵn cuối tháng thứ ba kể từ hôm nay.`,
  dueKeep: "Để trống để giữ hạn trong kế hoạch.",
  submit: (n: number) => (n > 0 ? `Giao ${n} nhiệm vụ` : "Giao nhiệm vụ"),
  done: (n: number) => `Đã giao ${n} nhiệm vụ.`,
  noneSelected: "Chọn ít nhất một nhiệm vụ trong danh sách.",
  historyNote: (reassign: boolean, lead: string, supporters: string[], due: string) =>
    `${reassign ? "Giao lại" : "Giao"} ${lead} chủ trì${supporters.length ? `, phối hợp: ${supporters.join(", ")}` : ""}; hạn hoàn thành ${due}.`,
} as const;

/** Refusals and validation messages of the task workflow: what is wrong and how to fix it. */
export const TASK_ERRORS = {
  evidenceNotStored:
    "Không lưu được tệp kiểm chứng vào kho lưu trữ, nên cập nhật chưa được lưu (nội dung bạn nhập vẫn còn). Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.",
  conflict:
    "Nhiệm vụ đã có người cập nhật trong lúc bạn nhập. Trạng thái mới nhất được hiển thị bên dưới; nội dung bạn nhập vẫn còn.",
  nothingToSave: "Chưa có thay đổi nào để lưu: hãy chọn trạng thái, sửa tiến độ, nhập ghi chú hoặc thêm tài liệu.",
  commentEmpty: "Hãy nhập ghi chú hoặc thêm tài liệu kiểm chứng.",
  transition: (from: string, to: string) => `Không thể chuyển từ “${from}” sang “${to}”.`,
  acceptedFinal: "Nhiệm vụ đã được xác nhận; chỉ Sở Nội vụ mới có thể mở lại (kèm lý do).",
  submittedLocked: "Nhiệm vụ đang chờ Sở Nội vụ xác nhận; chỉ có thể gửi thêm ghi chú hoặc tài liệu.",
  reopenReason: "Nhập lý do mở lại nhiệm vụ đã xác nhận.",
  progressNotStarted: "Nhiệm vụ chưa thực hiện có tiến độ 0 %: hãy chọn “Đang thực hiện” để cập nhật tiến độ.",
  progressRange: "Tiến độ là số nguyên từ 0 đến 100.",
  progressNotNumber: "Tiến độ phải nhập bằng chữ số (ví dụ 40), là số nguyên từ 0 đến 100.",
  progressWhole: "Tiến độ là số nguyên, không có phần thập phân (ví dụ 40, không phải 40,5).",
  version: "Thiếu phiên bản của nhiệm vụ: hãy tải lại trang.",
  taskId: "Thiếu mã nhiệm vụ.",
  status: "Trạng thái không hợp lệ.",
  noteTooLong: "Ghi chú tối đa 4.000 ký tự.",
  link: "Đường dẫn phải bắt đầu bằng http:// hoặc https://.",
  tooManyLinks: "Tối đa 5 đường dẫn cho mỗi lần cập nhật.",
  reviewNotSubmitted: "Chỉ xác nhận hoặc trả lại được nhiệm vụ đang chờ xác nhận.",
  reasonRequired: "Nhập lý do trả lại để cơ quan chủ trì biết cần bổ sung gì.",
  decision: "Chọn xác nhận hoặc trả lại.",
  alreadyAssigned: "Nhiệm vụ đã có cơ quan chủ trì.",
  agencyRequired: "Chọn cơ quan chủ trì.",
  agencyNotFound: "Không tìm thấy cơ quan này trong tỉnh.",
  agencyHasTask: "Cơ quan này đã có nhiệm vụ này trong kế hoạch.",
  selectTasks: "Chọn ít nhất một nhiệm vụ để giao.",
  tooManyTasks: (n: number) => `Mỗi lần giao tối đa ${n} nhiệm vụ; hãy chọn ít hơn.`,
  dueRequired: "Nhập hạn hoàn thành mới.",
  dueNeeded: "Hạn cũ của nhiệm vụ đã qua: nhập hạn hoàn thành mới để nhiệm vụ không bị tính quá hạn ngay khi giao.",
  dueInvalid: "Hạn hoàn thành không phải ngày hợp lệ (ngày/tháng/năm).",
  duePast: (today: string) =>
    `Hạn hoàn thành không được trước hôm nay (${today}): nhiệm vụ sẽ bị tính quá hạn ngay khi giao.`,
  dueTooFar: "Hạn hoàn thành quá xa (quá 5 năm kể từ hôm nay); hãy kiểm tra lại năm.",
  dueOutsideCycle: (title: string, end: string) =>
    `“${title}” là nhiệm vụ định kỳ: hạn mới phải nằm trong chu kỳ hiện tại (đến ${end}).`,
  supportAgencyNotFound: "Có cơ quan phối hợp không thuộc tỉnh hoặc đã ngừng hoạt động; hãy chọn lại.",
  leadIsSupport: "Cơ quan chủ trì không đồng thời là cơ quan phối hợp; bỏ chọn cơ quan này ở danh sách phối hợp.",
  reassignLocked: (title: string) =>
    `“${title}” đang chờ Sở Nội vụ xác nhận hoặc đã được xác nhận: không giao lại được. Hãy duyệt nhiệm vụ trước.`,
  agencyHasTaskNamed: (title: string) =>
    `Cơ quan chủ trì đã có nhiệm vụ “${title}” trong kế hoạch; bỏ chọn nhiệm vụ này.`,
  responsibleNotMember: "Người phụ trách phải là tài khoản đang hoạt động của cơ quan chủ trì.",
  responsibleUnassigned: "Nhiệm vụ chưa có cơ quan chủ trì nên chưa chọn được người phụ trách.",
  unassigned: "Nhiệm vụ chưa có cơ quan chủ trì: Sở Nội vụ cần giao trước khi cập nhật trạng thái.",
  onBehalfRequired:
    "Bạn không thuộc cơ quan chủ trì: đánh dấu “Cập nhật thay cơ quan chủ trì” để xác nhận bạn cập nhật thay (việc này được ghi vào nhật ký).",
} as const;
