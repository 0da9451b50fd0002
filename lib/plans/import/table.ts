// The neutral table every reader produces: the header row and the data rows as trimmed strings,
// each with where it came from, so later errors can point at the line or worksheet row.
import type { SourceRef } from "./errors";

export type TableRow = { cells: string[]; at: SourceRef };

export type Table = {
  header: TableRow;
  rows: TableRow[];
  /** text above the header (document body, sheet title rows): read for the plan's meta */
  preamble: string;
};

/**
 * How a reader recognises the header row of its table (the plan appendix by default; the national
 * framework's reader passes its own): a header, or a near miss worth naming the missing columns of.
 */
export type HeaderRule = {
  isHeader: (cells: string[]) => boolean;
  missingColumns: (cells: string[]) => string[] | null;
  noTableMessage: string;
};

export const cellAt = (row: TableRow, index: number | undefined): string =>
  index === undefined ? "" : (row.cells[index] ?? "").trim();

export const isBlankRow = (cells: string[]): boolean => cells.every((c) => c.trim() === "");
