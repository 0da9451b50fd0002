import { OverviewRows, type OverviewRowView } from "@/components/overview/OverviewRows";
import { Table, Th } from "@/components/ui/Table";
import { cycleQuery } from "@/lib/cycles/param";
import type { OverviewRow } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { applicableTasks, percentDone } from "@/lib/overview/rows";
import { TASK_STATUSES } from "@/lib/tasks/schema";
import { STATUS_LABELS } from "@/lib/tasks/strings";

/** Only what a row shows (the loader's row also carries the dashboard's point-bearing counts and the kind). */
function rowView(r: OverviewRow, cycle: string | null): OverviewRowView {
  return {
    key: r.agencyId ?? "unassigned",
    name: r.name,
    href: r.agencyId ? `/co-quan/${r.agencyId}${cycleQuery(cycle)}` : null,
    active: r.active,
    total: r.total,
    overdue: r.overdue,
    accepted: r.counts.ACCEPTED,
    applicable: applicableTasks(r),
    percent: r.total === 0 ? 0 : percentDone(r),
    counts: r.counts,
    lastUpdatedAt: r.lastUpdatedAt,
    successor: r.successor ?? null,
    predecessors: r.predecessors ?? [],
  };
}

/**
 * One row per agency; the name opens its board. The key numbers (total, overdue, done) come first and the name
 * column stays in view, so a phone shows what matters before any sideways scrolling.
 */
/** `cycle`: the cycle shown (the cycle picker's); each agency's board opens in the same cycle. */
export function OverviewTable({ rows, cycle = null }: { rows: OverviewRow[]; cycle?: string | null }) {
  return (
    <Table
      caption={t.title}
      testId="overview-table"
      className="min-w-[60rem]"
      headClassName="align-bottom"
      head={
        <>
          <Th className="sticky left-0 bg-white">{t.agency}</Th>
          <Th numeric>{t.total}</Th>
          <Th numeric>{t.overdue}</Th>
          <Th>{t.done}</Th>
          {TASK_STATUSES.map((s) => (
            <Th key={s} numeric>
              {STATUS_LABELS[s]}
            </Th>
          ))}
          <Th>{t.lastUpdate}</Th>
        </>
      }
    >
      <OverviewRows rows={rows.map((r) => rowView(r, cycle))} statuses={TASK_STATUSES} />
    </Table>
  );
}
