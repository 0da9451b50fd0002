// The province's published result for the index year (with per-criterion scores) and, when the plan
// restates it, the previous year's headline — which never overwrites a fuller assessment.
import type { Tx } from "@/lib/db";
import type { Headline, PlanPreview } from "./types";

type AssessmentInput = {
  provinceId: string;
  frameworkId: string;
  year: number;
  preview: PlanPreview;
  source: string;
  criterionIds: Map<string, string>;
  /** leave the stored scores (a plan drafted from the published result they are) */
  keepScores?: boolean;
};

export async function saveAssessment(tx: Tx, input: AssessmentInput): Promise<string> {
  const { provinceId, frameworkId, year, preview, source } = input;
  if (input.keepScores) {
    const kept = await tx.assessment.findUnique({
      where: { provinceId_year: { provinceId, year } },
      select: { id: true },
    });
    if (kept) return kept.id;
  }
  // The published figure wins over our sum: it is what the Ministry announced (a mismatch is a warning).
  const { rank, rankOf } = preview.meta;
  const data = { frameworkId, totalScore: preview.meta.score ?? preview.totals.score, rank, rankOf, source };
  const assessment = await tx.assessment.upsert({
    where: { provinceId_year: { provinceId, year } },
    create: { provinceId, year, ...data },
    update: data,
    select: { id: true },
  });
  // The scores are this document's: replace them wholesale (nothing references a score row).
  await tx.criterionScore.deleteMany({ where: { assessmentId: assessment.id } });
  await tx.criterionScore.createMany({
    data: preview.criteria.map((c) => ({
      assessmentId: assessment.id,
      criterionId: input.criterionIds.get(c.code) ?? "",
      assessedPoints: c.assessed,
    })),
  });
  return assessment.id;
}

export async function savePreviousHeadline(tx: Tx, provinceId: string, previous: Headline | null, source: string) {
  if (!previous) return;
  const where = { provinceId_year: { provinceId, year: previous.year } };
  const found = await tx.assessment.findUnique({ where, select: { id: true, frameworkId: true } });
  const data = { totalScore: previous.score, rank: previous.rank, rankOf: previous.rankOf, source };
  if (!found) await tx.assessment.create({ data: { provinceId, year: previous.year, frameworkId: null, ...data } });
  else if (!found.frameworkId) await tx.assessment.update({ where: { id: found.id }, data });
}
