// The stable JSON shape of `plan-import --dry-run --json`: what would be stored, nothing about where it
// came from. Decimals are canonical strings (see numbers.ts): "16.07", "0.996", "8.5", "0".
import type { PlanPreview } from "./types";

export type DryRunJson = {
  criteria: {
    code: string;
    title: string;
    level: "field" | "criterion" | "subcriterion";
    standard: string;
    assessed: string;
    lost: string;
  }[];
  measures: {
    criterionCode: string;
    text: string;
    lead: string[];
    support: string[];
    /** as written; the parsed start/end/recurrence are stored with the measure */
    timeframe: string;
  }[];
  totals: { lost: string; score: string };
  warnings: { code: string; criterionCode: string | null; message: string }[];
};

const LEVELS = { FIELD: "field", CRITERION: "criterion", SUBCRITERION: "subcriterion" } as const;

export function toDryRunJson(preview: PlanPreview): DryRunJson {
  return {
    criteria: preview.criteria.map((c) => ({
      code: c.code,
      title: c.title,
      level: LEVELS[c.level],
      standard: c.standard,
      assessed: c.assessed,
      lost: c.lost,
    })),
    measures: preview.measures.map((m) => ({
      criterionCode: m.criterionCode,
      text: m.text,
      lead: m.lead.map((n) => n.name),
      support: m.support.map((n) => n.name),
      timeframe: m.timeframe.text,
    })),
    totals: { lost: preview.totals.lost, score: preview.totals.score },
    warnings: preview.warnings.map((w) => ({ code: w.code, criterionCode: w.criterionCode, message: w.message })),
  };
}
