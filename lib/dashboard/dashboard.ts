import "server-only";
import { loadCycleOptions } from "@/lib/cycles/options";
import { type CycleOption, parseCycleParam } from "@/lib/cycles/param";
import { provinceTodayIso } from "@/lib/format";
import { loadOverview, type Overview } from "@/lib/overview/data";
// The dashboard's page load: resolve the plan from the filters, start every dataset's one query at once
// (the cards await what they need, each behind its own skeleton), and — for tests and the benchmark — the
// whole dashboard as plain data.
import type { CriterionRow } from "@/lib/scores/data";
import { type AggregateCache, aggregateCache } from "@/lib/server/aggregate-cache";
import { behindView } from "./behind";
import {
  type DashboardScope,
  loadAgencyLineage,
  loadPeerScores,
  loadPlanChoices,
  loadScoreRows,
  loadTaskCounts,
  loadYearRows,
  type PlanChoice,
  type TaskCountRow,
  type YearRow,
} from "./data";
import { fieldBars, paretoView, scoreHeadline, type ViewContext, yearView } from "./views-scores";
import { agencyView, progressView, projectionView, remediationHeadline } from "./views-tasks";

/** `cycle`: the raw `chu-ky` value of the cycle picker (a cycle the plan's tasks never had → the current one). */
export type DashboardRequest = {
  planId?: string | null;
  fieldCode?: string | null;
  cycle?: string | string[] | null;
  /** "Gộp theo cơ cấu hiện tại" (?gop=1) */
  merge?: boolean;
};

export type ResolvedDashboard = {
  choices: PlanChoice[];
  choice: PlanChoice;
  ctx: ViewContext;
  /** the plan's cycles for the picker, and the one the task figures are read in (null: the current cycle) */
  cycles: CycleOption[];
  cycle: string | null;
  /** the request's view of the aggregate cache (the province's data version is read once, by resolveDashboard) */
  cache: AggregateCache;
};

export type DashboardLoads = {
  rows: Promise<CriterionRow[]>;
  tasks: Promise<TaskCountRow[]>;
  peers: Promise<string[]>;
  years: Promise<YearRow[]>;
  /** per-agency task counts with the overview's overdue rule (the "Cơ quan chậm tiến độ" card) */
  overview: Promise<Overview>;
  /** the living agency that carries an ended agency's work on (the agency split's links and ?gop=1) */
  lineage: Promise<(agencyId: string) => { id: string; name: string } | null>;
};

const FIELD_CODE = /^\d{1,2}$/;

/** The plan asked for (if it is the province's), else the latest; null when the province has no plan. */
export async function resolveDashboard(
  scope: DashboardScope,
  request: DashboardRequest,
): Promise<ResolvedDashboard | null> {
  const cache = await aggregateCache(scope.provinceId);
  const choices = await cache.get(["dashboard.plans"], () => loadPlanChoices(scope));
  const choice = choices.find((c) => c.id === request.planId) ?? choices[0];
  if (!choice) return null;
  const fieldCode = request.fieldCode && FIELD_CODE.test(request.fieldCode) ? request.fieldCode : null;
  const ctx: ViewContext = {
    planId: choice.id,
    provinceName: choice.provinceName,
    planNumber: choice.number,
    planIssuedOn: choice.issuedOn,
    year: choice.year,
    published: choice.totalScore,
    max: choice.max,
    rank: choice.rank,
    rankOf: choice.rankOf,
    fieldCode,
    merge: request.merge === true,
  };
  const cycles = await cache.get(["cycles", choice.id], () =>
    loadCycleOptions({ provinceId: scope.provinceId, planId: choice.id }),
  );
  const cycle = parseCycleParam(request.cycle ?? undefined, cycles);
  return { choices, choice, ctx, cycles, cycle, cache };
}

/**
 * Starts the dataset queries together, each answered from the aggregate cache when no write touched the province
 * since it was computed. A rejection is still seen by whoever awaits it.
 */
export function startDashboardLoads(
  scope: DashboardScope,
  resolved: Pick<ResolvedDashboard, "choice" | "cycle" | "cache">,
  today: string,
): DashboardLoads {
  const { choice, cycle, cache } = resolved;
  const loads: DashboardLoads = {
    rows: cache.get(["dashboard.rows", choice.assessmentId], () => loadScoreRows(choice)),
    tasks: cache.get(["dashboard.tasks", choice.id, today, cycle], () => loadTaskCounts(choice, today, cycle)),
    peers: cache.get(["dashboard.peers", choice.year], () => loadPeerScores(scope, choice.year)),
    years: cache.get(["dashboard.years"], () => loadYearRows(scope)),
    overview: cache.get(["overview", choice.id, today, cycle], () => loadOverview(scope, choice.id, today, cycle)),
    // not cached: restructuring events are not among the tables that move the aggregate version
    lineage: loadAgencyLineage(scope),
  };
  // Mark them handled so a card that is never rendered cannot raise an unhandled rejection.
  for (const p of Object.values(loads)) (p as Promise<unknown>).catch(() => undefined);
  return loads;
}

/** Every chart of the dashboard as plain data, from the same queries the page runs. */
export async function loadDashboard(scope: DashboardScope, request: DashboardRequest, today = provinceTodayIso()) {
  const resolved = await resolveDashboard(scope, request);
  if (!resolved) return null;
  const { ctx } = resolved;
  const loads = startDashboardLoads(scope, resolved, today);
  const [rows, tasks, peers, years, overview, lineage] = await Promise.all([
    loads.rows,
    loads.tasks,
    loads.peers,
    loads.years,
    loads.overview,
    loads.lineage,
  ]);
  return {
    ctx,
    headline: scoreHeadline(ctx, rows, years),
    remediation: remediationHeadline(rows, tasks),
    fields: fieldBars(ctx, rows),
    pareto: paretoView(ctx, rows),
    agencies: agencyView(ctx, rows, tasks, lineage),
    progress: progressView(ctx, rows, tasks),
    projection: projectionView(ctx, rows, tasks, peers),
    years: yearView(years, ctx.fieldCode),
    behind: behindView(overview, resolved.cycle),
  };
}
