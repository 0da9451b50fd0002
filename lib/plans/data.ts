import "server-only";
// Plan reads, always scoped to the caller's province (CONTRIBUTING.md §4).
import { db } from "@/lib/db";
import { type AppendixLayout, appendixPage } from "@/lib/plans/appendix";
import { type CriterionRow, loadCriterionRows, loadScoreTotals, type ScoreTotals } from "@/lib/scores/data";
import { type Loaded, NOT_FOUND } from "@/lib/server/loaded";

export type PlanScope = { provinceId: string };

export type AssignmentView = {
  role: "LEAD" | "SUPPORT";
  label: string;
  name: string | null;
  kind: "agency" | "group" | null;
};
export type MeasureView = {
  id: string;
  criterionCode: string;
  text: string;
  timeframeText: string;
  lead: AssignmentView[];
  support: AssignmentView[];
};

export type PlanOverview = {
  plan: { id: string; number: string; issuedOn: Date; title: string; provinceName: string };
  assessment: { year: number; totalScore: string; rank: number | null; rankOf: number | null };
  previous: { year: number; totalScore: string; rank: number | null; rankOf: number | null } | null;
  totals: ScoreTotals;
  criteria: CriterionRow[];
  /** one page of the appendix: its criteria and their measures only; `measureCount` is the whole plan's */
  appendix: AppendixLayout & { measures: MeasureView[]; measureCount: number };
  warnings: { code: string; criterionCode: string | null; message: string }[];
};

export async function loadLatestPlanId(scope: PlanScope): Promise<string | null> {
  const plan = await db.plan.findFirst({
    where: { provinceId: scope.provinceId },
    orderBy: { issuedOn: "desc" },
    select: { id: true },
  });
  return plan?.id ?? null;
}

/** The plan at a glance and page `page` of its appendix (clamped to the pages there are). */
export async function loadPlanOverview(scope: PlanScope, planId: string, page = 1): Promise<Loaded<PlanOverview>> {
  const plan = await db.plan.findFirst({
    where: { id: planId, provinceId: scope.provinceId },
    include: { province: true, assessment: true, warnings: { orderBy: { id: "asc" } } },
  });
  if (!plan) return NOT_FOUND;
  const [previous, totals, criteria, counts] = await Promise.all([
    db.assessment.findFirst({
      where: { provinceId: scope.provinceId, year: { lt: plan.assessment.year } },
      orderBy: { year: "desc" },
    }),
    loadScoreTotals(plan.assessmentId),
    loadCriterionRows(plan.assessmentId),
    db.$queryRaw<{ code: string; measures: number }[]>`
      select c.code, count(*)::int as measures from "Measure" m join "Criterion" c on c.id = m."criterionId"
      where m."planId" = ${plan.id} group by c.code`,
  ]);
  const measureCounts = new Map(counts.map((c) => [c.code, c.measures]));
  const layout = appendixPage(criteria, measureCounts, page);
  const measures = await loadMeasures(
    plan.id,
    layout.rows.map((r) => r.code),
  );
  const overview = {
    plan: {
      id: plan.id,
      number: plan.number,
      issuedOn: plan.issuedOn,
      title: plan.title,
      provinceName: plan.province.name,
    },
    assessment: headline(plan.assessment),
    previous: previous ? headline(previous) : null,
    totals,
    criteria,
    appendix: { ...layout, measures, measureCount: counts.reduce((n, c) => n + c.measures, 0) },
    warnings: plan.warnings.map((w) => ({ code: w.code, criterionCode: w.criterionCode, message: w.message })),
  };
  return { status: "ok", data: overview };
}

function headline(a: { year: number; totalScore: { toString(): string }; rank: number | null; rankOf: number | null }) {
  return { year: a.year, totalScore: a.totalScore.toString(), rank: a.rank, rankOf: a.rankOf };
}

/** The plan's measures of the given criterion codes (one page of the appendix; counted by code too). */
async function loadMeasures(planId: string, codes: string[]): Promise<MeasureView[]> {
  const measures = await db.measure.findMany({
    where: { planId, criterion: { code: { in: codes } } },
    orderBy: [{ criterion: { sortKey: "asc" } }, { position: "asc" }],
    include: {
      criterion: { select: { code: true } },
      assignments: { orderBy: { position: "asc" }, include: { agency: true, group: true } },
    },
  });
  return measures.map((m) => {
    const views: (AssignmentView & { role: "LEAD" | "SUPPORT" })[] = m.assignments.map((a) => ({
      role: a.role,
      label: a.label,
      name: a.agency?.name ?? a.group?.name ?? null,
      kind: a.agency ? "agency" : a.group ? "group" : null,
    }));
    return {
      id: m.id,
      criterionCode: m.criterion.code,
      text: m.text,
      timeframeText: m.timeframeText,
      lead: views.filter((v) => v.role === "LEAD"),
      support: views.filter((v) => v.role === "SUPPORT"),
    };
  });
}
