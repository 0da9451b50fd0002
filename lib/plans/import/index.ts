// The plan importer: one entry point for the CLI and the upload page. `parsePlan` reads a file into a
// preview (nothing is written); `savePlanImport` (persist.ts) stores a preview inside a transaction.
import type { AgencyDirectory } from "@/lib/agencies/directory";
import { sortKeyOf } from "@/lib/criteria/codes";
import { exactKey } from "@/lib/text/vietnamese";
import { buildRows } from "./build";
import { checkCriteria, computeTotals } from "./checks";
import { matchColumns } from "./columns";
import { PlanImportError } from "./errors";
import { buildMeasures } from "./measures";
import { errorMessages } from "./messages";
import { readPlanMeta } from "./read-meta";
import { readSource } from "./read-source";
import type { PlanMeta, PlanPreview, PreviewCriterion, PreviewWarning } from "./types";

export { type DryRunJson, toDryRunJson } from "./dry-run";
export { PlanImportError } from "./errors";
export type * from "./types";

export type ParsePlanInput = {
  fileName: string;
  bytes: Uint8Array;
  directory: AgencyDirectory;
  /** the province importing; a document naming another province is refused */
  provinceName?: string;
  /** what the user supplied where the file has no body (CSV/XLSX): number, date, year… */
  meta?: Partial<PlanMeta>;
  /** the framework's maximum (100 for every PAR Index year so far) */
  maxPoints?: string;
};

export async function parsePlan(input: ParsePlanInput): Promise<PlanPreview> {
  const source = await readSource(input.fileName, input.bytes);
  const meta = withOverrides(readPlanMeta(source.table.preamble), input.meta);
  if (input.provinceName) checkProvince(meta, input.provinceName);
  const columns = matchColumns(source.table.header.cells);
  const rows = buildRows(source.table, columns);
  const measures = buildMeasures(rows.drafts, input.directory, columns);
  const totals = computeTotals(rows.criteria, meta, input.maxPoints ?? "100");
  const warnings = [...rows.warnings, ...checkCriteria(rows.criteria), ...measures.warnings, ...totals.warnings];
  return {
    fileName: input.fileName,
    format: source.format,
    meta,
    criteria: rows.criteria,
    measures: measures.measures,
    totals: totals.totals,
    warnings: inCriterionOrder(warnings, rows.criteria),
    source: { sha256: source.sha256, text: source.text },
  };
}

/** The province a document names (for choosing a directory before parsing), or null. */
export async function detectProvince(fileName: string, bytes: Uint8Array): Promise<string | null> {
  const source = await readSource(fileName, bytes);
  return readPlanMeta(source.table.preamble).province;
}

function withOverrides(meta: PlanMeta, overrides: Partial<PlanMeta> | undefined): PlanMeta {
  const defined = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined && v !== null);
  return { ...meta, ...Object.fromEntries(defined) };
}

function checkProvince(meta: PlanMeta, wanted: string) {
  const key = (name: string) => exactKey(name.replace(/^\s*(tỉnh|thành phố)\s+/iu, ""));
  if (meta.province && key(meta.province) !== key(wanted)) {
    throw new PlanImportError("PROVINCE_MISMATCH", errorMessages.provinceMismatch(meta.province, wanted));
  }
}

// Warnings follow the criteria (numeric code order), document-wide ones last; ties keep their order.
export function inCriterionOrder(warnings: PreviewWarning[], criteria: PreviewCriterion[]): PreviewWarning[] {
  const known = new Set(criteria.map((c) => c.code));
  const rank = (w: PreviewWarning) =>
    w.criterionCode && known.has(w.criterionCode) ? sortKeyOf(w.criterionCode) : "~";
  return warnings
    .map((w, i) => ({ w, i, key: rank(w) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map(({ w }) => w);
}
