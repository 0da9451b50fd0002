// The projected score: what the published score would have been had every item whose lead tasks are all in
// hand (IN_PROGRESS, SUBMITTED or ACCEPTED) been won back in full. A projection, never a published figure.
import { Dec, dsum } from "./decimal";
import type { PointsItem } from "./items";
import type { ItemTasks } from "./progress";
import { TASK_STATUSES } from "@/lib/tasks/schema";
import { PROJECTED_STATUSES } from "./status";

export type Projection = {
  published: string;
  max: string;
  /** Σ lost of the counted items */
  gain: string;
  /** min(max, published + gain) */
  projected: string;
  capped: boolean;
  counted: PointsItem[];
  /** items left out: some lead task not started or returned, or no lead task at all */
  notCounted: PointsItem[];
};

export function itemIsInHand(tasks: ItemTasks | undefined): boolean {
  if (!tasks || tasks.total === 0) return false;
  const inHand = TASK_STATUSES.filter((s) => PROJECTED_STATUSES.has(s)).reduce((n, s) => n + tasks.statuses[s], 0);
  return inHand === tasks.total;
}

export function projectScore(
  published: string,
  max: string,
  items: readonly PointsItem[],
  tasks: ReadonlyMap<string, ItemTasks>,
): Projection {
  const counted = items.filter((i) => itemIsInHand(tasks.get(i.code)));
  const notCounted = items.filter((i) => !itemIsInHand(tasks.get(i.code)));
  const gain = dsum(counted.map((i) => i.lost));
  const raw = new Dec(published).plus(gain);
  const capped = raw.gt(max);
  return {
    published,
    max,
    gain: gain.toString(),
    projected: (capped ? new Dec(max) : raw).toString(),
    capped,
    counted,
    notCounted,
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
