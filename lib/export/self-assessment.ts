// The self-assessment table as export content, one source for the XLSX and the DOCX so both say the same thing:
// the columns, each row's cells, the totals line, the title and the letterhead. What the reader may see is
// decided by the loader (lib/self-assessment/data: the province's table, or an agency's own rows).
import { formatPoints, provinceToday } from "@/lib/format";
import type { SelfAssessmentView, SelfScoreRow } from "@/lib/self-assessment/data";
import { SELF_MESSAGES } from "@/lib/self-assessment/messages";
import { BLANK, type Letterhead, type OfficialFields } from "./official";

export const SELF_FORMATS = ["xlsx", "docx"] as const;
export type SelfFormat = (typeof SELF_FORMATS)[number];

export function isSelfFormat(value: string): value is SelfFormat {
  return (SELF_FORMATS as readonly string[]).includes(value);
}

export const SELF_COLUMNS = [
  "Mã",
  "Tiêu chí",
  "Điểm tối đa",
  "Cơ quan chấm",
  "Trạng thái",
  "Điểm đề xuất",
  "Giải trình",
  "Tài liệu kiểm chứng",
  "Điểm thẩm định",
  "Ý kiến thẩm định",
] as const;

/** The indexes of SELF_COLUMNS that hold points. */
export const POINT_COLUMNS = [2, 5, 8] as const;

export const NOT_ASSIGNED = "Chưa giao";
export const NO_EVIDENCE = "Chưa có tài liệu kiểm chứng";
export const TOTAL_LABEL = "Tổng cộng";

export function evidenceText(r: SelfScoreRow): string {
  if (r.flagged) return NO_EVIDENCE;
  return r.evidence
    .map((e) => e.fileName ?? e.url ?? "")
    .filter(Boolean)
    .join("; ");
}

/** A row's cells; points stay decimal strings (the XLSX makes them numbers, the DOCX formats them). */
export function selfRowCells(r: SelfScoreRow): (string | null)[] {
  return [
    r.code,
    r.title,
    r.maxPoints,
    r.agencyName ?? NOT_ASSIGNED,
    SELF_MESSAGES.status[r.status],
    r.proposedPoints,
    r.explanation ?? "",
    evidenceText(r),
    r.acceptedPoints,
    r.appraisalComment ?? "",
  ];
}

export function selfTotalCells(view: SelfAssessmentView): (string | null)[] {
  const t = view.totals;
  return [
    "",
    TOTAL_LABEL,
    t.maxPoints,
    "",
    `${t.appraised}/${t.count} đã thẩm định`,
    t.proposed,
    "",
    "",
    t.accepted,
    "",
  ];
}

/** The same cells for a document: points as the province reads them ("3,25"), blanks for none. */
export function displayCells(cells: (string | null)[]): string[] {
  return cells.map((v, i) =>
    v === null ? "" : (POINT_COLUMNS as readonly number[]).includes(i) ? formatPoints(v) : v,
  );
}

export function selfTitle(view: SelfAssessmentView, provinceName: string): { title: string; subtitle: string } {
  return {
    title: `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${view.year}`,
    subtitle: view.agencyName
      ? `Các tiêu chí do ${view.agencyName} chấm — tỉnh ${provinceName}`
      : `Của tỉnh ${provinceName}`,
  };
}

export function frameworkLine(view: SelfAssessmentView): string {
  return `Theo ${view.frameworkTitle}${view.partial ? " (danh sách chưa đầy đủ)" : ""}`;
}

/**
 * Who issues the table: Sở Nội vụ for the province's table (to UBND tỉnh, which approves it), the agency for
 * its own rows (to Sở Nội vụ, which appraises them). Number, signer and date are left blank unless given.
 */
export function selfLetterhead(
  view: SelfAssessmentView,
  provinceName: string,
  fields: OfficialFields = {},
): Letterhead {
  const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
  return {
    parentBody: `UBND TỈNH ${upper(provinceName)}`,
    issuingBody: upper(view.agencyName ?? "Sở Nội vụ"),
    numberLine: fields.number ? `Số: ${fields.number}` : `Số: ${BLANK}`,
    placeDate: `${provinceName}, ngày …… tháng …… năm ${provinceToday().getUTCFullYear()}`, // the year it is printed
    signerTitle: fields.signerTitle ? upper(fields.signerTitle) : BLANK,
    signerName: fields.signerName || BLANK,
    recipients: view.agencyName
      ? [`Sở Nội vụ tỉnh ${provinceName} (thẩm định);`, "Lưu: VT."]
      : [`UBND tỉnh ${provinceName} (báo cáo);`, "Lưu: VT."],
  };
}

/** "tu-danh-gia-2025.docx" (ASCII, safe in a Content-Disposition header). */
export const selfFileName = (year: number, format: SelfFormat) => `tu-danh-gia-${year}.${format}`;
