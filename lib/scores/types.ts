// Score shapes shared by server reads and pure (client-safe) maths. Decimals are canonical strings ("0.996").

import type { CriterionLevel } from "@/lib/criteria/codes";

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
