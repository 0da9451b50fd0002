// Points at stake by agency. An item's lost points are divided equally among the distinct agencies that lead
// at least one of its tasks (a group lead has already become one task per member agency); lead tasks not
// yet assigned to an agency count as one more share, "Chưa phân công". Nothing is counted twice, so the
// shares add up to the items' total. Exact decimals here; only the display rounds (to 0,001).
import { Dec, ZERO } from "@/lib/decimal";
import type { PointsItem } from "./items";
import type { StatusCount } from "./progress";
import { type ProgressBucket, progressBucket } from "./status";

/** Lead tasks of one criterion and one agency (null = not yet assigned) in one status. */
export type AgencyTaskCount = StatusCount & { agencyId: string | null; agencyName: string | null };

export type TaskTally = Record<ProgressBucket | "total", number>;

export type AgencyShareKind = "agency" | "unassigned" | "noTask";

export type AgencyShare = {
  key: string;
  kind: AgencyShareKind;
  agencyId: string | null;
  name: string;
  points: Dec;
  /** item code → this agency's part of it */
  parts: Map<string, Dec>;
  tasks: TaskTally;
};

export const UNASSIGNED_KEY = "~chua-phan-cong";
export const NO_TASK_KEY = "~chua-co-nhiem-vu";
export const UNASSIGNED_LABEL = "Chưa phân công";
export const NO_TASK_LABEL = "Chưa có nhiệm vụ";

export function splitByAgency(
  items: readonly PointsItem[],
  counts: readonly AgencyTaskCount[],
  itemsFor: (criterionCode: string) => string[],
): AgencyShare[] {
  const inScope = new Set(items.map((i) => i.code));
  const shares = new Map<string, AgencyShare>();
  const leadsOf = new Map<string, Set<string>>();
  for (const row of counts) {
    const served = itemsFor(row.criterionCode).filter((c) => inScope.has(c));
    if (served.length === 0) continue;
    const share = shareFor(shares, row.agencyId ? row.agencyId : UNASSIGNED_KEY, row.agencyId, row.agencyName);
    addToTally(share.tasks, row);
    for (const code of served) leadsOf.set(code, (leadsOf.get(code) ?? new Set()).add(share.key));
  }
  for (const item of items) {
    const leads = [...(leadsOf.get(item.code) ?? [])];
    if (leads.length === 0) leads.push(shareFor(shares, NO_TASK_KEY, null, null).key);
    const part = new Dec(item.lost).div(leads.length);
    for (const key of leads) {
      const share = shares.get(key);
      if (!share) continue;
      share.points = share.points.plus(part);
      share.parts.set(item.code, (share.parts.get(item.code) ?? ZERO).plus(part));
    }
  }
  return [...shares.values()].sort((a, b) => b.points.comparedTo(a.points) || a.name.localeCompare(b.name, "vi"));
}

function shareFor(
  shares: Map<string, AgencyShare>,
  key: string,
  agencyId: string | null,
  agencyName: string | null,
): AgencyShare {
  const known = shares.get(key);
  if (known) return known;
  const kind: AgencyShareKind = key === NO_TASK_KEY ? "noTask" : key === UNASSIGNED_KEY ? "unassigned" : "agency";
  const name = kind === "agency" ? (agencyName ?? "") : kind === "unassigned" ? UNASSIGNED_LABEL : NO_TASK_LABEL;
  const share: AgencyShare = { key, kind, agencyId, name, points: ZERO, parts: new Map(), tasks: emptyTally() };
  shares.set(key, share);
  return share;
}

export function emptyTally(): TaskTally {
  return { total: 0, accepted: 0, inProgress: 0, notStarted: 0, overdue: 0 };
}

export function addToTally(tally: TaskTally, row: StatusCount): void {
  tally[progressBucket(row.status, row.pastDue)] += row.count;
  tally.total += row.count;
}

export function mergeTallies(tallies: Iterable<TaskTally>): TaskTally {
  const out = emptyTally();
  for (const t of tallies) for (const k of Object.keys(out) as (keyof TaskTally)[]) out[k] += t[k];
  return out;
}
