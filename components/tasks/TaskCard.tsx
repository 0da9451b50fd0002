import Link from "next/link";
import {
  HeadWaitingBadge,
  NewBadge,
  OverdueBadge,
  ProgressBar,
  ReturnedBadge,
  StatusBadge,
  SupportBadge,
} from "@/components/tasks/StatusBadge";
import { formatDate, formatPoints, provinceDate } from "@/lib/format";
import type { TaskCard as TaskCardData } from "@/lib/tasks/board";
import { criterionLabel, RECURRENCE_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

/** A task's page; `back` (a board address with its filters) is where the page's back link returns. */
export function taskHref(id: string, back?: string): string {
  return back ? `/nhiem-vu/${id}?tu=${encodeURIComponent(back)}` : `/nhiem-vu/${id}`;
}

export function CriterionTag({ code, lostPoints }: { code: string | null; lostPoints: string | null }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2 text-xs">
      <span className="rounded bg-slate-800 px-1.5 py-0.5 font-semibold text-white">
        {code === null ? TASK_TEXT.noCriterion : code.includes(".") ? code : criterionLabel(code)}
      </span>
      {lostPoints !== null && (
        <span className="num font-semibold text-brand-700" title={TASK_TEXT.pointsAtStake}>
          −{formatPoints(lostPoints)} {TASK_TEXT.points}
        </span>
      )}
    </span>
  );
}

export function DueText({ cycleDue, overdue, recurrence }: Pick<TaskCardData, "cycleDue" | "overdue" | "recurrence">) {
  return (
    <span className={`text-xs ${overdue ? "font-semibold text-brand-700" : "text-slate-600"}`}>
      {TASK_TEXT.due}: <span className="num">{cycleDue ? formatDate(cycleDue) : TASK_TEXT.noDueDate}</span>
      {recurrence !== "NONE" && (
        <span title={RECURRENCE_LABELS[recurrence]}> · {RECURRENCE_LABELS[recurrence].toLowerCase()}</span>
      )}
    </span>
  );
}

export function TaskCard({
  card,
  showStatus = false,
  back,
}: {
  card: TaskCardData;
  showStatus?: boolean;
  back?: string;
}) {
  return (
    <article
      data-testid="task-card"
      data-task-id={card.id}
      data-role={card.role}
      className={`rounded-md border bg-white p-3 shadow-sm ${card.overdue ? "border-brand-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-1">
        <CriterionTag code={card.criterionCode} lostPoints={card.lostPoints} />
        <span className="flex gap-1">
          {card.isNew === true && card.status !== "RETURNED" && <NewBadge />}
          {card.status === "RETURNED" && <ReturnedBadge unread={card.returnedUnread === true} />}
          {card.awaitingHead === true && <HeadWaitingBadge />}
          {card.role === "support" && <SupportBadge />}
          {card.overdue && <OverdueBadge />}
        </span>
      </div>
      <h3 className="mt-2 text-sm font-medium leading-snug">
        <Link
          href={taskHref(card.id, back)}
          className="line-clamp-3 text-slate-900 hover:text-blue-800 hover:underline"
        >
          {card.title}
        </Link>
      </h3>
      {card.role === "support" && card.agencyName && (
        <p className="mt-1 text-xs text-slate-600">
          {TASK_TEXT.lead}: {card.agencyName}
        </p>
      )}
      {card.responsibleName && (
        <p className="mt-1 text-xs text-slate-700" data-testid="card-responsible">
          {TASK_TEXT.responsible}: {card.responsibleName}
        </p>
      )}
      {card.status === "RETURNED" && card.returnReason && (
        <p
          className="mt-1 line-clamp-3 rounded bg-brand-50 px-2 py-1 text-xs text-brand-800"
          data-testid="return-reason"
        >
          {TASK_TEXT.returnReason}: {card.returnReason}
        </p>
      )}
      {showStatus && (
        <div className="mt-2">
          <StatusBadge status={card.status} />
        </div>
      )}
      <div className="mt-2 space-y-1">
        <DueText cycleDue={card.cycleDue} overdue={card.overdue} recurrence={card.recurrence} />
        <ProgressBar value={card.progress} label={TASK_TEXT.progress} />
        <p className="text-xs text-slate-600">
          {card.lastUpdateAt
            ? `${TASK_TEXT.lastUpdate}: ${formatDate(provinceDate(card.lastUpdateAt))} · ${card.lastUpdateBy ?? ""}`
            : TASK_TEXT.noUpdate}
        </p>
      </div>
    </article>
  );
}
