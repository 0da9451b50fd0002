import "server-only";
// What the published-result form shows: the year's framework as the province sees it, with what is stored.
import { hasAction } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { provincesRankedIn } from "@/lib/frameworks/years";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { FORBIDDEN, NOT_FOUND } from "@/lib/server/loaded";

/** Refused without "selfassessment.manage"; not found when the year has no framework the province sees. */
export async function loadPublishedResultForm(user: SessionUser, year: number) {
  if (!hasAction(user.role, "selfassessment.manage")) return FORBIDDEN;
  const frameworks = await db.framework.findMany({
    where: { year, OR: [{ provinceId: null }, { provinceId: user.provinceId }] },
    orderBy: { partial: "asc" },
  });
  const framework = frameworks[0];
  if (!framework) return NOT_FOUND;
  const [criteria, assessment] = await Promise.all([
    db.criterion.findMany({ where: { frameworkId: framework.id }, orderBy: { sortKey: "asc" } }),
    db.assessment.findUnique({
      where: { provinceId_year: { provinceId: user.provinceId, year } },
      include: { scores: true },
    }),
  ]);
  const stored = new Map(
    (assessment?.scores ?? []).map((s) => [s.criterionId, canonicalDecimal(s.assessedPoints.toString())]),
  );
  const data = {
    year,
    rankOf: provincesRankedIn(year),
    totalScore: assessment ? canonicalDecimal(assessment.totalScore.toString()) : "",
    rank: assessment?.rank ?? null,
    rows: criteria.map((c) => ({
      code: c.code,
      title: c.title,
      level: c.level,
      maxPoints: canonicalDecimal(c.standardPoints.toString()),
      value: stored.get(c.id) ?? "",
    })),
  };
  return { status: "ok" as const, data };
}
