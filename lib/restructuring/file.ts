// Reads a batch file (CSV or XLSX): one event per line — date, kind, from, to, decision; several names in
// "from" or "to" separated by ";". A first line that is not an event (a header) is skipped.
import ExcelJS from "exceljs";
import { isCalendarDay } from "@/lib/format";
import { foldKey, normalizeText } from "@/lib/text/vietnamese";
import { restructuringMessages as m } from "./messages";
import type { RestructuringKindValue } from "./schema";

export type BatchLine = {
  line: number;
  effectiveOn: string;
  kind: RestructuringKindValue | null;
  from: string[];
  to: string[];
  decision: string;
  errors: string[];
};

const KINDS: Record<string, RestructuringKindValue> = {
  "doi ten": "RENAME",
  "hop nhat": "MERGE",
  "sap nhap": "MERGE",
  "chia tach": "SPLIT",
  "giai the": "DISSOLVE",
};

export async function readBatchFile(fileName: string, bytes: Uint8Array): Promise<BatchLine[]> {
  const rows = /\.xlsx$/i.test(fileName) ? await xlsxRows(bytes) : csvRows(new TextDecoder().decode(bytes));
  const lines = rows
    .map((cells, i) => ({ cells: cells.map((c) => normalizeText(c)), number: i + 1 }))
    .filter((r) => r.cells.some((c) => c !== ""));
  const first = lines[0];
  if (first && parseDate(first.cells[0] ?? "") === null && kindOf(first.cells[1] ?? "") === null) lines.shift();
  return lines.map((r) => toLine(r.number, r.cells));
}

function toLine(line: number, cells: string[]): BatchLine {
  const [date = "", kind = "", from = "", to = "", decision = ""] = cells;
  const errors: string[] = [];
  if (cells.length < 4) errors.push(m.lineColumns);
  const effectiveOn = parseDate(date);
  if (effectiveOn === null) errors.push(m.lineDate(date));
  const k = kindOf(kind);
  if (k === null) errors.push(m.lineKind(kind));
  const list = (v: string) =>
    v
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
  return { line, effectiveOn: effectiveOn ?? "", kind: k, from: list(from), to: list(to), decision, errors };
}

function kindOf(value: string): RestructuringKindValue | null {
  return KINDS[foldKey(value)] ?? null;
}

/** "01/03/2025", "1/3/2025" or "2025-03-01" → "2025-03-01"; null when not a real date. */
export function parseDate(value: string): string | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, mo, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !mo || !d) return null;
  const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isCalendarDay(iso) ? iso : null;
}

/** RFC 4180 CSV, cells separated by "," or a tab (";" separates names inside a cell). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === "\t") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= 5; c++) {
      const v = row.getCell(c).value;
      cells.push(v instanceof Date ? v.toISOString().slice(0, 10) : row.getCell(c).text);
    }
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
