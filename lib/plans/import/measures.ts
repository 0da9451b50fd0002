// Measure drafts → preview measures: agencies resolved against the province's directory, the time frame
// parsed. Every agency warning names the criterion and the column it came from.
import { type AgencyDirectory, type ResolvedName, resolveAgencyCell } from "@/lib/agencies/directory";
import type { MeasureDraft } from "./build";
import { type ColumnMap, labelOf } from "./columns";
import { warningMessages } from "./messages";
import { parseTimeframe } from "./timeframe";
import type { PreviewMeasure, PreviewWarning } from "./types";

export function buildMeasures(
  drafts: MeasureDraft[],
  directory: AgencyDirectory,
  columns: ColumnMap,
): { measures: PreviewMeasure[]; warnings: PreviewWarning[] } {
  const warnings: PreviewWarning[] = [];
  const resolve = (cell: string, code: string, key: "lead" | "support"): ResolvedName[] => {
    const { names, warnings: found } = resolveAgencyCell(cell, directory);
    for (const w of found) {
      const message = warningMessages.agency(code, labelOf(columns, key), w.message);
      warnings.push({ code: w.code, criterionCode: code, message });
    }
    return names;
  };
  const measures = drafts.map((d): PreviewMeasure => {
    const lead = resolve(d.lead, d.criterionCode, "lead");
    const support = resolve(d.support, d.criterionCode, "support");
    if (lead.length === 0) {
      const message = warningMessages.measureWithoutLead(d.criterionCode);
      warnings.push({ code: "MEASURE_WITHOUT_LEAD", criterionCode: d.criterionCode, message });
    }
    return {
      criterionCode: d.criterionCode,
      position: d.position,
      text: d.text,
      lead,
      support,
      timeframe: parseTimeframe(d.timeframe),
      note: d.note || null,
      at: d.at,
    };
  });
  return { measures, warnings };
}
