// Appendix rows → criteria (level and parent from the code) and measure drafts. Problems a reader
// should look at become warnings; only rows that cannot be understood at all are errors.
import Decimal from "decimal.js";
import { levelOf, parentCodeOf } from "@/lib/criteria/codes";
import { type ColumnMap, labelOf } from "./columns";
import { PlanImportError, type SourceRef } from "./errors";
import { errorMessages, warningMessages } from "./messages";
import { canonicalDecimal } from "./numbers";
import { hasMeasureContent, isBlankRecord, isContinuation, type RowRecord, readRow } from "./rows";
import type { Table } from "./table";
import type { PreviewCriterion, PreviewWarning } from "./types";
import { describeAt } from "./where";

export type MeasureDraft = {
  criterionCode: string;
  position: number;
  text: string;
  lead: string;
  support: string;
  timeframe: string;
  note: string;
  at: SourceRef;
};

export type BuiltRows = { criteria: PreviewCriterion[]; drafts: MeasureDraft[]; warnings: PreviewWarning[] };

export function buildRows(table: Table, columns: ColumnMap): BuiltRows {
  const out: BuiltRows = { criteria: [], drafts: [], warnings: [] };
  const byCode = new Map<string, PreviewCriterion>();
  let last: PreviewCriterion | null = null;
  for (const row of table.rows) {
    const record = readRow(row, columns);
    if (isBlankRecord(record)) continue;
    if (!record.code) {
      if (!last || !isContinuation(record)) {
        const at = { ...record.at, column: labelOf(columns, "code") };
        throw new PlanImportError("MISSING_CODE", errorMessages.missingCode(), at);
      }
      addMeasure(out.drafts, last.code, record);
      continue;
    }
    const existing = byCode.get(record.code);
    if (existing) {
      if (existing !== last || !sameFigures(existing, record)) out.warnings.push(duplicateWarning(existing, record));
      addMeasure(out.drafts, existing.code, record);
      continue;
    }
    last = toCriterion(record, record.code, columns);
    byCode.set(last.code, last);
    out.criteria.push(last);
    addMeasure(out.drafts, last.code, record);
  }
  if (out.criteria.length === 0) throw new PlanImportError("NO_ROWS", errorMessages.noRows());
  return out;
}

// Either assessed or lost may be left out: each follows from the other and the standard.
function toCriterion(r: RowRecord, code: string, columns: ColumnMap): PreviewCriterion {
  const at = (key: "standard" | "assessed") => ({ ...r.at, column: labelOf(columns, key) });
  if (r.standard === null) {
    const what = `«${labelOf(columns, "standard")}»`;
    throw new PlanImportError("MISSING_POINTS", errorMessages.missingPoints(what), at("standard"));
  }
  if (r.assessed === null && r.lost === null) {
    const both = `«${labelOf(columns, "assessed")}» và «${labelOf(columns, "lost")}»`;
    throw new PlanImportError("MISSING_POINTS", errorMessages.missingPoints(both), at("assessed"));
  }
  const { title, standard } = r;
  const assessed = r.assessed ?? canonicalDecimal(new Decimal(standard).minus(r.lost ?? 0));
  const lost = r.lost ?? canonicalDecimal(new Decimal(standard).minus(assessed));
  return { code, title, level: levelOf(code), parentCode: parentCodeOf(code), standard, assessed, lost, at: r.at };
}

// Merged cells repeat a criterion's code and figures on each of its measure rows; that is not a duplicate.
function sameFigures(c: PreviewCriterion, r: RowRecord): boolean {
  const same = (a: string, b: string | null) => b === null || new Decimal(a).equals(b);
  const sameTitle = r.title === "" || r.title === c.title;
  return sameTitle && same(c.standard, r.standard) && same(c.assessed, r.assessed) && same(c.lost, r.lost);
}

function duplicateWarning(existing: PreviewCriterion, r: RowRecord): PreviewWarning {
  return {
    code: "DUPLICATE_CODE",
    criterionCode: existing.code,
    message: warningMessages.duplicateCode(existing.code, describeAt(r.at), describeAt(existing.at)),
  };
}

function addMeasure(drafts: MeasureDraft[], criterionCode: string, r: RowRecord) {
  if (!hasMeasureContent(r)) return;
  const previous = drafts[drafts.length - 1];
  // A row with assignments but no measure text continues the measure above (a wrapped cell).
  if (!r.measure && previous?.criterionCode === criterionCode) {
    previous.lead = joinCells(previous.lead, r.lead);
    previous.support = joinCells(previous.support, r.support);
    previous.timeframe = previous.timeframe || r.timeframe;
    return;
  }
  const position = drafts.filter((d) => d.criterionCode === criterionCode).length + 1;
  const { measure: text, lead, support, timeframe, note, at } = r;
  drafts.push({ criterionCode, position, text, lead, support, timeframe, note, at });
}

const joinCells = (a: string, b: string): string => [a, b].filter((s) => s !== "").join("; ");
