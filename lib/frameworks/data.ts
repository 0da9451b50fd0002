import "server-only";
// Reads of frameworks: the national ones (every signed-in user) and the caller's own partial lists; never
// another province's partial list.
import { hasAction, NO_PROVINCE } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canonicalDecimal } from "@/lib/plans/import/numbers";

export type FrameworkSummary = {
  id: string;
  year: number;
  title: string;
  decisionNumber: string | null;
  maxPoints: string;
  partial: boolean;
  criteria: number;
};

export type FrameworkCriterionRow = {
  id: string;
  code: string;
  title: string;
  level: "FIELD" | "CRITERION" | "SUBCRITERION";
  maxPoints: string;
  survey: boolean;
};

/** Which frameworks the user may read: national ones, plus their own province's partial lists. */
function visibleTo(user: SessionUser) {
  if (!hasAction(user.role, "framework.read")) return { id: "__none__" };
  if (user.provinceId === NO_PROVINCE) return { provinceId: null };
  return { OR: [{ provinceId: null }, { provinceId: user.provinceId }] };
}

export async function loadFrameworks(user: SessionUser): Promise<FrameworkSummary[]> {
  const rows = await db.framework.findMany({
    where: visibleTo(user),
    orderBy: [{ year: "desc" }, { partial: "asc" }],
    include: { _count: { select: { criteria: true } } },
  });
  return rows.map((f) => ({
    id: f.id,
    year: f.year,
    title: f.title,
    decisionNumber: f.decisionNumber,
    maxPoints: canonicalDecimal(f.maxPoints.toString()),
    partial: f.partial,
    criteria: f._count.criteria,
  }));
}

/** The framework the user sees for a year: the national one, else their province's partial list. */
export async function loadFrameworkOfYear(user: SessionUser, year: number) {
  const visible = await db.framework.findMany({
    where: { AND: [visibleTo(user), { year }] },
    orderBy: { partial: "asc" },
  });
  const framework = visible[0];
  if (!framework) return null;
  const criteria = await db.criterion.findMany({ where: { frameworkId: framework.id }, orderBy: { sortKey: "asc" } });
  return {
    id: framework.id,
    year: framework.year,
    title: framework.title,
    decisionNumber: framework.decisionNumber,
    partial: framework.partial,
    maxPoints: canonicalDecimal(framework.maxPoints.toString()),
    criteria: criteria.map(
      (c): FrameworkCriterionRow => ({
        id: c.id,
        code: c.code,
        title: c.title,
        level: c.level,
        maxPoints: canonicalDecimal(c.standardPoints.toString()),
        survey: c.survey,
      }),
    ),
  };
}
