// What the upload form shows after «Kiểm tra» or «Nhập»: plain data the server action returns.
import type { PlanPreview } from "@/lib/plans/import";
import type { MutationResult } from "@/lib/server/mutation";

export type PlanUploadState =
  | { kind: "idle" }
  | { kind: "error"; message: string; fieldErrors: Record<string, string[]> }
  | {
      kind: "preview";
      number: string | null;
      issuedOn: string | null;
      indexYear: number | null;
      counts: { criteria: number; measures: number };
      totals: { lost: string; score: string };
      warnings: { criterionCode: string | null; message: string }[];
    }
  | { kind: "imported"; planId: string; created: boolean; counts: { criteria: number; measures: number; warnings: number }; tasks: { created: number; unassigned: number } };

type Imported = { planId: string; created: boolean; counts: { criteria: number; measures: number; warnings: number }; tasks: { created: number; unassigned: number } };

export function toUploadState(intent: "preview", result: MutationResult<PlanPreview>): PlanUploadState;
export function toUploadState(intent: "import", result: MutationResult<Imported>): PlanUploadState;
export function toUploadState(intent: "preview" | "import", result: MutationResult<PlanPreview | Imported>): PlanUploadState {
  if (!result.ok) return { kind: "error", message: result.message, fieldErrors: result.fieldErrors ?? {} };
  if (intent === "import") return { kind: "imported", ...(result.data as Imported) };
  const preview = result.data as PlanPreview;
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
