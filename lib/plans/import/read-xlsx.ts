// Excel workbooks (.xlsx): the first worksheet with a recognisable appendix header. Cells are read as a
// person sees them — rich text joined, formula results, numbers without float noise. A vertically merged
// cell (one criterion code over several measure rows) fills every row it covers; a horizontally merged
// one (a title spanning columns) only its first column, so the title never lands in a point column.
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format";
import { PLAN_HEADER } from "./columns";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { numberToText } from "./numbers";
import type { HeaderRule, Table, TableRow } from "./table";

const HEADER_SEARCH_ROWS = 50;

export async function readXlsx(bytes: Uint8Array, fileName: string, rule: HeaderRule = PLAN_HEADER): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its input as an ArrayBuffer; hand it exactly the bytes of the view.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new PlanImportError("UNREADABLE_XLSX", errorMessages.unreadableXlsx(fileName));
  }
  let nearMiss: { row: number; sheet: string; missing: string[] } | null = null;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => rule.isHeader(r.cells));
    const header = rows[headerIndex];
    if (header) return { header, rows: rows.slice(headerIndex + 1), preamble: preambleOf(rows.slice(0, headerIndex)) };
    for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
      const missing = rule.missingColumns(r.cells);
      if (missing && !nearMiss) nearMiss = { row: r.at.row ?? 0, sheet: sheet.name, missing };
    }
  }
  if (nearMiss) {
    const { row, sheet, missing } = nearMiss;
    throw new PlanImportError("MISSING_COLUMN", errorMessages.missingColumns(missing), { row, sheet });
  }
  throw new PlanImportError("NO_TABLE", rule.noTableMessage);
}

function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(sheet.getCell(r, c)));
    rows.push({ cells, at: { row: r, sheet: sheet.name } });
  }
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell && cell.master.fullAddress.col !== cell.fullAddress.col) return "";
  const source = cell.isMerged ? cell.master : cell;
  return valueText(source.value).trim();
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((part) => valueText(part?.text)).join("");
  if ("result" in value) return valueText(value.result);
  if ("formula" in value || "sharedFormula" in value) return "";
  if ("text" in value) return valueText(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

const preambleOf = (rows: TableRow[]): string =>
  rows
    .map((r) => r.cells.filter((c) => c !== "").join(" | "))
    .filter((line) => line !== "")
    .join("\n");
