// Lists that grow with the number of agencies or criteria are cut to their first rows on the dashboard; the rest
// is folded into one exact line ("… 12 mục khác: 1,234 điểm"), so the page's weight stays bounded at national
// scale while the totals still add up. Pure (client components import the types).
import { Dec, dsum, points3 } from "@/lib/decimal";
import { SCENARIOS } from "./scenarios";
import type { AgencyView, ParetoBar, ProjectionLine } from "./types";

/** Rows a dashboard table (and the Pareto chart) shows before folding the rest. */
export const DASHBOARD_TOP = 15;

/** The Pareto's folded rows: how many, their points, and their share of the points lost. */
export type ParetoRest = { count: number; lost: string; share: string; total: string };

export function foldPareto(
  entries: readonly ParetoBar[],
  total: string,
  top = DASHBOARD_TOP,
): { entries: ParetoBar[]; rest: ParetoRest | null } {
  const shown = entries.slice(0, top);
  const hidden = entries.slice(top);
  if (hidden.length === 0) return { entries: shown, rest: null };
  const lost = dsum(hidden.map((e) => e.lost));
  const share = new Dec(total).isZero() ? new Dec(0) : lost.div(total);
  return { entries: shown, rest: { count: hidden.length, lost: lost.toString(), share: share.toString(), total } };
}

/** The agency table lists the chart's top agencies; the others are its folded bar, with their exact sums. */
export function foldAgencies(view: AgencyView): AgencyView {
  return { ...view, bars: view.bars.slice(0, view.chartTop) };
}

/** The projection's folded lines: how many, and the exact sums of their lost points, tasks and gains. */
export type ProjectionRest = { count: number; lost: string; tasks: number; gains: ProjectionLine["gains"] };

export function foldProjectionLines(
  lines: readonly ProjectionLine[],
  top = DASHBOARD_TOP,
): { lines: ProjectionLine[]; rest: ProjectionRest | null } {
  const shown = lines.slice(0, top);
  const hidden = lines.slice(top);
  if (hidden.length === 0) return { lines: shown, rest: null };
  const gains = Object.fromEntries(
    SCENARIOS.map((s) => [s, points3(dsum(hidden.map((l) => l.gains[s])))]),
  ) as ProjectionLine["gains"];
  return {
    lines: shown,
    rest: {
      count: hidden.length,
      lost: dsum(hidden.map((l) => l.lost)).toString(),
      tasks: hidden.reduce((n, l) => n + l.tasks, 0),
      gains,
    },
  };
}
