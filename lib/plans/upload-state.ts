// What the upload form shows after «Kiểm tra» or «Nhập»: the house form state, its data plain values the
// server action returns (a preview of the file, or what the import wrote).
import type { PlanPreview } from "@/lib/plans/import";
import type { FormState } from "@/lib/server/form-state";
import type { MutationResult } from "@/lib/server/mutation";

type Counts = { criteria: number; measures: number };
export type PlanImported = {
  planId: string;
  created: boolean;
  counts: Counts & { warnings: number };
  tasks: { created: number; unassigned: number };
};
export type PlanUploadResult =
  | {
      kind: "preview";
      number: string | null;
      issuedOn: string | null;
      indexYear: number | null;
      counts: Counts;
      totals: { lost: string; score: string };
      warnings: { criterionCode: string | null; message: string }[];
    }
  | ({ kind: "imported" } & PlanImported);

export type PlanUploadState = FormState<PlanUploadResult>;

function previewOf(preview: PlanPreview): PlanUploadResult {
  return {
    kind: "preview",
    number: preview.meta.number,
    issuedOn: preview.meta.issuedOn,
    indexYear: preview.meta.indexYear,
    counts: { criteria: preview.criteria.length, measures: preview.measures.length },
    totals: { lost: preview.totals.lost, score: preview.totals.score },
    warnings: preview.warnings.map((w) => ({ criterionCode: w.criterionCode, message: w.message })),
  };
}

export function toUploadState(intent: "preview", result: MutationResult<PlanPreview>): PlanUploadState;
export function toUploadState(intent: "import", result: MutationResult<PlanImported>): PlanUploadState;
export function toUploadState(
  intent: "preview" | "import",
  result: MutationResult<PlanPreview | PlanImported>,
): PlanUploadState {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {} };
  const data =
    intent === "import"
      ? { kind: "imported" as const, ...(result.data as PlanImported) }
      : previewOf(result.data as PlanPreview);
  return { status: "ok", message: "", fieldErrors: {}, data };
}
