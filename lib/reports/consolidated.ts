// The consolidated report (issue #9 §3): everything Sở Nội vụ sends UBND tỉnh for one period, as data
// (lib/reports/consolidated-types.ts). Exports and pages render it; nothing here formats for display.
// No "server-only": `npm run report:export` (tsx) calls it. The caller checks who may read it (report.overview).

import { fieldCodeOf } from "@/lib/criteria/codes";
import type { AgencyTaskCount } from "@/lib/dashboard/agency-split";
import { itemResolver, pointsItems } from "@/lib/dashboard/items";
import { progressBy, tasksByItem } from "@/lib/dashboard/progress";
import { remediationHeadline } from "@/lib/dashboard/views-tasks";
import { dsum } from "@/lib/decimal";
import { provinceTodayIso } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import {
  loadPeriodReports,
  loadReportPlan,
  type PeriodReportRow,
  type ReportPlan,
} from "@/lib/reports/consolidated-data";
import { CONSOLIDATED_ERRORS, ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import type {
  ConsolidatedField,
  ConsolidatedReport,
  ConsolidatedSummary,
  MissingAgency,
  RaisedDifficulty,
  ReportState,
  ScoreGapRow,
} from "@/lib/reports/consolidated-types";
import { isIn, isLate, reportState } from "@/lib/reports/state";
import { loadReportTaskRows, type ReportTaskRow } from "@/lib/reports/task-rows";
import { type CriterionRow, loadCriterionRows } from "@/lib/scores/data";
import { TASK_STATUSES } from "@/lib/tasks/schema";

export type ConsolidatedOptions = { planId?: string; now?: Date };

/**
 * The province's consolidated report for `periodKey` ("2026-07", "2026-Q3", "2026-H1", "2026") of its latest
 * plan (or `planId`). Throws ConsolidatedReportError (Vietnamese message) for a malformed key, an unknown
 * province, a province without plan, or a period missing from the plan's calendar.
 */
export async function loadConsolidatedReport(
  provinceId: string,
  periodKey: string,
  options: ConsolidatedOptions = {},
): Promise<ConsolidatedReport> {
  const parsed = parsePeriodKey(periodKey);
  if (!parsed) throw new ConsolidatedReportError("BAD_PERIOD_KEY", CONSOLIDATED_ERRORS.BAD_PERIOD_KEY);
  const plan = await loadReportPlan(provinceId, options.planId);
  const period = plan.periods.find((p) => p.key === parsed.key);
  if (!period) throw new ConsolidatedReportError("PERIOD_NOT_FOUND", CONSOLIDATED_ERRORS.PERIOD_NOT_FOUND(parsed.key));
  const today = provinceTodayIso(options.now ?? new Date());
  const asOf = today < period.endsOn ? today : period.endsOn;
  const [scores, tasks, reports] = await Promise.all([
    loadCriterionRows(plan.assessmentId),
    loadReportTaskRows({ provinceId, planId: plan.id, startsOn: period.startsOn, endsOn: period.endsOn, asOf }),
    loadPeriodReports(period.id),
  ]);
  const measureTasks = tasks.filter((t) => t.measureId !== null);
  const states = new Map(reports.map((r) => [r.agencyId, r]));
  return {
    province: { id: plan.provinceId, name: plan.provinceName },
    plan: { id: plan.id, number: plan.number, issuedOn: plan.issuedOn, title: plan.title },
    period: {
      key: parsed.key,
      kind: parsed.kind,
      label: periodLabel(parsed),
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      dueOn: period.dueOn,
    },
    asOf,
    generatedAt: (options.now ?? new Date()).toISOString(),
    summary: summary(plan, scores, measureTasks, reports, period.dueOn, today),
    fields: fields(plan, scores, measureTasks, states),
    missingAgencies: missing(reports, period.dueOn, today),
    difficulties: difficulties(reports),
    scoreGap: scoreGap(scores, measureTasks),
  };
}

/** As the dashboard counts it (lib/dashboard/data.ts): submitted and accepted work at 100, the rest at its progress. */
function progressCredit(t: ReportTaskRow): number {
  return t.status === "SUBMITTED" || t.status === "ACCEPTED" ? 100 : t.progress;
}

/** The dashboard's own attribution of lost points to tasks (lib/dashboard), fed with the period's cycles. */
function countsOf(tasks: readonly ReportTaskRow[]): AgencyTaskCount[] {
  return tasks.flatMap((t) =>
    t.criterionCode
      ? [
          {
            criterionCode: t.criterionCode,
            agencyId: t.agencyId,
            agencyName: t.agencyName,
            status: t.status,
            pastDue: t.overdue,
            count: 1,
            progressSum: progressCredit(t),
          },
        ]
      : [],
  );
}

function summary(
  plan: ReportPlan,
  scores: CriterionRow[],
  tasks: ReportTaskRow[],
  reports: PeriodReportRow[],
  dueOn: string,
  today: string,
): ConsolidatedSummary {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as ConsolidatedSummary["tasks"]["byStatus"];
  for (const t of tasks) byStatus[t.status] += 1;
  const headline = remediationHeadline(scores, countsOf(tasks));
  const reportCounts = { expected: 0, late: 0, accepted: 0, submitted: 0, returned: 0, draft: 0, not_started: 0 };
  for (const r of reports.filter((r) => r.expected)) {
    const state = reportState(r.status);
    reportCounts.expected += 1;
    reportCounts[state] += 1;
    if (isLate(state, dueOn, today)) reportCounts.late += 1;
  }
  return {
    tasks: { total: tasks.length, byStatus, overdue: tasks.filter((t) => t.overdue).length },
    points: {
      total: headline.lost,
      wonBack: headline.accepted,
      inProgress: headline.inProgress,
      notStarted: notStartedOf(scores, tasks),
      overdue: headline.overdue,
      atStake: dsum([headline.lost]).minus(headline.accepted).toDecimalPlaces(3).toString(),
    },
    score: { year: plan.year, published: plan.totalScore, max: plan.max, rank: plan.rank, rankOf: plan.rankOf },
    reports: reportCounts,
  };
}

function notStartedOf(scores: CriterionRow[], tasks: ReportTaskRow[]): string {
  const items = pointsItems(scores).items;
  const [total] = progressBy(items, tasksByItem(items, countsOf(tasks), itemResolver(items)), () => "total");
  return total ? total.notStarted.toDecimalPlaces(3).toString() : "0";
}

function fields(
  plan: ReportPlan,
  scores: CriterionRow[],
  tasks: ReportTaskRow[],
  states: Map<string, PeriodReportRow>,
): ConsolidatedField[] {
  const score = new Map(scores.map((s) => [s.code, s]));
  const byMeasure = new Map<string, ReportTaskRow[]>();
  for (const t of tasks) byMeasure.set(t.measureId ?? "", [...(byMeasure.get(t.measureId ?? "") ?? []), t]);
  const out = new Map<string, ConsolidatedField>();
  for (const m of plan.measures) {
    const fieldCode = fieldCodeOf(m.criterionCode);
    const fieldScore = score.get(fieldCode);
    const field = out.get(fieldCode) ?? {
      code: fieldCode,
      title: fieldScore?.title ?? m.fieldTitle ?? fieldCode,
      standard: fieldScore?.standard ?? m.fieldStandard ?? "0",
      assessed: fieldScore?.assessed ?? null,
      lost: fieldScore?.lost ?? null,
      criteria: [],
    };
    out.set(fieldCode, field);
    let criterion = field.criteria.find((c) => c.code === m.criterionCode);
    if (!criterion) {
      criterion = {
        code: m.criterionCode,
        title: m.criterionTitle,
        lost: score.get(m.criterionCode)?.lost ?? null,
        measures: [],
      };
      field.criteria.push(criterion);
    }
    criterion.measures.push({
      id: m.id,
      position: m.position,
      text: m.text,
      timeframe: m.timeframe,
      agencies: (byMeasure.get(m.id) ?? []).map((t) => {
        const report = t.agencyId ? states.get(t.agencyId) : undefined;
        const state = report ? reportState(report.status) : null;
        return {
          taskId: t.taskId,
          agencyId: t.agencyId,
          agencyName: t.agencyName ?? "Chưa phân công",
          cycleKey: t.cycleKey,
          status: t.status,
          progress: t.progress,
          dueOn: t.dueOn,
          overdue: t.overdue,
          changes: t.changes.flatMap((c) => (c.note ? [c.note] : [])),
          evidenceAdded: t.evidenceAdded,
          reportState: state,
          reportedResults: report?.latest && state && isIn(state) ? report.latest.results : null,
        };
      }),
    });
  }
  return [...out.values()];
}

function missing(reports: PeriodReportRow[], dueOn: string, today: string): MissingAgency[] {
  return reports
    .filter((r) => r.expected && !isIn(reportState(r.status)))
    .map((r) => {
      const state: ReportState = reportState(r.status);
      return { agencyId: r.agencyId, name: r.agencyName, state, late: isLate(state, dueOn, today) };
    });
}

function difficulties(reports: PeriodReportRow[]): RaisedDifficulty[] {
  return reports.flatMap((r) =>
    r.latest && r.status && r.status !== "DRAFT" && (r.latest.difficulties.trim() || r.latest.proposals.trim())
      ? [
          {
            agencyId: r.agencyId,
            agencyName: r.agencyName,
            reportId: r.reportId ?? "",
            version: r.latest.number,
            submittedAt: r.latest.submittedAt,
            status: r.status,
            difficulties: r.latest.difficulties,
            proposals: r.latest.proposals,
          },
        ]
      : [],
  );
}

function scoreGap(scores: CriterionRow[], tasks: ReportTaskRow[]): ScoreGapRow[] {
  const items = pointsItems(scores).items;
  const rows = progressBy(items, tasksByItem(items, countsOf(tasks), itemResolver(items)), (i) => i.fieldCode);
  const byField = new Map(rows.map((r) => [r.key, r]));
  return scores
    .filter((s) => s.parentCode === null)
    .map((f) => {
      const row = byField.get(f.code);
      const wonBack = row ? row.accepted.toDecimalPlaces(3).toString() : "0";
      return {
        code: f.code,
        title: f.title,
        standard: f.standard,
        assessed: f.assessed,
        lost: f.lost,
        wonBack,
        atStake: dsum([f.lost]).minus(wonBack).toDecimalPlaces(3).toString(),
      };
    });
}
