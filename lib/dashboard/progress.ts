// Remediation progress measured in points: each item's lost points are spread over its lead tasks' progress
// buckets in proportion to the number of tasks in each (3 of 4 tasks accepted → ¾ of its points "Đã xác
// nhận"). An item with no lead task yet counts as "Chưa thực hiện" (nothing is being done about it).
import { Dec, ZERO } from "@/lib/decimal";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import type { PointsItem } from "./items";
import { PROGRESS_BUCKETS, type ProgressBucket, progressBucket } from "./status";

/**
 * Lead tasks of one criterion by status and by whether their due date has passed; `progressSum` adds up their
 * reported progress (0–100 each; submitted and accepted work counts 100).
 */
export type StatusCount = {
  criterionCode: string;
  status: TaskStatusValue;
  pastDue: boolean;
  count: number;
  progressSum: number;
};

/** `progress`: Σ reported progress of the item's lead tasks (0–100 each), for the projection. */
export type ItemTasks = {
  total: number;
  buckets: Record<ProgressBucket, number>;
  statuses: Record<TaskStatusValue, number>;
  progress: number;
};

export function tasksByItem(
  items: readonly PointsItem[],
  counts: readonly StatusCount[],
  itemsFor: (criterionCode: string) => string[],
): Map<string, ItemTasks> {
  const out = new Map<string, ItemTasks>(items.map((i) => [i.code, emptyItemTasks()]));
  for (const row of counts) {
    for (const code of itemsFor(row.criterionCode)) {
      const tally = out.get(code);
      if (!tally) continue;
      tally.total += row.count;
      tally.buckets[progressBucket(row.status, row.pastDue)] += row.count;
      tally.statuses[row.status] += row.count;
      tally.progress += row.progressSum;
    }
  }
  return out;
}

function emptyItemTasks(): ItemTasks {
  return {
    total: 0,
    buckets: { accepted: 0, inProgress: 0, notStarted: 0, overdue: 0 },
    statuses: { NOT_STARTED: 0, IN_PROGRESS: 0, SUBMITTED: 0, ACCEPTED: 0, RETURNED: 0, NOT_APPLICABLE: 0 },
    progress: 0,
  };
}

export type ProgressRow = { key: string; lost: Dec; noTaskItems: string[] } & Record<ProgressBucket, Dec>;

/** Points by progress bucket, grouped by `groupOf(item)` (its field, or the item itself), in first-seen order. */
export function progressBy(
  items: readonly PointsItem[],
  tasks: ReadonlyMap<string, ItemTasks>,
  groupOf: (item: PointsItem) => string,
): ProgressRow[] {
  const rows = new Map<string, ProgressRow>();
  for (const item of items) {
    const key = groupOf(item);
    const row = rows.get(key) ?? newRow(key);
    rows.set(key, row);
    const lost = new Dec(item.lost);
    row.lost = row.lost.plus(lost);
    const tally = tasks.get(item.code);
    if (!tally || tally.total === 0) {
      row.notStarted = row.notStarted.plus(lost);
      row.noTaskItems.push(item.code);
      continue;
    }
    for (const bucket of PROGRESS_BUCKETS) {
      row[bucket] = row[bucket].plus(lost.times(tally.buckets[bucket]).div(tally.total));
    }
  }
  return [...rows.values()];
}

function newRow(key: string): ProgressRow {
  return { key, lost: ZERO, noTaskItems: [], accepted: ZERO, inProgress: ZERO, notStarted: ZERO, overdue: ZERO };
}
