// Chart data that joins points with the plan's tasks: points at stake by agency, progress, projection. Pure.

import { Dec, dsum, points3, ZERO } from "@/lib/decimal";
import { type LineageShare, mergeIntoSuccessors, withSuccessors } from "./agency-lineage";
import {
  type AgencyShare,
  type AgencyTaskCount,
  addToTally,
  emptyTally,
  mergeTallies,
  splitByAgency,
} from "./agency-split";
import { itemResolver, itemsOfField, type PointsItem, pointsItems, type ScoreRow } from "./items";
import { type ItemTasks, type ProgressRow, progressBy, tasksByItem } from "./progress";
import { projectRank, projectScore } from "./projection";
import { SCENARIOS } from "./scenarios";
import type {
  AgencyBar,
  AgencyView,
  ItemLine,
  ProgressBar,
  ProgressView,
  ProjectionLine,
  ProjectionView,
  RemediationHeadline,
} from "./types";
import { agencyHref, criterionHref, type ViewContext } from "./views-scores";

/** How many agencies the chart draws before folding the rest into one bar. */
export const AGENCY_CHART_TOP = 15;

function scopedItems(rows: readonly ScoreRow[], fieldCode: string | null) {
  const all = pointsItems(rows).items;
  return { all, items: itemsOfField(all, fieldCode), itemsFor: itemResolver(all) };
}

/**
 * `current` (lib/agencies/at-the-time): the living agency carrying an ended agency's work on; with ctx.merge
 * (?gop=1) predecessors' shares are added into it, else each keeps its line with a link to it.
 */
export function agencyView(
  ctx: ViewContext,
  rows: readonly ScoreRow[],
  counts: readonly AgencyTaskCount[],
  current: (agencyId: string) => { id: string; name: string } | null = () => null,
): AgencyView {
  const { items, itemsFor } = scopedItems(rows, ctx.fieldCode);
  const split = splitByAgency(items, counts, itemsFor);
  const shares = ctx.merge ? mergeIntoSuccessors(split, current) : withSuccessors(split, current);
  const bars = shares.map(toAgencyBar);
  const rest = shares.slice(AGENCY_CHART_TOP);
  return {
    total: dsum(items.map((i) => i.lost)).toString(),
    roundedSum: dsum(bars.map((b) => b.points)).toString(),
    bars,
    chartTop: Math.min(AGENCY_CHART_TOP, bars.length),
    others: rest.length === 0 ? null : othersBar(rest),
    othersCount: rest.length,
  };
}

function toAgencyBar(share: LineageShare): AgencyBar {
  return {
    successor: share.successor,
    predecessors: share.predecessors,
    key: share.key,
    kind: share.kind,
    name: share.name,
    points: points3(share.points),
    href: share.agencyId ? agencyHref(share.agencyId) : null,
    items: share.parts.size,
    tasks: share.tasks,
  };
}

function othersBar(rest: AgencyShare[]): AgencyBar {
  return {
    key: "~khac",
    kind: "agency",
    name: `${rest.length} cơ quan khác`,
    points: points3(dsum(rest.map((s) => s.points))),
    href: null,
    successor: null,
    predecessors: [],
    items: 0,
    tasks: mergeTallies(rest.map((s) => s.tasks)),
  };
}

export function progressView(
  ctx: ViewContext,
  rows: readonly ScoreRow[],
  counts: readonly AgencyTaskCount[],
): ProgressView {
  const { all, items, itemsFor } = scopedItems(rows, ctx.fieldCode);
  const tasks = tasksByItem(all, counts, itemsFor);
  const titles = new Map(rows.map((r) => [r.code, r.title]));
  const groupedBy = ctx.fieldCode ? "item" : "field";
  const groups = progressBy(items, tasks, (i) => (groupedBy === "item" ? i.code : i.fieldCode));
  const bars = groups.map((g) => toProgressBar(g, titles.get(g.key) ?? g.key, criterionHref(g.key, ctx.planId)));
  const [total] = progressBy(items, tasks, () => "total");
  return { groupedBy, bars, total: toProgressBar(total ?? emptyRow(), "Tổng", "") };
}

function emptyRow(): ProgressRow {
  return {
    key: "total",
    lost: ZERO,
    accepted: ZERO,
    inProgress: ZERO,
    notStarted: ZERO,
    overdue: ZERO,
    noTaskItems: [],
  };
}

function toProgressBar(row: ProgressRow, label: string, href: string): ProgressBar {
  return {
    key: row.key,
    label,
    href,
    lost: row.lost.toString(),
    accepted: points3(row.accepted),
    inProgress: points3(row.inProgress),
    notStarted: points3(row.notStarted),
    overdue: points3(row.overdue),
    noTaskItems: row.noTaskItems,
  };
}

/** Headline remediation figures over the whole plan (never field-filtered). */
export function remediationHeadline(
  rows: readonly ScoreRow[],
  counts: readonly AgencyTaskCount[],
): RemediationHeadline {
  const { all, itemsFor } = scopedItems(rows, null);
  const [total] = progressBy(all, tasksByItem(all, counts, itemsFor), () => "total");
  const tasks = emptyTally();
  for (const row of counts) if (itemsFor(row.criterionCode).length > 0) addToTally(tasks, row);
  const row = total ?? emptyRow();
  return {
    lost: row.lost.toString(),
    accepted: points3(row.accepted),
    inProgress: points3(row.inProgress),
    overdue: points3(row.overdue),
    tasks,
  };
}

export function projectionView(
  ctx: ViewContext,
  rows: readonly ScoreRow[],
  counts: readonly AgencyTaskCount[],
  peerScores: readonly string[],
): ProjectionView {
  const { all, itemsFor } = scopedItems(rows, null);
  const tasks = tasksByItem(all, counts, itemsFor);
  const max = ctx.max ?? "100";
  const p = projectScore(ctx.published, max, all, tasks);
  const scenarios = SCENARIOS.map((scenario) => {
    const r = p.scenarios[scenario];
    const projected = points3(new Dec(r.projected));
    return {
      scenario,
      gain: points3(new Dec(projected).minus(p.published)),
      projected,
      capped: r.capped,
      rank: projectRank(projected, peerScores),
    };
  });
  const main = scenarios.find((s) => s.scenario === "progress")!;
  const lines = p.items.map(({ item, gains }) => ({
    ...itemLine(ctx, item, tasks.get(item.code)),
    gains: {
      accepted: points3(gains.accepted),
      submitted: points3(gains.submitted),
      progress: points3(gains.progress),
    },
  }));
  const wins = (l: ProjectionLine) => new Dec(l.gains.progress).gt(0);
  return {
    year: ctx.year,
    published: p.published,
    max,
    gain: main.gain, // after the cap
    projected: main.projected,
    capped: main.capped,
    publishedLost: new Dec(max).minus(p.published).toString(),
    remaining: new Dec(max).minus(main.projected).toString(),
    publishedRank: ctx.rank,
    publishedRankOf: ctx.rankOf,
    rank: main.rank,
    scenarios,
    counted: lines.filter(wins),
    notCounted: lines.filter((l) => !wins(l)),
  };
}

function itemLine(ctx: ViewContext, item: PointsItem, tasks: ItemTasks | undefined): ItemLine {
  return {
    code: item.code,
    title: item.title,
    lost: item.lost,
    tasks: tasks?.total ?? 0,
    href: criterionHref(item.code, ctx.planId),
  };
}
