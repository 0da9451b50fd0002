// The preview the importer produces: plain, serialisable data (strings for exact decimals, ISO dates),
// shown by the upload page and saved by persist.ts.
import type { ResolvedName } from "@/lib/agencies/directory";
import type { CriterionRow } from "@/lib/scores/types";
import type { SourceRef } from "./errors";
import type { Timeframe } from "./timeframe";

export type Headline = { year: number; score: string; rank: number | null; rankOf: number | null };

export type PlanMeta = {
  number: string | null; // "6006/KH-UBND"
  issuedOn: string | null; // "2021-08-23"
  province: string | null; // "Lâm Đồng"
  title: string | null;
  appendixTitle: string | null;
  indexYear: number | null; // 2020: the year assessed
  score: string | null; // "83.93" as published
  rank: number | null;
  rankOf: number | null;
  previous: Headline | null; // 2019 as restated in the plan
  frameworkDecisionNumber: string | null; // "…/QĐ-BNV" when the document names it
};

/** A criterion of the imported table with its points, and where in the file it was read. */
export type PreviewCriterion = Omit<CriterionRow, "id"> & { at: SourceRef };

export type PreviewMeasure = {
  criterionCode: string;
  /** 1-based order among the measures of the criterion */
  position: number;
  text: string;
  lead: ResolvedName[];
  support: ResolvedName[];
  timeframe: Timeframe;
  note: string | null;
  at: SourceRef;
};

export type ImportWarningCode =
  | "LOST_MISMATCH"
  | "CHILDREN_SUM_MISMATCH"
  | "DUPLICATE_CODE"
  | "DUPLICATE_TITLE"
  | "ASSESSED_OVER_STANDARD"
  | "PARENT_MISSING"
  | "MEASURE_WITHOUT_LEAD"
  | "SCORE_MISMATCH"
  | "AGENCY_TYPO_CORRECTED"
  | "AGENCY_UNRESOLVED"
  | "AGENCY_NOT_IN_DATABASE"
  | "AGENCY_RESTRUCTURED"
  | "CRITERION_TITLE_DIFFERS"
  | "CRITERION_STANDARD_DIFFERS";

export type PreviewWarning = { code: ImportWarningCode; criterionCode: string | null; message: string };

export type PlanTotals = { maxPoints: string; lost: string; score: string };

export type SourceFormat = "text" | "csv" | "xlsx";

export type PlanPreview = {
  fileName: string;
  format: SourceFormat;
  meta: PlanMeta;
  criteria: PreviewCriterion[];
  measures: PreviewMeasure[];
  totals: PlanTotals;
  warnings: PreviewWarning[];
  source: { sha256: string; text: string };
};
