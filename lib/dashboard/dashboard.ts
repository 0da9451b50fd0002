import "server-only";
import { loadCycleOptions } from "@/lib/cycles/options";
import { type CycleOption, parseCycleParam } from "@/lib/cycles/param";
import { provinceTodayIso } from "@/lib/format";
import { loadOverview } from "@/lib/overview/data";
import { type AggregateCache, aggregateCache } from "@/lib/server/aggregate-cache";
import {
  type DashboardScope,
  loadAgencyLineage,
  loadPeerScores,
  loadPlanChoices,
  loadScoreRows,
  loadTaskCounts,
  loadYearRows,
  type PlanChoice,
} from "./data";
import { type DashboardData, type DashboardViews, startDashboardViews } from "./views";
import type { ViewContext } from "./views-scores";

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

/** The datasets, and every figure the cards show computed from them (lib/dashboard/views.ts). */
export type DashboardLoads = DashboardData & { views: DashboardViews };

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
 * since it was computed, and the views computed from them (cached the same way). A rejection is still seen by
 * whoever awaits it.
 */
export function startDashboardLoads(
  scope: DashboardScope,
  resolved: Pick<ResolvedDashboard, "choice" | "ctx" | "cycle" | "cache">,
  today: string,
): DashboardLoads {
  const { choice, ctx, cycle, cache } = resolved;
  const data = {
    rows: cache.get(["dashboard.rows", choice.assessmentId], () => loadScoreRows(choice)),
    tasks: cache.get(["dashboard.tasks", choice.id, today, cycle], () => loadTaskCounts(choice, today, cycle)),
    peers: cache.get(["dashboard.peers", choice.year], () => loadPeerScores(scope, choice.year)),
    years: cache.get(["dashboard.years"], () => loadYearRows(scope)),
    overview: cache.get(["overview", choice.id, today, cycle], () => loadOverview(scope, choice.id, today, cycle)),
    lineage: cache.get(["dashboard.lineage"], () => loadAgencyLineage(scope)),
  };
  // Mark them handled so a card that is never rendered cannot raise an unhandled rejection.
  for (const p of Object.values(data)) (p as Promise<unknown>).catch(() => undefined);
  const key = [choice.id, choice.assessmentId, ctx.fieldCode, ctx.merge, today, cycle];
  return { ...data, views: startDashboardViews(cache, key, data, ctx, cycle) };
}

/** Every chart of the dashboard as plain data, from the same queries the page runs. */
export async function loadDashboard(scope: DashboardScope, request: DashboardRequest, today = provinceTodayIso()) {
  const resolved = await resolveDashboard(scope, request);
  if (!resolved) return null;
  const { ctx } = resolved;
  const { views } = startDashboardLoads(scope, resolved, today);
  const [headline, remediation, fields, pareto, agencies, progress, projection, years, behind] = await Promise.all([
    views.headline,
    views.remediation,
    views.fields,
    views.pareto,
    views.agencies,
    views.progress,
    views.projection,
    views.years,
    views.behind,
  ]);
  return {
    ctx,
    headline,
    remediation,
    fields,
    pareto: pareto.view,
    agencies: agencies.view,
    progress,
    projection: projection.view,
    years,
    behind,
  };
}
