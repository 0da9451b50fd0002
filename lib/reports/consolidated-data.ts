// Reads behind the consolidated report: the plan with its calendar and measures, and each agency's report
// state for a period. Scoped by province in every WHERE. No "server-only" (the export command uses them).
import type { PlanChoice } from "@/lib/dashboard/data";
import { db } from "@/lib/db";
import { CONSOLIDATED_ERRORS, ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import type { ReportStatusValue } from "@/lib/reports/consolidated-types";
import type { ReportSnapshot } from "@/lib/reports/types";

/** The dashboard's plan header (number, issue date, the assessment it answers) with what a report adds. */
export type ReportPlan = PlanChoice & {
  title: string;
  periods: { id: string; key: string; startsOn: string; endsOn: string; dueOn: string }[];
  measures: {
    id: string;
    position: number;
    text: string;
    timeframe: string;
    criterionCode: string;
    criterionTitle: string;
    fieldTitle: string | null;
    fieldStandard: string | null;
  }[];
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The province's plan `planId`, else its latest (by assessment year, then issue date). */
export async function loadReportPlan(provinceId: string, planId?: string): Promise<ReportPlan> {
  const province = await db.province.findUnique({ where: { id: provinceId }, select: { id: true, name: true } });
  if (!province) throw new ConsolidatedReportError("PROVINCE_NOT_FOUND", CONSOLIDATED_ERRORS.PROVINCE_NOT_FOUND);
  const plan = await db.plan.findFirst({
    where: { provinceId, ...(planId ? { id: planId } : {}) },
    orderBy: [{ assessment: { year: "desc" } }, { issuedOn: "desc" }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      issuedOn: true,
      title: true,
      assessmentId: true,
      assessment: {
        select: { year: true, totalScore: true, rank: true, rankOf: true, framework: { select: { maxPoints: true } } },
      },
      periods: { select: { id: true, key: true, startsOn: true, endsOn: true, dueOn: true } },
    },
  });
  if (!plan) throw new ConsolidatedReportError("PLAN_NOT_FOUND", CONSOLIDATED_ERRORS.PLAN_NOT_FOUND);
  const measures = await db.$queryRaw<ReportPlan["measures"]>`
    SELECT m.id, m.position, m.text, m."timeframeText" AS timeframe, c.code AS "criterionCode", c.title AS "criterionTitle",
           f.title AS "fieldTitle", trim_scale(f."standardPoints")::text AS "fieldStandard"
    FROM "Measure" m
    JOIN "Criterion" c ON c.id = m."criterionId"
    LEFT JOIN "Criterion" f ON f."frameworkId" = c."frameworkId" AND f.level = 'FIELD' AND f.code = split_part(c.code, '.', 1)
    WHERE m."planId" = ${plan.id}
    ORDER BY c."sortKey", m.position`;
  const a = plan.assessment;
  return {
    id: plan.id,
    provinceId,
    provinceName: province.name,
    number: plan.number,
    issuedOn: iso(plan.issuedOn),
    title: plan.title,
    assessmentId: plan.assessmentId,
    year: a.year,
    totalScore: a.totalScore.toString(),
    rank: a.rank,
    rankOf: a.rankOf,
    max: a.framework ? a.framework.maxPoints.toString() : null,
    periods: plan.periods.map((p) => ({
      id: p.id,
      key: p.key,
      startsOn: iso(p.startsOn),
      endsOn: iso(p.endsOn),
      dueOn: iso(p.dueOn),
    })),
    measures,
  };
}

export type PeriodReportRow = {
  agencyId: string;
  agencyName: string;
  /** on the period's list of agencies that must report */
  expected: boolean;
  reportId: string | null;
  status: ReportStatusValue | null;
  /** the latest submitted version, texts as frozen */
  latest: { number: number; submittedAt: string; results: string; difficulties: string; proposals: string } | null;
};

/** Every agency asked to report for the period, and any other that wrote a report anyway, by name. */
export async function loadPeriodReports(periodId: string): Promise<PeriodReportRow[]> {
  const [asked, reports] = await Promise.all([
    db.reportingPeriodAgency.findMany({
      where: { periodId },
      select: { agency: { select: { id: true, name: true } } },
    }),
    db.agencyReport.findMany({
      where: { periodId },
      select: {
        id: true,
        status: true,
        agency: { select: { id: true, name: true } },
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, submittedAt: true, snapshot: true } },
      },
    }),
  ]);
  const rows = new Map<string, PeriodReportRow>();
  for (const { agency } of asked)
    rows.set(agency.id, {
      agencyId: agency.id,
      agencyName: agency.name,
      expected: true,
      reportId: null,
      status: null,
      latest: null,
    });
  for (const r of reports) {
    const v = r.versions[0];
    const texts = v ? (v.snapshot as unknown as ReportSnapshot).texts : null;
    rows.set(r.agency.id, {
      agencyId: r.agency.id,
      agencyName: r.agency.name,
      expected: rows.has(r.agency.id),
      reportId: r.id,
      status: r.status,
      latest:
        v && texts
          ? {
              number: v.number,
              submittedAt: v.submittedAt.toISOString(),
              results: texts.results,
              difficulties: texts.difficulties,
              proposals: texts.proposals,
            }
          : null,
    });
  }
  return [...rows.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi"));
}
