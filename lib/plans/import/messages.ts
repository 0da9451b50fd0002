// Every user-facing string of the plan importer (CONTRIBUTING.md §8: one place per feature).
import { formatCount, formatDecimal, formatSize } from "@/lib/format";
import type { ImportLocation } from "./errors";
import { XLSX_LIMITS } from "./xlsx-limits";

const NEW_FILE = "Hãy sao chép bảng cần nhập sang một tệp Excel mới rồi tải lên lại.";

export function locationPrefix(at: ImportLocation): string {
  const parts: string[] = [];
  if (at.sheet) parts.push(`Trang tính «${at.sheet}»`);
  if (at.line !== undefined) parts.push(`Dòng ${at.line}`);
  if (at.row !== undefined) parts.push(`${parts.length ? "dòng" : "Dòng"} ${at.row}`);
  if (at.column) parts.push(`${parts.length ? "cột" : "Cột"} «${at.column}»`);
  return parts.join(", ");
}

export const errorMessages = {
  emptyFile: (file: string) => `Tệp «${file}» trống: không có nội dung để nhập.`,
  notUtf8: (file: string) =>
    `Tệp «${file}» không phải văn bản UTF-8. Hãy lưu lại với mã hóa UTF-8 (trong Excel: «CSV UTF-8»).`,
  unsupported: (file: string) =>
    `Không nhận dạng được định dạng tệp «${file}». Hãy dùng tệp văn bản (.txt), CSV (.csv) hoặc Excel (.xlsx).`,
  oldExcel: (file: string) =>
    `Tệp «${file}» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  unreadableXlsx: (file: string) =>
    `Không đọc được tệp Excel «${file}»: tệp bị hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  xlsxTooManyParts: (file: string, parts: number) =>
    `Tệp Excel «${file}» gồm ${formatCount(parts)} thành phần (tối đa ${formatCount(XLSX_LIMITS.maxEntries)}): không giống một bảng tính thông thường. ${NEW_FILE}`,
  xlsxTooLarge: (file: string, bytes: number) =>
    `Tệp Excel «${file}» khi giải nén lớn hơn ${formatSize(XLSX_LIMITS.maxUncompressedBytes)} (ít nhất ${formatSize(bytes)}): quá lớn cho một bảng nhập, có thể là tệp được tạo để làm treo máy chủ. ${NEW_FILE}`,
  xlsxRatio: (file: string, part: string, ratio: number) =>
    `Tệp Excel «${file}» có phần «${part}» nén bất thường (giải nén ra gấp ${formatCount(ratio)} lần): có thể là tệp được tạo để làm treo máy chủ. ${NEW_FILE}`,
  xlsxSizeMismatch: (file: string) =>
    `Tệp Excel «${file}» khai báo sai kích thước nội dung nén: tệp bị hỏng hoặc được tạo để làm treo máy chủ. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  xlsxTooManyCells: (file: string, at: { ref?: string; row: number; column: number }) =>
    `Tệp Excel «${file}» có ${at.ref ? `ô hoặc vùng «${at.ref}» (` : "dữ liệu ở "}dòng ${formatCount(at.row)}${at.column ? `, cột ${formatCount(at.column)}` : ""}${at.ref ? ")" : ""}: vượt giới hạn ${formatCount(XLSX_LIMITS.maxRows)} dòng × ${formatCount(XLSX_LIMITS.maxColumns)} cột của một bảng nhập. Hãy xóa các dòng, cột thừa (kể cả định dạng, ô gộp, kiểm tra dữ liệu) hoặc ${NEW_FILE.charAt(0).toLowerCase()}${NEW_FILE.slice(1)}`,
  xlsxTimeout: (file: string) =>
    `Đọc tệp Excel «${file}» quá ${formatCount(XLSX_LIMITS.timeoutMs / 1000)} giây nên đã dừng: tệp quá phức tạp. ${NEW_FILE}`,
  xlsxMemory: (file: string) =>
    `Tệp Excel «${file}» cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp quá phức tạp. ${NEW_FILE}`,
  xlsxBusy: (file: string) =>
    `Máy chủ đang đọc nhiều tệp Excel khác nên chưa đọc được «${file}». Hãy thử lại sau ít phút.`,
  unterminatedQuote: () => `dấu ngoặc kép (") mở ở đây không được đóng. Hãy kiểm tra lại tệp CSV.`,
  noTable: () =>
    "Không tìm thấy bảng phụ lục: cần một dòng tiêu đề có các cột «STT», «Lĩnh vực/Tiêu chí», «Điểm chuẩn» và «Điểm thẩm định» hoặc «Điểm bị mất».",
  missingColumns: (labels: string[]) =>
    `bảng thiếu cột ${labels.map((l) => `«${l}»`).join(", ")}. Hãy thêm cột này vào dòng tiêu đề.`,
  noRows: () => "Bảng phụ lục không có dòng tiêu chí nào dưới dòng tiêu đề.",
  missingCode: () => "dòng có nội dung nhưng thiếu mã tiêu chí (ví dụ «3.4.1»). Hãy điền mã vào cột «STT».",
  invalidCode: (value: string) =>
    `«${value}» không phải là mã tiêu chí. Mã gồm 1 đến 3 số ngăn cách bởi dấu chấm, ví dụ «3», «3.4», «3.4.1».`,
  notANumber: (value: string) => `«${value}» không phải là số.`,
  negative: (value: string) => `«${value}» là số âm; điểm không được âm.`,
  tooManyDecimals: (value: string) =>
    `«${value}» có quá 3 chữ số thập phân; điểm chỉ có tối đa 3 chữ số thập phân (ví dụ 0,996).`,
  tooLarge: (value: string) => `«${value}» quá lớn; điểm phải nhỏ hơn 1.000.`,
  missingPoints: (what: string) => `thiếu ${what}.`,
  criteriaNotInFramework: (year: number, codes: string[]) =>
    `tiêu chí ${codes.map((c) => `«${c}»`).join(", ")} không có trong Bộ Chỉ số CCHC năm ${year} do Bộ Nội vụ ban hành. ` +
    "Kế hoạch của tỉnh không được thêm tiêu chí vào bộ chỉ số chung: hãy sửa mã tiêu chí theo bộ chỉ số của năm đó.",
  provinceMismatch: (documentProvince: string, wanted: string) =>
    `Văn bản này là của tỉnh ${documentProvince}, không phải tỉnh ${wanted}. Hãy chọn đúng tỉnh hoặc đúng tệp.`,
  missingMeta: (what: string) =>
    `Không xác định được ${what} từ văn bản. Hãy nhập văn bản gốc (có phần đầu) hoặc điền thông tin này khi nhập.`,
} as const;

export const warningMessages = {
  lostMismatch: (code: string, standard: string, assessed: string, lost: string, expected: string) =>
    `Tiêu chí ${code}: điểm bị mất ${formatDecimal(lost)} khác điểm chuẩn − điểm thẩm định (${formatDecimal(standard)} − ${formatDecimal(assessed)} = ${formatDecimal(expected)}).`,
  childrenSumMismatch: (code: string, lost: string, children: string[], childrenLost: string) =>
    `Tiêu chí ${code} mất ${formatDecimal(lost)} điểm nhưng các tiêu chí con được liệt kê (${children.join(", ")}) mất tổng cộng ${formatDecimal(childrenLost)} điểm.`,
  duplicateCode: (code: string, at: string, firstAt: string) =>
    `Mã tiêu chí ${code} xuất hiện lại (${at}; lần đầu: ${firstAt}); giữ số liệu của lần đầu, các giải pháp được gộp vào.`,
  duplicateTitle: (code: string, title: string, otherCode: string) =>
    `Tiêu chí ${code} có cùng tên «${title}» với tiêu chí ${otherCode}; có thể văn bản chép nhầm tên tiêu chí.`,
  assessedOverStandard: (code: string, assessed: string, standard: string) =>
    `Tiêu chí ${code}: điểm thẩm định ${formatDecimal(assessed)} lớn hơn điểm chuẩn ${formatDecimal(standard)}.`,
  parentMissing: (code: string, parent: string) =>
    `Tiêu chí ${code}: phụ lục không liệt kê tiêu chí cha ${parent}; sẽ dùng tiêu chí ${parent} đã có trong bộ chỉ số nếu có.`,
  measureWithoutLead: (code: string) => `Giải pháp của tiêu chí ${code} chưa có cơ quan chủ trì.`,
  agency: (code: string, column: string, detail: string) => `Tiêu chí ${code}, cột «${column}»: ${detail}`,
  scoreMismatch: (maxPoints: string, lost: string, computed: string, published: string) =>
    `Tổng điểm tính từ phụ lục (${formatDecimal(maxPoints)} − ${formatDecimal(lost)} = ${formatDecimal(computed)}) khác tổng điểm công bố trong văn bản (${formatDecimal(published)}).`,
  agencyNotInDatabase: (label: string, name: string) =>
    `«${label}» được hiểu là «${name}» nhưng cơ quan này chưa có trong cơ sở dữ liệu của tỉnh; chưa gán cơ quan.`,
  criterionTitleDiffers: (code: string, title: string, existing: string) =>
    `Tiêu chí ${code}: tên trong văn bản «${title}» khác tên đã có trong bộ chỉ số «${existing}»; giữ tên đã có.`,
  criterionStandardDiffers: (code: string, standard: string, existing: string) =>
    `Tiêu chí ${code}: điểm chuẩn trong văn bản ${formatDecimal(standard)} khác điểm chuẩn đã có trong bộ chỉ số ${formatDecimal(existing)}; giữ điểm đã có.`,
} as const;

export const columnLabels = {
  code: "STT",
  title: "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
  standard: "Điểm chuẩn",
  assessed: "Điểm thẩm định",
  lost: "Điểm bị mất",
  measure: "Giải pháp",
  lead: "Cơ quan chủ trì",
  support: "Cơ quan phối hợp",
  timeframe: "Thời gian thực hiện",
  note: "Ghi chú",
} as const;
