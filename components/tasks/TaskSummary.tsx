import { HeadWaitingBadge, OverdueBadge, ProgressBar, StatusBadge } from "@/components/tasks/StatusBadge";
import { formatDate, formatPoints } from "@/lib/format";
import type { TaskDetail } from "@/lib/tasks/data";
import { criterionLabel, RECURRENCE_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

export function TaskSummary({ task }: { task: TaskDetail }) {
  return (
    <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={task.status} />
        {task.headApproval && <HeadWaitingBadge />}
        {task.overdue && <OverdueBadge />}
        {task.criterion && (
          <span className="text-sm text-slate-700">
            <strong>{criterionLabel(task.criterion.code)}</strong>
          </span>
        )}
      </div>
      <h1 className="text-lg font-bold leading-snug text-slate-900 sm:text-xl">{task.title}</h1>
      <ReturnReason task={task} />
      <div className="max-w-md">
        <ProgressBar value={task.progress} label={TASK_TEXT.progress} />
      </div>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Fact label={task.criterion && !task.criterion.code.includes(".") ? TASK_TEXT.field : TASK_TEXT.criterion}>
          {task.criterion ? `${task.criterion.code} ${task.criterion.title}` : TASK_TEXT.noCriterion}
        </Fact>
        <Fact label={TASK_TEXT.pointsAtStake}>
          {task.criterion?.lostPoints ? (
            <span className="num font-semibold text-brand-700" data-testid="task-lost-points">
              {formatPoints(task.criterion.lostPoints)}
            </span>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label={TASK_TEXT.due}>
          <span className={task.overdue ? "font-semibold text-brand-700" : ""}>
            {task.cycleDue ? formatDate(task.cycleDue) : TASK_TEXT.noDueDate}
          </span>
          {task.recurrence !== "NONE" && (
            <span className="text-slate-600"> · {RECURRENCE_LABELS[task.recurrence]}</span>
          )}
        </Fact>
        <Fact label={TASK_TEXT.leadAgency}>
          {task.lead?.name ?? <span className="text-amber-800">{TASK_TEXT.unassigned}</span>}
          {task.origin && (
            <span className="block text-xs text-slate-600" data-testid="task-origin">
              {TASK_TEXT.movedFrom(task.origin.name)}
            </span>
          )}
        </Fact>
        {task.lead && (
          <Fact label={TASK_TEXT.responsible}>
            <span data-testid="task-responsible">{task.responsible?.name ?? TASK_TEXT.noResponsible}</span>
          </Fact>
        )}
        <Fact label={TASK_TEXT.plan}>
          {task.plan.number}
          {task.plan.carriedFrom && (
            <span className="block text-xs text-slate-600" data-testid="task-carried-from">
              {TASK_TEXT.carriedFrom(task.plan.carriedFrom)}
            </span>
          )}
        </Fact>
        <Fact label={TASK_TEXT.supportAgencies} className="sm:col-span-2 lg:col-span-3">
          <Supporters names={task.supporters.map((s) => s.name)} />
        </Fact>
      </dl>
      {task.measure && (
        <div className="space-y-1 border-t border-slate-100 pt-3 text-sm">
          <p>
            <span className="font-medium text-slate-700">{TASK_TEXT.measure}:</span> {task.measure.text}
          </p>
          <p>
            <span className="font-medium text-slate-700">{TASK_TEXT.timeframe}:</span> {task.measure.timeframeText}
          </p>
        </div>
      )}
    </header>
  );
}

function Fact({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

/** A measure may name dozens of supporting agencies: the first few, the rest behind a disclosure. */
function Supporters({ names }: { names: string[] }) {
  if (names.length === 0) return <>—</>;
  const shown = names.slice(0, 4).join("; ");
  if (names.length <= 4) return <>{shown}</>;
  return (
    <details>
      <summary className="cursor-pointer">
        {shown} <span className="text-blue-800 underline">{TASK_TEXT.moreAgencies(names.length - 4)}</span>
      </summary>
      <p className="mt-1">{names.slice(4).join("; ")}</p>
    </details>
  );
}

/** A returned task says why, where the lead agency looks first. */
function ReturnReason({ task }: { task: TaskDetail }) {
  const reason = task.status === "RETURNED" ? task.history.find((h) => h.toStatus === "RETURNED")?.note : null;
  if (!reason) return null;
  return (
    <p
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="return-reason"
    >
      <strong>{TASK_TEXT.returnReason}:</strong> <span className="whitespace-pre-line">{reason}</span>
    </p>
  );
}
