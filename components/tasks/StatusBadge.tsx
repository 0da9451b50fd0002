import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { STATUS_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

// Colour is never the only signal: every badge carries its words.
const STYLE: Record<TaskStatusValue, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_PROGRESS: "bg-blue-50 text-blue-800 ring-blue-200",
  SUBMITTED: "bg-amber-50 text-amber-900 ring-amber-300",
  ACCEPTED: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  RETURNED: "bg-brand-50 text-brand-800 ring-brand-100",
  NOT_APPLICABLE: "bg-slate-50 text-slate-600 ring-slate-300",
};

export function StatusBadge({ status, testId = "task-status" }: { status: TaskStatusValue; testId?: string }) {
  return (
    <span data-testid={testId} className={`badge ring-1 ring-inset ${STYLE[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function OverdueBadge() {
  return <span className="badge bg-brand-700 text-white">{TASK_TEXT.overdue}</span>;
}

/** "Trả lại · Mới" until the agency has written anything since the return, then "Trả lại". */
export function ReturnedBadge({ unread }: { unread: boolean }) {
  return (
    <span data-testid="returned-badge" className="badge bg-brand-700 text-white">
      {unread ? TASK_TEXT.returnedNew : TASK_TEXT.returnedBadge}
    </span>
  );
}

/** Given to the agency and not opened yet by the reader. */
export function NewBadge() {
  return (
    <span data-testid="new-badge" className="badge bg-blue-800 text-white">
      {TASK_TEXT.newBadge}
    </span>
  );
}

/** A staff member's "hoàn thành" waiting for the agency head (not yet with Sở Nội vụ). */
export function HeadWaitingBadge() {
  return (
    <span
      data-testid="head-waiting-badge"
      className="badge bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-300"
    >
      {APPROVAL_TEXT.waitingBadge}
    </span>
  );
}

export function SupportBadge() {
  return (
    <span className="badge bg-violet-50 text-violet-800 ring-1 ring-inset ring-violet-200">
      {TASK_TEXT.supportBadge}
    </span>
  );
}

/** The fill is the track's gradient up to `--w` (`.bar` in app/globals.css): a board draws dozens of these. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="bar">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-label={label}
        style={{ "--w": `${value}%` } as React.CSSProperties}
      />
      <span className="num text-xs text-slate-600">{`${value} %`}</span>
    </div>
  );
}
