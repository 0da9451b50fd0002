"use server";
// Server actions behind the task forms. Each reads the session itself, turns FormData into the mutation's
// raw input and calls the same mutation as the route handler; the mutation does every check.
import { refresh } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { realUploads } from "@/lib/evidence/prepare";
import type { FormState } from "@/lib/server/form-state";
import type { MutationResult } from "@/lib/server/mutation";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import { assignTasks } from "@/lib/tasks/assign";
import { decideHeadApproval, withdrawHeadApproval } from "@/lib/tasks/head-approval";
import { assignTask, reviewTask, saveTaskUpdate } from "@/lib/tasks/mutations";
import { markTaskSeen, setTaskResponsible } from "@/lib/tasks/responsible";
import { ASSIGN_TEXT, FORM_TEXT } from "@/lib/tasks/strings";
import type { TaskCurrentState } from "@/lib/tasks/write";

export type TaskFormState = FormState & {
  /** On a version conflict: the task as the other person left it. */
  current?: TaskCurrentState;
  /** Changes on every response so the form can tell a new result from the previous one. */
  at?: number;
};

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** One link per line; blank lines ignored. */
function lines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The task and the version the form was drawn from, as every task form posts them. */
function taskFields(form: FormData) {
  return { taskId: text(form, "taskId"), version: text(form, "version") };
}

/** A decision on the task with its reason (Sở Nội vụ's review, the agency head's approval). */
function decisionFields(form: FormData) {
  return { ...taskFields(form), decision: text(form, "decision"), reason: text(form, "reason") };
}

function toState(result: MutationResult<unknown>, success: string): TaskFormState {
  const at = Date.now();
  if (result.ok || result.code === "CONFLICT") refresh(); // the page re-renders with the new state and version
  if (result.ok) return { status: "ok", message: success, fieldErrors: {}, at };
  const current = result.code === "CONFLICT" ? (result.current as TaskCurrentState | undefined) : undefined;
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {}, current, at };
}

export async function saveTaskUpdateAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const user = await getCurrentUser();
  const intent = form.get("intent") === "comment" ? "comment" : "status";
  const fields = {
    ...taskFields(form),
    ...(intent === "status"
      ? { status: text(form, "status"), progress: text(form, "progress"), onBehalf: form.get("onBehalf") === "1" }
      : {}),
    note: text(form, "note"),
    links: lines(text(form, "links")),
  };
  const result = await saveTaskUpdate(user, intent, fields, realUploads(form.getAll("files")));
  return toState(result, result.ok && result.data.awaitingHead ? APPROVAL_TEXT.requested : FORM_TEXT.saved);
}

export async function reviewTaskAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const input = decisionFields(form);
  const result = await reviewTask(await getCurrentUser(), input);
  return toState(result, input.decision === "RETURN" ? FORM_TEXT.returned : FORM_TEXT.accepted);
}

export async function assignTaskAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const user = await getCurrentUser();
  const result = await assignTask(user, {
    ...taskFields(form),
    agencyId: text(form, "agencyId"),
    dueOn: text(form, "dueOn"),
  });
  return toState(result, FORM_TEXT.assigned);
}

/** The duties page: each selected task arrives as "id:version"; supporting agencies as a multiple select. */
export async function assignTasksAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const user = await getCurrentUser();
  const tasks = form
    .getAll("task")
    .filter((v): v is string => typeof v === "string")
    .map((v) => {
      const at = v.lastIndexOf(":");
      return { taskId: v.slice(0, at), version: v.slice(at + 1) };
    });
  const result = await assignTasks(user, {
    tasks,
    agencyId: text(form, "agencyId"),
    supportAgencyIds: form.getAll("supportAgencyIds").filter((v): v is string => typeof v === "string" && v !== ""),
    dueOn: text(form, "dueOn"),
  });
  return toState(result, result.ok ? ASSIGN_TEXT.done(result.data.assigned) : "");
}

/** The lead agency's head names the person in charge (empty = nobody). */
export async function setResponsibleAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const user = await getCurrentUser();
  const result = await setTaskResponsible(user, {
    ...taskFields(form),
    userId: text(form, "userId") ?? null,
  });
  return toState(result, FORM_TEXT.responsibleSaved);
}

/** Called once the task page is on screen (not on a prefetch): the "Mới" markers clear for this user. */
export async function markTaskSeenAction(taskId: string): Promise<void> {
  await markTaskSeen(await getCurrentUser(), { taskId });
}

/** The agency head forwards a staff member's "hoàn thành" to Sở Nội vụ, or sends it back with a reason. */
export async function headDecisionAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const input = decisionFields(form);
  const result = await decideHeadApproval(await getCurrentUser(), input);
  return toState(result, input.decision === "RETURN" ? APPROVAL_TEXT.sentBack : APPROVAL_TEXT.forwarded);
}

/** The staff member takes back their request while the head has not decided. */
export async function withdrawApprovalAction(_previous: unknown, form: FormData): Promise<TaskFormState> {
  const user = await getCurrentUser();
  const result = await withdrawHeadApproval(user, taskFields(form));
  return toState(result, APPROVAL_TEXT.withdrawn);
}
