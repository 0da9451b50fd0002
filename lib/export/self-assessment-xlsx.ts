// The self-assessment table as an XLSX workbook (exceljs): one row per self-scored criterion as the reader
// sees it (an agency exports only its own rows), the live totals below. Points are written as numbers with
// the number format the province reads (two decimals, up to three when published so). The cells come from
// ./self-assessment.ts, shared with the DOCX.
import ExcelJS from "exceljs";
import type { SelfAssessmentView } from "@/lib/self-assessment/data";
import { frameworkLine, POINT_COLUMNS, SELF_COLUMNS, selfRowCells, selfTotalCells } from "./self-assessment";

const POINTS = "#,##0.00#";
const WIDTHS = [10, 50, 12, 24, 16, 12, 40, 36, 14, 40];
const WRAPPED = [1, 6, 7, 9];

/** Points as numbers, the rest as text. */
const typed = (cells: (string | null)[]) =>
  cells.map((v, i) => ((POINT_COLUMNS as readonly number[]).includes(i) ? (v === null ? null : Number(v)) : v));

export async function selfAssessmentXlsx(view: SelfAssessmentView, provinceName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "PAR Tracker";
  const sheet = book.addWorksheet(`Tự đánh giá ${view.year}`);
  const scope = view.agencyName ? ` — ${view.agencyName}` : "";
  sheet.addRow([`Bảng tự đánh giá Chỉ số CCHC năm ${view.year} — tỉnh ${provinceName}${scope}`]).font = {
    bold: true,
    size: 13,
  };
  sheet.addRow([frameworkLine(view)]);
  sheet.addRow([]);
  const header = sheet.addRow([...SELF_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  for (const r of view.rows) sheet.addRow(typed(selfRowCells(r)));
  sheet.addRow(typed(selfTotalCells(view))).font = { bold: true };
  WIDTHS.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    if ((POINT_COLUMNS as readonly number[]).includes(i)) column.numFmt = POINTS;
    if (WRAPPED.includes(i)) column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
