import "server-only";
// The dashboard's views (every figure a card shows), computed from the datasets once per aggregate version and
// request parameters and kept in the aggregate cache beside them: they are pure functions of those datasets, and
// recomputing them (exact decimal sums over every scored item and task, the agency split) was a large part of a
// request's time while no write had touched the province.
import type { Overview } from "@/lib/overview/data";
import type { CriterionRow } from "@/lib/scores/data";
import type { AggregateCache } from "@/lib/server/aggregate-cache";
import { behindView } from "./behind";
import type { TaskCountRow, YearRow } from "./data";
import { foldAgencies, foldPareto, foldProjectionLines } from "./fold";
import { pointsItems } from "./items";
import { fieldBars, paretoView, scoreHeadline, type ViewContext, yearView } from "./views-scores";
import { agencyView, progressView, projectionView, remediationHeadline } from "./views-tasks";

/** The dashboard's datasets, each one query (or a cached answer), started together by startDashboardLoads. */
export type DashboardData = {
  rows: Promise<CriterionRow[]>;
  tasks: Promise<TaskCountRow[]>;
  peers: Promise<string[]>;
  years: Promise<YearRow[]>;
  /** per-agency task counts with the overview's overdue rule (the "Cơ quan chậm tiến độ" card) */
  overview: Promise<Overview>;
  /** the living agency that carries an ended agency's work on (the agency split's links and ?gop=1) */
  lineage: Promise<(agencyId: string) => { id: string; name: string } | null>;
};

function compute(data: DashboardData, ctx: ViewContext, cycle: string | null) {
  const both = () => Promise.all([data.rows, data.tasks]);
  return {
    headline: async () => scoreHeadline(ctx, await data.rows, await data.years),
    remediation: async () => remediationHeadline(...(await both())),
    fields: async () => fieldBars(ctx, await data.rows),
    pareto: async () => {
      const view = paretoView(ctx, await data.rows);
      return { view, folded: foldPareto(view.entries, view.total) };
    },
    years: async () => yearView(await data.years, ctx.fieldCode),
    agencies: async () => {
      const [rows, tasks, lineage] = await Promise.all([data.rows, data.tasks, data.lineage]);
      const view = agencyView(ctx, rows, tasks, lineage);
      return { view, folded: foldAgencies(view) };
    },
    progress: async () => progressView(ctx, ...(await both())),
    projection: async () => {
      const [rows, tasks, peers] = await Promise.all([data.rows, data.tasks, data.peers]);
      const view = projectionView(ctx, rows, tasks, peers);
      return { view, folded: foldProjectionLines([...view.counted, ...view.notCounted]) };
    },
    behind: async () => behindView(await data.overview, cycle),
    standIns: async () => pointsItems(await data.rows).standIns,
  };
}

type Computers = ReturnType<typeof compute>;
/** Each view as a promise; shared between requests, so never mutated by whoever reads it. */
export type DashboardViews = { [K in keyof Computers]: ReturnType<Computers[K]> };

/**
 * Starts every view. `key` holds every request parameter a view depends on besides the datasets' own keys (the
 * plan, its assessment, the field filter, ?gop=1, today and the cycle), so one key never stands for two results.
 */
export function startDashboardViews(
  cache: AggregateCache,
  key: readonly unknown[],
  data: DashboardData,
  ctx: ViewContext,
  cycle: string | null,
): DashboardViews {
  const computers = compute(data, ctx, cycle);
  const views = Object.fromEntries(
    Object.entries(computers).map(([name, run]) => [
      name,
      cache.get<unknown>(["dashboard.view", name, ...key], run as () => Promise<unknown>),
    ]),
  ) as unknown as DashboardViews;
  // Marked handled so a view that is never awaited cannot raise an unhandled rejection.
  for (const p of Object.values(views)) (p as Promise<unknown>).catch(() => undefined);
  return views;
}
