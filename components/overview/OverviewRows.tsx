"use client";
import { MergedFrom, SuccessorLink } from "@/components/agencies/HistoricAgency";
// The overview's rows, drawn from compact props: each agency's figures travel once in the RSC payload instead of
// as the element tree of a dozen styled cells (a page of 50 agencies was 108 KB of payload beside 52 KB of
// markup). No state; the rows are the same HTML before and after hydration.
import { Link } from "@/components/ui/Link";
import { formatInstantDate, formatShareOf } from "@/lib/format";
import { overviewText as t } from "@/lib/overview/labels";
import type { TaskStatusValue } from "@/lib/tasks/schema";

/** What a row shows; `href` already carries the cycle. */
export type OverviewRowView = {
  key: string;
  name: string | null;
  href: string | null;
  active: boolean;
  total: number;
  overdue: number;
  /** ACCEPTED and the tasks that still apply (NOT_APPLICABLE left out): the share done */
  accepted: number;
  applicable: number;
  percent: number;
  counts: Record<TaskStatusValue, number>;
  lastUpdatedAt: Date | null;
  successor: { id: string; name: string } | null;
  predecessors: string[];
};

function Percent({ row }: { row: OverviewRowView }) {
  if (row.total === 0) return <span className="text-slate-500">{t.noTasks}</span>;
  // The bar is the figure's own ::before (.share, app/globals.css), drawn from the sm breakpoint up: on a phone the
  // figure alone fits beside the name without scrolling sideways.
  return (
    <span className="share" style={{ "--w": `${row.percent}%` } as React.CSSProperties}>
      {formatShareOf(row.accepted, row.applicable)}
    </span>
  );
}

/** `statuses`: the status columns in the header's order. */
export function OverviewRows({ rows, statuses }: { rows: OverviewRowView[]; statuses: readonly TaskStatusValue[] }) {
  return rows.map((r) => (
    <tr key={r.key} data-agency={r.name ?? ""}>
      <th scope="row" className="ov-h">
        {r.href ? (
          <Link href={r.href} aria-label={t.boardLink(r.name ?? "")}>
            {r.name}
          </Link>
        ) : (
          <span className="italic">{t.unassigned}</span>
        )}
        {!r.active && <span className="ml-1 text-xs font-normal text-brand-700">({t.inactive})</span>}
        <SuccessorLink successor={r.successor} />
        <MergedFrom names={r.predecessors} className="text-slate-600" />
      </th>
      {/* cell padding, alignment and link colour come from the table's .dt rules (app/globals.css) */}
      <td className="n font-semibold">{r.total}</td>
      <td className={r.overdue ? "n font-semibold text-brand-700" : "n text-slate-500"}>{r.overdue}</td>
      <td>
        <Percent row={r} />
      </td>
      {statuses.map((s) => (
        <td key={s} className={r.counts[s] ? "n" : "n text-slate-500"}>
          {r.counts[s]}
        </td>
      ))}
      <td className="num">{formatInstantDate(r.lastUpdatedAt)}</td>
    </tr>
  ));
}
