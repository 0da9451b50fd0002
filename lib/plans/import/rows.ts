// One appendix row read against the column map: trimmed texts, a normalised code, exact points.

import { normalizeCode } from "@/lib/criteria/codes";
import { normalizeText } from "@/lib/text/vietnamese";
import { type ColumnKey, type ColumnMap, labelOf } from "./columns";
import { PlanImportError, type SourceRef } from "./errors";
import { errorMessages } from "./messages";
import { parsePointsCell } from "./numbers";
import { cellAt, type TableRow } from "./table";

export type RowRecord = {
  at: SourceRef;
  code: string | null;
  title: string;
  standard: string | null;
  assessed: string | null;
  lost: string | null;
  measure: string;
  lead: string;
  support: string;
  timeframe: string;
  note: string;
};

export function readRow(row: TableRow, columns: ColumnMap): RowRecord {
  const text = (key: ColumnKey) => normalizeText(cellAt(row, columns.index[key]));
  const points = (key: ColumnKey) => parsePointsCell(text(key), { ...row.at, column: labelOf(columns, key) });
  return {
    at: row.at,
    code: readCode(text("code"), row, columns),
    title: text("title"),
    standard: points("standard"),
    assessed: points("assessed"),
    lost: points("lost"),
    measure: text("measure"),
    lead: text("lead"),
    support: text("support"),
    timeframe: text("timeframe"),
    note: text("note"),
  };
}

function readCode(written: string, row: TableRow, columns: ColumnMap): string | null {
  if (written === "") return null;
  const code = normalizeCode(written);
  if (!code) {
    throw new PlanImportError("INVALID_CODE", errorMessages.invalidCode(written), {
      ...row.at,
      column: labelOf(columns, "code"),
    });
  }
  return code;
}

export const isBlankRecord = (r: RowRecord): boolean => isContinuation(r) && !hasMeasureContent(r) && !r.note;

/** Carries only measure columns: the next measure of the criterion above (or a wrapped cell). */
export const isContinuation = (r: RowRecord): boolean =>
  !r.code && !r.title && r.standard === null && r.assessed === null && r.lost === null;

export const hasMeasureContent = (r: RowRecord): boolean => Boolean(r.measure || r.lead || r.support || r.timeframe);
