// The published text (as copied from the official gazette or a legal database): a body, then the
// appendix table with cells separated by "|". Empty trailing cells often come out as lines holding a
// lone "|"; they belong to the row above.

import { isHeader, matchColumns, missingColumns } from "./columns";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import type { Table, TableRow } from "./table";

export function readPublishedText(text: string): Table {
  const lines = text.split(/\r\n|\r|\n/);
  const headerIndex = findHeaderLine(lines);
  const header: TableRow = { cells: splitCells(lines[headerIndex] ?? ""), at: { line: headerIndex + 1 } };
  return {
    header,
    rows: collectRows(lines, headerIndex + 1),
    preamble: lines.slice(0, headerIndex).join("\n"),
  };
}

function findHeaderLine(lines: string[]): number {
  let nearMiss: { line: number; missing: string[] } | null = null;
  for (const [index, line] of lines.entries()) {
    if (!line.includes("|")) continue;
    const map = matchColumns(splitCells(line));
    if (isHeader(map)) return index;
    const missing = missingColumns(map);
    if (missing && !nearMiss) nearMiss = { line: index + 1, missing };
  }
  if (nearMiss) {
    throw new PlanImportError("MISSING_COLUMN", errorMessages.missingColumns(nearMiss.missing), {
      line: nearMiss.line,
    });
  }
  throw new PlanImportError("NO_TABLE", errorMessages.noTable());
}

// A line starting with text opens a row; lines starting with "|" continue it; the first line without
// any "|" ends the table (the related-documents list that follows the appendix, for instance).
function collectRows(lines: string[], from: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    if (line === "") continue;
    if (!line.includes("|")) break;
    const current = rows[rows.length - 1];
    if (line.startsWith("|") && current) {
      current.cells.push(...splitCells(line.slice(1)));
    } else {
      rows.push({ cells: splitCells(line), at: { line: index + 1 } });
    }
  }
  return rows;
}

/** "1 | Tiêu chí | 8,50 |" → ["1", "Tiêu chí", "8,50"] (the closing "|" ends the last cell). */
export function splitCells(line: string): string[] {
  const cells = line.split("|").map((c) => c.trim());
  if (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}
