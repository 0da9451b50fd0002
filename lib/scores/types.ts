// Score shapes shared by server reads and pure (client-safe) maths. Decimals are canonical strings ("0.996").

export type CriterionLevel = "FIELD" | "CRITERION" | "SUBCRITERION";

export type CriterionRow = {
  id: string;
  code: string;
  title: string;
  level: CriterionLevel;
  parentCode: string | null;
  standard: string;
  assessed: string;
  lost: string;
};

export type ScoreTotals = { max: string; lost: string; score: string };
