// The task workflow and its derived dates, pure so they are tested without a database and shared by the
// server (checks) and the forms (which options to offer). Calendar dates are `Date`s at UTC midnight, the
// way Postgres `date` columns are read, so comparing them never depends on the server's time zone.
import type { RecurrenceValue, TaskStatusValue } from "@/lib/tasks/schema";
import { STATUS_LABELS, TASK_ERRORS } from "@/lib/tasks/strings";

/** Who asks for a status change: the lead agency, or Sở Nội vụ (holder of "task.review"), who may also reopen. */
export type StatusActor = "lead" | "reviewer";

const LEAD_TRANSITIONS: Record<TaskStatusValue, TaskStatusValue[]> = {
  NOT_STARTED: ["IN_PROGRESS", "SUBMITTED"],
  IN_PROGRESS: ["SUBMITTED"],
  SUBMITTED: ["IN_PROGRESS"], // "Rút lại": withdrawn while not yet reviewed (a reviewed task is no longer SUBMITTED)
  ACCEPTED: [], // final
  RETURNED: ["IN_PROGRESS", "SUBMITTED"],
  NOT_APPLICABLE: [], // final: closed by a province merger, with its reason in the task's history
};

/** Statuses reachable by a status edit (reviews — SUBMITTED → ACCEPTED | RETURNED — have their own action). */
export function nextStatuses(from: TaskStatusValue, actor: StatusActor): TaskStatusValue[] {
  if (from === "ACCEPTED" && actor === "reviewer") return ["IN_PROGRESS"];
  if (from === "SUBMITTED" && actor === "reviewer") return []; // Sở Nội vụ decides with the review action instead
  return LEAD_TRANSITIONS[from];
}

export type StatusChange = {
  from: TaskStatusValue;
  fromProgress: number;
  to?: TaskStatusValue;
  progress?: number;
  note?: string;
};
export type PlannedChange = { status: TaskStatusValue; progress: number; changed: boolean };
export type PlanError = { field: "status" | "progress" | "note"; message: string };

/** Validates a requested status/progress change and returns the state to store, or the field at fault. */
export function planStatusChange(change: StatusChange, actor: StatusActor): PlannedChange | PlanError {
  const { from, fromProgress } = change;
  const to = change.to ?? from;
  if (to !== from) {
    if (!nextStatuses(from, actor).includes(to)) {
      if (from === "ACCEPTED") return { field: "status", message: TASK_ERRORS.acceptedFinal };
      return { field: "status", message: TASK_ERRORS.transition(STATUS_LABELS[from], STATUS_LABELS[to]) };
    }
    if (from === "ACCEPTED" && !change.note) return { field: "note", message: TASK_ERRORS.reopenReason };
  }
  const progress = progressFor(to, change.progress ?? fromProgress);
  const progressEdited = change.progress !== undefined && change.progress !== fromProgress;
  if (to === from && progressEdited) {
    if (from === "NOT_STARTED") return { field: "progress", message: TASK_ERRORS.progressNotStarted };
    if (from === "SUBMITTED") return { field: "progress", message: TASK_ERRORS.submittedLocked };
    if (from === "ACCEPTED") return { field: "progress", message: TASK_ERRORS.acceptedFinal };
  }
  return { status: to, progress, changed: to !== from || progress !== fromProgress };
}

/** Submitting means the work is done: progress is forced to 100. A reopened task keeps what it had. */
function progressFor(status: TaskStatusValue, requested: number): number {
  if (status === "SUBMITTED" || status === "ACCEPTED") return 100;
  if (status === "NOT_STARTED") return 0;
  return requested;
}

export function isPlanError(value: PlannedChange | PlanError): value is PlanError {
  return "field" in value;
}

const CYCLE_MONTHS: Record<Exclude<RecurrenceValue, "NONE">, number> = { YEARLY: 12, QUARTERLY: 3, MONTHLY: 1 };

/**
 * The due date of the cycle that contains `today`. A yearly task due 31/12/2021 ("trong năm 2021 và các năm
 * tiếp theo") is due 31/12/2026 during 2026; before and during its first cycle it is due on `dueOn` itself.
 * Days past the end of a shorter month are clamped (31/03 quarterly → 30/06).
 */
export function currentCycleDue(dueOn: Date | null, recurrence: RecurrenceValue, today: Date): Date | null {
  if (!dueOn || recurrence === "NONE") return dueOn;
  const months = CYCLE_MONTHS[recurrence];
  const cycleOf = (d: Date) => Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth()) / months);
  const cycles = cycleOf(today) - cycleOf(dueOn);
  return cycles <= 0 ? dueOn : addMonthsClamped(dueOn, cycles * months);
}

function addMonthsClamped(date: Date, months: number): Date {
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * Closed work: accepted by Sở Nội vụ, or no longer applicable ("không còn áp dụng", closed with a reason by a
 * province merger or an agency merger's fold). A closed task is never open, overdue or due soon anywhere; SQL
 * reads the same rule through openStatusSql (lib/tasks/due-sql.ts).
 */
export const CLOSED_STATUSES = ["ACCEPTED", "NOT_APPLICABLE"] as const satisfies readonly TaskStatusValue[];

export function isClosedStatus(status: TaskStatusValue): boolean {
  return (CLOSED_STATUSES as readonly TaskStatusValue[]).includes(status);
}

export type DueState = { cycleDue: Date | null; overdue: boolean; dueSoon: boolean };

/** "Trong 30 ngày tới": due today or within the next 30 days (a fixed window, not the calendar month). */
export const DUE_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/** Overdue is derived at read time, never stored: the cycle's due date has passed and the task is not closed. */
export function dueState(
  task: { dueOn: Date | null; recurrence: RecurrenceValue; status: TaskStatusValue },
  today: Date,
): DueState {
  const cycleDue = currentCycleDue(task.dueOn, task.recurrence, today);
  const open = !isClosedStatus(task.status);
  const overdue = open && cycleDue !== null && cycleDue.getTime() < today.getTime();
  const dueSoon =
    open && cycleDue !== null && !overdue && cycleDue.getTime() <= today.getTime() + DUE_SOON_DAYS * DAY_MS;
  return { cycleDue, overdue, dueSoon };
}

/**
 * The deadline the duties page proposes for a new assignment: the last day of the third month after today's
 * (30/11/2026 → 28/02/2027), never before today, so a duty first due 31/12/2021 does not arrive overdue.
 */
export function proposedDeadline(today: Date): Date {
  const monthIndex = today.getUTCFullYear() * 12 + today.getUTCMonth() + 3;
  return new Date(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 0));
}
