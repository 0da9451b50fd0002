import "server-only";
// Self-score vs appraised vs published, per self-scored criterion, and which criteria the previous plan
// remediated won points back. Year-over-year goes through the code mapping between the two frameworks
// (CriterionMapping rows; none means "same code"); a criterion the mapping drops or that the new framework
// lacks is reported as not comparable rather than guessed.
import Decimal from "decimal.js";
import { hasAction } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canonicalDecimal } from "@/lib/plans/import/numbers";

const dec = (v: { toString(): string } | null | undefined): string | null =>
  v === null || v === undefined ? null : canonicalDecimal(v.toString());

export type ComparisonRow = {
  code: string;
  title: string;
  maxPoints: string;
  proposed: string | null;
  accepted: string | null;
  published: string | null;
  /** appraised − published: above zero the province over-estimated itself */
  gap: string | null;
};
export type RemediationRow = {
  code: string;
  title: string;
  lostBefore: string;
  lostNow: string | null;
  won: string | null;
  mappedTo: string[];
};

export async function loadComparison(user: SessionUser, year: number) {
  if (!hasAction(user.role, "selfassessment.read")) return null;
  const self = await db.selfAssessment.findUnique({
    where: { provinceId_year: { provinceId: user.provinceId, year } },
  });
  const published = await db.assessment.findUnique({
    where: { provinceId_year: { provinceId: user.provinceId, year } },
    include: { scores: true },
  });
  if (!self && !published) return null;
  const publishedBy = new Map((published?.scores ?? []).map((s) => [s.criterionId, s.assessedPoints]));
  const scores = self
    ? await db.selfScore.findMany({
        where: { selfAssessmentId: self.id },
        include: { criterion: true },
        orderBy: { criterion: { sortKey: "asc" } },
      })
    : [];
  const rows = scores.map((s): ComparisonRow => {
    const pub = dec(publishedBy.get(s.criterionId));
    const accepted = dec(s.acceptedPoints);
    return {
      code: s.criterion.code,
      title: s.criterion.title,
      maxPoints: canonicalDecimal(s.criterion.standardPoints.toString()),
      proposed: dec(s.proposedPoints),
      accepted,
      published: pub,
      gap: pub !== null && accepted !== null ? canonicalDecimal(new Decimal(accepted).minus(pub)) : null,
    };
  });
  const sum = (pick: (r: ComparisonRow) => string | null) =>
    canonicalDecimal(rows.reduce((acc, r) => acc.plus(pick(r) ?? 0), new Decimal(0)));
  return {
    year,
    published: published
      ? {
          totalScore: canonicalDecimal(published.totalScore.toString()),
          rank: published.rank,
          rankOf: published.rankOf,
        }
      : null,
    rows,
    totals: { proposed: sum((r) => r.proposed), accepted: sum((r) => r.accepted), published: sum((r) => r.published) },
    remediation: published?.frameworkId
      ? await loadRemediation(user.provinceId, year, published.frameworkId, publishedBy)
      : [],
  };
}

async function loadRemediation(
  provinceId: string,
  year: number,
  frameworkId: string,
  publishedBy: Map<string, { toString(): string }>,
): Promise<RemediationRow[]> {
  const before = await db.assessment.findUnique({
    where: { provinceId_year: { provinceId, year: year - 1 } },
    include: { scores: { include: { criterion: true } } },
  });
  if (!before?.frameworkId) return [];
  const measures = await db.measure.findMany({
    where: { plan: { provinceId, assessmentId: before.id } },
    select: { criterionId: true },
  });
  const remediated = new Set(measures.map((m) => m.criterionId));
  const [now, mappings] = await Promise.all([
    db.criterion.findMany({ where: { frameworkId }, select: { id: true, code: true, standardPoints: true } }),
    db.criterionMapping.findMany({ where: { fromFrameworkId: before.frameworkId, toFrameworkId: frameworkId } }),
  ]);
  const nowByCode = new Map(now.map((c) => [c.code, c]));
  return before.scores
    .filter((s) => remediated.has(s.criterionId))
    .sort((a, b) => (a.criterion.sortKey < b.criterion.sortKey ? -1 : 1))
    .map((s): RemediationRow => {
      const lostBefore = new Decimal(s.criterion.standardPoints.toString()).minus(s.assessedPoints.toString());
      const explicit = mappings.filter((m) => m.fromCode === s.criterion.code);
      const targets =
        explicit.length > 0 ? explicit.map((m) => m.toCode).filter((c): c is string => c !== null) : [s.criterion.code];
      const found = targets.map((code) => nowByCode.get(code)).filter((c) => c !== undefined);
      const allPublished =
        found.length > 0 && found.length === targets.length && found.every((c) => publishedBy.has(c.id));
      const lostNow = allPublished
        ? found.reduce(
            (acc, c) => acc.plus(c.standardPoints.toString()).minus(publishedBy.get(c.id)?.toString() ?? 0),
            new Decimal(0),
          )
        : null;
      return {
        code: s.criterion.code,
        title: s.criterion.title,
        lostBefore: canonicalDecimal(lostBefore),
        mappedTo: targets,
        lostNow: lostNow ? canonicalDecimal(lostNow) : null,
        won: lostNow ? canonicalDecimal(lostBefore.minus(lostNow)) : null,
      };
    });
}
