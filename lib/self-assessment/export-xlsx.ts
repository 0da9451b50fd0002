// The self-assessment table as an XLSX workbook (exceljs): one row per self-scored criterion as the reader
// sees it (an agency exports only its own rows), the live totals below. Points are written as numbers with
// the number format the province reads (two decimals, up to three when published so). Small on purpose: the
// reports issue brings a shared export kit, and this moves there when it lands.
import ExcelJS from "exceljs";
import type { SelfAssessmentView } from "./data";
import { SELF_MESSAGES } from "./messages";

const POINTS = "#,##0.00#";
const num = (v: string | null): number | null => (v === null ? null : Number(v));

export async function selfAssessmentXlsx(view: SelfAssessmentView, provinceName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "PAR Tracker";
  const sheet = book.addWorksheet(`Tự đánh giá ${view.year}`);
  sheet.addRow([`Bảng tự đánh giá Chỉ số CCHC năm ${view.year} — tỉnh ${provinceName}`]).font = {
    bold: true,
    size: 13,
  };
  sheet.addRow([`Theo ${view.frameworkTitle}${view.partial ? " (danh sách chưa đầy đủ)" : ""}`]);
  sheet.addRow([]);
  const header = sheet.addRow([
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
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  for (const r of view.rows) {
    const evidence = r.evidence
      .map((e) => e.fileName ?? e.url ?? "")
      .filter(Boolean)
      .join("; ");
    sheet.addRow([
      r.code,
      r.title,
      num(r.maxPoints),
      r.agencyName ?? "Chưa giao",
      SELF_MESSAGES.status[r.status],
      num(r.proposedPoints),
      r.explanation ?? "",
      r.flagged ? "Chưa có tài liệu kiểm chứng" : evidence,
      num(r.acceptedPoints),
      r.appraisalComment ?? "",
    ]);
  }
  const total = sheet.addRow([
    "",
    "Tổng cộng",
    num(view.totals.maxPoints),
    "",
    `${view.totals.appraised}/${view.totals.count} đã thẩm định`,
    num(view.totals.proposed),
    "",
    "",
    num(view.totals.accepted),
    "",
  ]);
  total.font = { bold: true };
  const widths = [10, 50, 12, 24, 16, 12, 40, 36, 14, 40];
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    if ([3, 6, 9].includes(i + 1)) column.numFmt = POINTS;
    if ([2, 7, 8, 10].includes(i + 1)) column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
