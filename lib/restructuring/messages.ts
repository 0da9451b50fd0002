// User-facing strings of agency restructuring (CONTRIBUTING.md §8: one place per feature).

export const KIND_LABELS = {
  RENAME: "Đổi tên",
  MERGE: "Hợp nhất / sáp nhập",
  SPLIT: "Chia tách",
  DISSOLVE: "Giải thể",
} as const;

export const restructuringMessages = {
  dateFormat: "Ngày hiệu lực phải có dạng ngày/tháng/năm hợp lệ.",
  dateInFuture: (date: string) => `Ngày hiệu lực ${date} chưa đến: chỉ áp dụng được từ ngày đó.`,
  decisionTooLong: "Nội dung quyết định tối đa 500 ký tự.",
  nameRequired: "Nhập tên cơ quan mới (ít nhất 2 ký tự).",
  fromRequired: "Chọn ít nhất một cơ quan (hoặc nhóm) trước sắp xếp.",
  notInProvince: "Có cơ quan hoặc nhóm được chọn không thuộc tỉnh; hãy tải lại trang và chọn lại.",
  alreadyEnded: (name: string, date: string) =>
    `«${name}» đã kết thúc hoạt động từ ngày ${date}; không thể sắp xếp lại.`,
  groupRetired: (name: string, date: string) => `Nhóm «${name}» đã bị bãi bỏ từ ngày ${date}.`,
  beforeExisted: (name: string, from: string, date: string) =>
    `Ngày hiệu lực ${date} trước ngày «${name}» được thành lập (${from}).`,
  cycle: (names: string) =>
    `Vòng lặp: ${names}. Một cơ quan không thể vừa chuyển đi vừa nhận lại chính công việc của mình.`,
  successorEnded: (name: string, date: string) => `Cơ quan nhận «${name}» đã kết thúc hoạt động từ ngày ${date}.`,
  renameShape: "Đổi tên: chọn đúng một cơ quan và nhập một tên mới.",
  renameSame: "Tên mới trùng tên hiện tại.",
  nameTaken: (name: string) => `Đã có cơ quan tên «${name}» trong tỉnh.`,
  mergeShape: "Hợp nhất: chọn các cơ quan trước sắp xếp và đúng một cơ quan nhận (có sẵn hoặc mới).",
  splitShape: "Chia tách: chọn đúng một cơ quan và ít nhất hai cơ quan nhận.",
  dissolveShape: "Giải thể: chọn các cơ quan (hoặc một nhóm) và nhiều nhất một cơ quan nhận công việc.",
  groupsOnlyDissolve: "Chỉ giải thể mới bãi bỏ được một nhóm.",
  usersTo: "Chọn cơ quan mà cán bộ chuyển sang, hoặc khóa tài khoản của họ.",
  usersNoSuccessor: "Không có cơ quan nhận: tài khoản của cán bộ sẽ bị khóa.",
  splitUnassigned: (n: number) =>
    `Còn ${n} mục (nhiệm vụ, báo cáo, tiêu chí tự chấm) chưa chọn cơ quan nhận; hãy chọn cho từng mục trước khi áp dụng.`,
  badChoice: "Lựa chọn cơ quan nhận không hợp lệ; hãy tải lại trang.",
  notLatest: (date: string) =>
    `Không thể hoàn tác: đã có sắp xếp khác áp dụng sau (lúc ${date}); hãy hoàn tác sắp xếp đó trước.`,
  alreadyUndone: "Sắp xếp này đã được hoàn tác.",
  changedSince: (what: string) =>
    `Không thể hoàn tác: ${what} đã thay đổi sau khi áp dụng; hoàn tác lúc này sẽ làm mất dữ liệu mới.`,
  applied: (n: number) => `Đã áp dụng sắp xếp: ${n} nhiệm vụ được chuyển.`,
  undone: "Đã hoàn tác sắp xếp; dữ liệu trở về như trước khi áp dụng.",
  noFile: "Chọn tệp CSV hoặc XLSX.",
  fileTooLarge: "Tệp quá lớn (tối đa 2 MB).",
  badFileType: "Chỉ nhận tệp .csv hoặc .xlsx.",
  line: (n: number, message: string) => `Dòng ${n}: ${message}`,
  lineColumns: "cần 5 cột: ngày, loại, từ, đến, quyết định.",
  lineKind: (value: string) =>
    `loại «${value}» không rõ; dùng «đổi tên», «hợp nhất», «sáp nhập», «chia tách» hoặc «giải thể».`,
  lineDate: (value: string) => `ngày «${value}» không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).`,
  lineUnknown: (name: string) => `không có cơ quan hay nhóm «${name}» trong tỉnh.`,
  emptyFile: "Tệp không có dòng sắp xếp nào.",
  provinceUnknown: (name: string) => `Không có tỉnh «${name}».`,
} as const;

export const ITEM_LABELS = { task: "Nhiệm vụ", report: "Báo cáo", score: "Tiêu chí tự chấm" } as const;

