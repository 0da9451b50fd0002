import "server-only";
// Score reads. Lost points are computed by Postgres (numeric, exact) as standard − assessed; nothing derived
// is stored. Decimals leave here as canonical strings ("0.996", "7.31": trim_scale drops numeric(6,3)'s padding)
// so they cross the server/client boundary unchanged.
import { db } from "@/lib/db";
import type { CriterionRow, ScoreTotals } from "./types";

export type { CriterionRow, ScoreTotals };

/** Every criterion scored in an assessment, in code order, with its lost points. One query. */
export async function loadCriterionRows(assessmentId: string): Promise<CriterionRow[]> {
  return db.$queryRaw<CriterionRow[]>`
    select c.id, c.code, c.title, c.level::text as level, p.code as "parentCode",
           trim_scale(c."standardPoints")::text as standard, trim_scale(s."assessedPoints")::text as assessed,
           trim_scale(c."standardPoints" - s."assessedPoints")::text as lost
    from "CriterionScore" s
    join "Criterion" c on c.id = s."criterionId"
    left join "Criterion" p on p.id = c."parentId"
    where s."assessmentId" = ${assessmentId}
    order by c."sortKey"`;
}

/** Σ lost over the fields and the score it leaves out of the framework's maximum. One query. */
export async function loadScoreTotals(assessmentId: string): Promise<ScoreTotals> {
  const rows = await db.$queryRaw<ScoreTotals[]>`
    select trim_scale(f."maxPoints")::text as max,
           trim_scale(coalesce(sum(c."standardPoints" - s."assessedPoints"), 0))::text as lost,
           trim_scale(f."maxPoints" - coalesce(sum(c."standardPoints" - s."assessedPoints"), 0))::text as score
    from "Assessment" a
    join "Framework" f on f.id = a."frameworkId"
    left join "CriterionScore" s on s."assessmentId" = a.id
    left join "Criterion" c on c.id = s."criterionId" and c.level = 'FIELD'
    where a.id = ${assessmentId}
    group by f."maxPoints"`;
  const totals = rows[0];
  if (!totals) throw new Error(`Không tìm thấy kết quả đánh giá có khung chỉ số: ${assessmentId}`);
  return totals;
}
