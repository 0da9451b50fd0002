import {
  HeadWaitingBadge,
  NewBadge,
  OverdueBadge,
  ProgressBar,
  ReturnedBadge,
  StatusBadge,
  SupportBadge,
} from "@/components/tasks/StatusBadge";
import { Link } from "@/components/ui/Link";
import { formatDate, formatPoints, provinceDate } from "@/lib/format";
import type { TaskCard as TaskCardData } from "@/lib/tasks/board";
import type { CardView } from "@/lib/tasks/board-view";
import { criterionLabel, RECURRENCE_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

/** A task's page; `back` (a board address with its filters) is where the page's back link returns. */
export function taskHref(id: string, back?: string): string {
  return back ? `/nhiem-vu/${id}?tu=${encodeURIComponent(back)}` : `/nhiem-vu/${id}`;
}

export function CriterionTag({ code, lostPoints }: { code: string | null; lostPoints: string | null }) {
  return (
    <span className="ctag">
      <span className="ctag-c">
        {code === null ? TASK_TEXT.noCriterion : code.includes(".") ? code : criterionLabel(code)}
      </span>
      {lostPoints !== null && (
        <span className="num ctag-p" title={TASK_TEXT.pointsAtStake}>
          {`−${formatPoints(lostPoints)} ${TASK_TEXT.points}`}
        </span>
      )}
    </span>
  );
}

export function DueText({ cycleDue, overdue, recurrence }: Pick<TaskCardData, "cycleDue" | "overdue" | "recurrence">) {
  return (
    <span className={`text-xs ${overdue ? "font-semibold text-brand-700" : "text-slate-600"}`}>
      {`${TASK_TEXT.due}: `}
      <span className="num">{cycleDue ? formatDate(cycleDue) : TASK_TEXT.noDueDate}</span>
      {recurrence !== "NONE" && ` · ${RECURRENCE_LABELS[recurrence].toLowerCase()}`}
    </span>
  );
}

/** ?gop=1: the task of an agency a restructuring ended, named as it was (its work goes on with this board's). */
export function FormerAgency({ name }: { name: string }) {
  return (
    <p className="text-xs font-medium text-slate-700" data-testid="card-former-agency">
      {TASK_TEXT.formerAgency(name)}
    </p>
  );
}

/** A board card; its look is the `.tc` rules in app/globals.css (a board repeats it dozens of times). */
export function TaskCard({ card, showStatus = false, back }: { card: CardView; showStatus?: boolean; back?: string }) {
  const isNew = card.isNew === true && card.status !== "RETURNED";
  const support = card.role === "support";
  // most cards carry no badge: then no empty wrapper either (a board renders every element twice: HTML and hydration)
  const badged = isNew || card.status === "RETURNED" || card.awaitingHead === true || support || card.overdue;
  return (
    <article
      data-testid="task-card"
      data-task-id={card.id}
      data-role={card.role}
      className={card.overdue ? "tc od" : "tc"}
    >
      <div className="tc-top">
        <CriterionTag code={card.criterionCode} lostPoints={card.lostPoints} />
        {badged && (
          <span className="flex gap-1">
            {isNew && <NewBadge />}
            {card.status === "RETURNED" && <ReturnedBadge unread={card.returnedUnread === true} />}
            {card.awaitingHead === true && <HeadWaitingBadge />}
            {support && <SupportBadge />}
            {card.overdue && <OverdueBadge />}
          </span>
        )}
      </div>
      <h3>
        <Link href={taskHref(card.id, back)}>{card.title}</Link>
      </h3>
      {card.formerAgency && <FormerAgency name={card.formerAgency} />}
      {support && card.agencyName && <p>{`${TASK_TEXT.lead}: ${card.agencyName}`}</p>}
      {card.responsibleName && (
        <p className="text-slate-700" data-testid="card-responsible">
          {`${TASK_TEXT.responsible}: ${card.responsibleName}`}
        </p>
      )}
      {card.status === "RETURNED" && card.returnReason && (
        <p className="line-clamp-3 rounded bg-brand-50 px-2 py-1 text-brand-800" data-testid="return-reason">
          {`${TASK_TEXT.returnReason}: ${card.returnReason}`}
        </p>
      )}
      {showStatus && (
        <div className="mt-2">
          <StatusBadge status={card.status} />
        </div>
      )}
      <div className="tc-b">
        <DueText cycleDue={card.cycleDue} overdue={card.overdue} recurrence={card.recurrence} />
        <ProgressBar value={card.progress} label={TASK_TEXT.progress} />
        <p>
          {card.lastUpdateAt
            ? `${TASK_TEXT.lastUpdate}: ${formatDate(provinceDate(card.lastUpdateAt))} · ${card.lastUpdateBy ?? ""}`
            : TASK_TEXT.noUpdate}
        </p>
      </div>
    </article>
  );
}
