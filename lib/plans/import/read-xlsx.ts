// Excel workbooks (.xlsx): the first worksheet with a recognisable appendix header. Cells are read as a
// person sees them — rich text joined, formula results, numbers without float noise. A vertically merged
// cell (one criterion code over several measure rows) fills every row it covers; a horizontally merged
// one (a title spanning columns) only its first column, so the title never lands in a point column.
// An uploaded file may be hostile (issue 8, item 10): the archive's declared sizes are checked here, then the
// workbook is read in a worker thread with limits (xlsx-in-worker.ts, xlsx-worker.cjs).
import { formatDate } from "@/lib/format";
import { PLAN_HEADER } from "./columns";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { numberToText } from "./numbers";
import type { HeaderRule, Table, TableRow } from "./table";
import { checkArchive } from "./xlsx-archive";
import { readSheetsInWorker, type SheetValue, type SheetValues } from "./xlsx-in-worker";

const HEADER_SEARCH_ROWS = 50;

export async function readXlsx(bytes: Uint8Array, fileName: string, rule: HeaderRule = PLAN_HEADER): Promise<Table> {
  await checkArchive(bytes, fileName);
  const sheets = await readSheetsInWorker(bytes, fileName);
  let nearMiss: { row: number; sheet: string; missing: string[] } | null = null;
  for (const sheet of sheets) {
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

function sheetRows(sheet: SheetValues): TableRow[] {
  return sheet.rows.map((cells, i) => ({ cells: cells.map(valueText), at: { row: i + 1, sheet: sheet.name } }));
}

function valueText(value: SheetValue): string {
  if (value === null) return "";
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatDate(value);
}

const preambleOf = (rows: TableRow[]): string =>
  rows
    .map((r) => r.cells.filter((c) => c !== "").join(" | "))
    .filter((line) => line !== "")
    .join("\n");