export const restructuringText = {
  tab: "Cơ cấu tổ chức",
  title: "Sắp xếp cơ cấu tổ chức",
  intro:
    "Đổi tên, hợp nhất, chia tách, giải thể cơ quan theo quyết định của cấp có thẩm quyền. Nhiệm vụ, báo cáo và tiêu chí tự chấm đang mở chuyển sang cơ quan kế nhiệm; việc đã được xác nhận giữ nguyên ở cơ quan đã làm.",
  events: "Các lần sắp xếp",
  noEvents: "Chưa có lần sắp xếp nào.",
  effectiveOn: "Ngày hiệu lực",
  kind: "Loại",
  from: "Cơ quan trước sắp xếp",
  to: "Cơ quan nhận",
  decision: "Quyết định",
  moved: "Đã chuyển",
  status: "Trạng thái",
  applied: "Đang áp dụng",
  undoneOn: (date: string) => `Đã hoàn tác lúc ${date}`,
  undo: "Hoàn tác",
  undoing: "Đang hoàn tác…",
  newEvent: "Sắp xếp mới",
  groupsToRetire: "Nhóm bãi bỏ (giải thể mọi cơ quan trong nhóm)",
  existingSuccessor: "Cơ quan có sẵn",
  newSuccessor: "Hoặc tên cơ quan mới",
  newSuccessorHint: "Mỗi dòng một tên. Đổi tên: nhập tên mới. Cơ quan mới bắt đầu hoạt động từ ngày hiệu lực.",
  noSuccessor: "Không có cơ quan nhận: Sở Nội vụ phân công lại",
  users: "Cán bộ của cơ quan trước sắp xếp",
  usersLock: "Khóa tài khoản (mất quyền truy cập)",
  usersMove: (name: string) => `Chuyển sang ${name}`,
  preview: "Xem trước",
  previewing: "Đang tính…",
  apply: "Áp dụng",
  applying: "Đang áp dụng…",
  previewTitle: "Sẽ chuyển",
  counts: (c: {
    tasksMoved: number;
    tasksFolded: number;
    tasksKept: number;
    usersMoved: number;
    usersLocked: number;
    reportsMoved: number;
    obligationsMoved: number;
    scoresMoved: number;
    membershipsMoved: number;
    assignmentsRedirected: number;
  }) => [
    `${c.tasksMoved} nhiệm vụ đang mở`,
    `${c.tasksFolded} nhiệm vụ trùng với nhiệm vụ của cơ quan nhận: đóng («Không còn áp dụng»), không chuyển`,
    `${c.tasksKept} nhiệm vụ đã đóng giữ nguyên`,
    `${c.usersMoved} cán bộ chuyển, ${c.usersLocked} tài khoản bị khóa`,
    `${c.reportsMoved} báo cáo đang soạn, ${c.obligationsMoved} kỳ báo cáo phải nộp`,
    `${c.scoresMoved} tiêu chí tự chấm`,
    `${c.membershipsMoved} tư cách thành viên nhóm`,
    `${c.assignmentsRedirected} dòng phân công của kế hoạch chuyển theo cơ quan kế nhiệm`,
  ],
  points: (p: string) => `Điểm bị mất đang chờ khắc phục chuyển theo: ${p}`,
  chooseSuccessor: "Cơ quan nhận",
  proposed: "(đề xuất)",
  notChosen: "— Chọn —",
  item: "Mục",
  batchTitle: "Áp dụng từ tệp (CSV, XLSX)",
  batchHint:
    "Mỗi dòng một lần sắp xếp: ngày, loại («đổi tên», «hợp nhất», «sáp nhập», «chia tách», «giải thể»), từ, đến, quyết định; nhiều tên cách nhau bằng «;». Tệp có dòng lỗi thì không dòng nào được áp dụng.",
  sample: "Tệp mẫu: các sở hợp nhất từ 01/3/2025",
  file: "Tệp",
  dryRun: "Chạy thử",
  batchDry: (n: number, t: number, u: number, r: number) =>
    `Chạy thử: ${n} lần sắp xếp hợp lệ; sẽ chuyển ${t} nhiệm vụ, ${u} cán bộ, ${r} báo cáo và kỳ báo cáo. Chưa thay đổi gì.`,
  batchApplied: (n: number, t: number) => `Đã áp dụng ${n} lần sắp xếp; đã chuyển ${t} nhiệm vụ.`,
  batchRefused: "Tệp có dòng lỗi; không dòng nào được áp dụng.",
  successorOf: (name: string) => `nay là ${name}`,
  /** `decision` as `quotableReference` leaves it (lib/text/vietnamese.ts): in «», or left out when empty */
  foldReason: (kind: string, date: string, decision: string, successor: string) =>
    `Không còn áp dụng: ${kind.toLowerCase()} từ ngày ${date}${decision ? ` theo «${decision}»` : ""}; nhiệm vụ này do ${successor} tiếp tục thực hiện.`,
  endedNotice: (date: string) =>
    `Cơ quan đã kết thúc hoạt động từ ngày ${date}; công việc đang mở đã chuyển, việc đã xác nhận giữ ở đây —`,
  takenOver: "Tiếp nhận công việc của:",
  endedOn: (date: string) => `kết thúc ${date}`,
} as const;
