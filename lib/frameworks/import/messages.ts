// Every user-facing string of the national framework importer (conventions §8: one place per feature).
import { formatDecimal } from "@/lib/format";

export const frameworkColumnLabels = {
  code: "Mã",
  title: "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
  maxPoints: "Điểm tối đa",
  survey: "Nguồn điểm",
} as const;

export const frameworkMessages = {
  noTable:
    "Không tìm thấy bảng bộ chỉ số: cần một dòng tiêu đề có các cột «Mã», «Lĩnh vực/Tiêu chí/Tiêu chí thành phần» và «Điểm tối đa» (tuỳ chọn «Nguồn điểm»).",
  onlyTables: (file: string) =>
    `Tệp «${file}» không phải CSV hoặc Excel (.xlsx). Bộ chỉ số được nhập từ tệp CSV hoặc .xlsx (xem tệp mẫu).`,
  missingCode: () => "dòng có nội dung nhưng thiếu mã (ví dụ «3.4.1»).",
  missingTitle: (code: string) => `tiêu chí «${code}» thiếu tên.`,
  missingMax: (code: string) => `tiêu chí «${code}» thiếu điểm tối đa.`,
  notANumber: (code: string, value: string) => `điểm tối đa của tiêu chí «${code}» là «${value}», không phải là số.`,
  invalidPoints: (code: string, detail: string) => `điểm tối đa của tiêu chí «${code}»: ${detail}`,
  zeroMax: (code: string) => `tiêu chí «${code}» có điểm tối đa bằng 0; mỗi tiêu chí phải có điểm tối đa lớn hơn 0.`,
  invalidSurvey: (code: string, value: string) =>
    `nguồn điểm của tiêu chí «${code}» là «${value}»: hãy ghi «Tự đánh giá» hoặc «Điều tra XHH» (để trống là tự đánh giá).`,
  duplicate: (code: string, firstLine: number) =>
    `mã «${code}» trùng với dòng ${firstLine}; mỗi mã chỉ được xuất hiện một lần.`,
  parentMissing: (code: string, parent: string) =>
    `tiêu chí «${code}» thuộc «${parent}» nhưng bảng không có dòng «${parent}»; hãy thêm dòng của tiêu chí cha.`,
  childrenSum: (code: string, max: string, children: string[], sum: string) =>
    `tổng điểm tối đa của ${children.map((c) => `«${c}»`).join(", ")} là ${formatDecimal(sum)}, khác điểm tối đa ${formatDecimal(max)} của «${code}».`,
  surveyParent: (code: string, parent: string) =>
    `tiêu chí «${code}» ghi «Tự đánh giá» trong khi «${parent}» được chấm bằng điều tra xã hội học; hãy thống nhất nguồn điểm.`,
  noRows: () => "Bảng bộ chỉ số không có dòng tiêu chí nào dưới dòng tiêu đề.",
  tooManyRows: (max: number) =>
    `Bảng có hơn ${max} dòng tiêu chí; một bộ chỉ số không dài như vậy. Hãy kiểm tra lại tệp.`,
  invalidYear: (value: string) => `Năm đánh giá «${value}» không hợp lệ (cần một năm từ 2012 đến 2100).`,
  inUse: (codes: string[]) =>
    `Không thể bỏ tiêu chí ${codes.map((c) => `«${c}»`).join(", ")} khỏi bộ chỉ số: đã có tỉnh dùng các tiêu chí này (điểm, giải pháp hoặc tự đánh giá).`,
};
