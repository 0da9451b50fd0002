import Link from "next/link";
import { SuccessorLink } from "@/components/agencies/HistoricAgency";
import { Table, Th } from "@/components/ui/Table";
import { agencyMessages } from "@/lib/agencies/messages";
import { cycleQuery } from "@/lib/cycles/param";
import { formatInstantDate, formatShareOf } from "@/lib/format";
import type { OverviewRow } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { applicableTasks, percentDone } from "@/lib/overview/rows";
import { TASK_STATUSES } from "@/lib/tasks/schema";
import { STATUS_LABELS } from "@/lib/tasks/strings";

function Percent({ row }: { row: OverviewRow }) {
  if (row.total === 0) return <span className="text-slate-500">{t.noTasks}</span>;
  const value = percentDone(row);
  // The bar is hidden on a phone so the figure itself fits beside the name without scrolling sideways.
  return (
    <div className="flex items-center gap-2">
      <div className="hidden h-2 w-20 overflow-hidden rounded bg-slate-200 sm:block" aria-hidden="true">
        <div className="h-full bg-emerald-600" style={{ width: `${value}%` }} />
      </div>
      <span className="num whitespace-nowrap">{formatShareOf(row.counts.ACCEPTED, applicableTasks(row))}</span>
    </div>
  );
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
      {rows.map((r) => (
        <tr key={r.agencyId ?? "unassigned"} data-agency={r.name ?? ""}>
          <th scope="row" className="sticky left-0 max-w-[9.5rem] bg-white font-medium sm:max-w-none">
            {r.agencyId ? (
              <Link href={`/co-quan/${r.agencyId}${cycleQuery(cycle)}`} aria-label={t.boardLink(r.name ?? "")}>
                {r.name}
              </Link>
            ) : (
              <span className="italic">{t.unassigned}</span>
            )}
            {!r.active && <span className="ml-1 text-xs font-normal text-brand-700">({t.inactive})</span>}
            <SuccessorLink successor={r.successor ?? null} />
            {r.predecessors && r.predecessors.length > 0 && (
              <span className="block text-xs font-normal text-slate-600" data-testid="merged-from">
                {agencyMessages.mergedFrom(r.predecessors)}
              </span>
            )}
          </th>
          {/* cell padding, alignment and link colour come from the table's .dt rules (app/globals.css) */}
          <td className="n font-semibold">{r.total}</td>
          <td className={r.overdue ? "n font-semibold text-brand-700" : "n text-slate-500"}>{r.overdue}</td>
          <td>
            <Percent row={r} />
          </td>
          {TASK_STATUSES.map((s) => (
            <td key={s} className={r.counts[s] ? "n" : "n text-slate-500"}>
              {r.counts[s]}
            </td>
          ))}
          <td className="num">{formatInstantDate(r.lastUpdatedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}
