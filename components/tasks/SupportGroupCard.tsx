import { StatusBadge, SupportBadge } from "@/components/tasks/StatusBadge";
import { CriterionTag, DueText, taskHref } from "@/components/tasks/TaskCard";
import { Link } from "@/components/ui/Link";
import type { SupportGroupView } from "@/lib/tasks/board-view";
import { TASK_TEXT } from "@/lib/tasks/strings";

/** One supporting duty led by many agencies: one card with the count, the lead agencies behind a disclosure. */
export function SupportGroupCard({ group, back }: { group: SupportGroupView; back: string }) {
  const { sample, members } = group;
  return (
    <article
      data-testid="support-group"
      data-count={members.length}
      className="rounded-md border border-violet-200 bg-white p-3 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-1">
        <CriterionTag code={sample.criterionCode} lostPoints={sample.lostPoints} />
        <SupportBadge />
      </div>
      <h3 className="mt-2 line-clamp-3 text-sm font-medium leading-snug text-slate-900">{sample.title}</h3>
      <p className="mt-1 text-xs text-slate-700">{TASK_TEXT.groupLeads(members.length, group.overdue)}</p>
      <div className="mt-1">
        <DueText cycleDue={sample.cycleDue} overdue={false} recurrence={sample.recurrence} />
      </div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-blue-800">{TASK_TEXT.groupShow(members.length)}</summary>
        <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-1">
              <Link href={taskHref(m.id, back)} className="text-blue-800 underline-offset-2 hover:underline">
                {m.agencyName ?? TASK_TEXT.unassigned}
              </Link>
              <StatusBadge status={m.status} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
