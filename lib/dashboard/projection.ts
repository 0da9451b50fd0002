// The projected score: what the published score would become if the plan's work won its points back. An item's
// lost points are shared equally among its lead tasks, and each task wins its share back according to one of
// three rules, shown side by side so nobody reads a hope as a result:
//   accepted  — only work Sở Nội vụ has accepted counts (in full);
//   submitted — accepted work and work reported done, waiting for review, counts in full;
//   progress  — every task counts at its reported progress (accepted and submitted work is at 100 %).
// A task moved to "đang thực hiện" at 0 % adds nothing under any rule. A projection, never a published figure.
import { Dec, dsum, ZERO } from "@/lib/decimal";
import type { PointsItem } from "./items";
import type { ItemTasks } from "./progress";
import type { Scenario } from "./scenarios";

export type ScenarioResult = {
  /** Σ won back over the items, before the cap */
  gain: string;
  /** min(max, published + gain) */
  projected: string;
  capped: boolean;
};

export type ItemGain = { item: PointsItem; gains: Record<Scenario, Dec> };

export type Projection = {
  published: string;
  max: string;
  scenarios: Record<Scenario, ScenarioResult>;
  /** per item, what each rule wins back */
  items: ItemGain[];
};

/** The share of an item's points its lead tasks have won back under each rule (0 with no lead task). */
export function wonShare(tasks: ItemTasks | undefined): Record<Scenario, Dec> {
  if (!tasks || tasks.total === 0) return { accepted: ZERO, submitted: ZERO, progress: ZERO };
  const total = new Dec(tasks.total);
  return {
    accepted: new Dec(tasks.statuses.ACCEPTED).div(total),
    submitted: new Dec(tasks.statuses.ACCEPTED + tasks.statuses.SUBMITTED).div(total),
    progress: new Dec(tasks.progress).div(total.times(100)),
  };
}

export function projectScore(
  published: string,
  max: string,
  items: readonly PointsItem[],
  tasks: ReadonlyMap<string, ItemTasks>,
): Projection {
  const gains: ItemGain[] = items.map((item) => {
    const share = wonShare(tasks.get(item.code));
    const lost = new Dec(item.lost);
    return {
      item,
      gains: {
        accepted: lost.times(share.accepted),
        submitted: lost.times(share.submitted),
        progress: lost.times(share.progress),
      },
    };
  });
  const result = (scenario: Scenario): ScenarioResult => {
    const gain = dsum(gains.map((g) => g.gains[scenario]));
    const raw = new Dec(published).plus(gain);
    const capped = raw.gt(max);
    return { gain: gain.toString(), projected: (capped ? new Dec(max) : raw).toString(), capped };
  };
  return {
    published,
    max,
    scenarios: { accepted: result("accepted"), submitted: result("submitted"), progress: result("progress") },
    items: gains,
  };
}

export type ProjectedRank = { rank: number; rankOf: number; peers: number } | null;

/**
 * 1 + the number of OTHER provinces of the same year with a higher published score; null when no other
 * province's score has been entered (a rank among nobody means nothing). Equal scores share the rank.
 */
export function projectRank(projected: string, peerScores: readonly string[]): ProjectedRank {
  if (peerScores.length === 0) return null;
  const higher = peerScores.filter((s) => new Dec(s).gt(projected)).length;
  return { rank: higher + 1, rankOf: peerScores.length + 1, peers: peerScores.length };
}
