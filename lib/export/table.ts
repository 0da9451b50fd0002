// Any tabular export (a board, a task list, a period matrix, the audit log) as XLSX or CSV, streamed row by
// row so memory stays bounded however long the list: ExcelJS's streaming WorkbookWriter for XLSX (header
// frozen, filters, widths; numbers and dates stay typed cells) and csv-stringify for CSV (UTF-8 with a BOM so
// Excel shows Vietnamese correctly).
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";

export type Cell = string | number | Date | boolean | null;
export type Column = { header: string; width: number; kind?: "text" | "number" | "date" | "percent" };
export type TableExport = {
  sheetName: string;
  title?: string;
  columns: Column[];
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
};
export const TABLE_FORMATS = ["xlsx", "csv"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const CONTENT_TYPES: Record<TableFormat | "docx" | "pdf", string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export async function writeTable(table: TableExport, format: TableFormat, out: Writable): Promise<void> {
  return format === "xlsx" ? writeXlsxTable(table, out) : writeCsvTable(table, out);
}

const NUM_FMT: Partial<Record<NonNullable<Column["kind"]>, string>> = {
  number: "#,##0.###",
  date: "dd/mm/yyyy",
  percent: "0",
};

export async function writeXlsxTable(table: TableExport, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const headerRow = table.title ? 3 : 1;
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), {
    views: [{ state: "frozen", ySplit: headerRow }],
  });
  sheet.columns = table.columns.map((c) => ({
    width: c.width,
    style: NUM_FMT[c.kind ?? "text"] ? { numFmt: NUM_FMT[c.kind ?? "text"] } : {},
  }));
  if (table.title) {
    const title = sheet.addRow([table.title]);
    title.font = { bold: true, size: 13 };
    title.commit();
    sheet.addRow([]).commit();
  }
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: table.columns.length } };
  for await (const values of table.rows) {
    const row = sheet.addRow(values);
    row.alignment = { vertical: "top", wrapText: true };
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

export async function writeCsvTable(table: TableExport, out: Writable): Promise<void> {
  const csv = stringify({
    bom: true,
    cast: { date: (d) => d.toISOString().slice(0, 10), boolean: (b) => (b ? "có" : "không") },
  });
  csv.pipe(out);
  const write = async (values: Cell[]) => {
    if (!csv.write(values.map((v) => v ?? ""))) await once(csv, "drain");
  };
  await write(table.columns.map((c) => c.header));
  for await (const values of table.rows) await write(values);
  csv.end();
  await once(out, "finish");
}
