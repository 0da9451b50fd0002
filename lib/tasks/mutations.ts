import "server-only";
// Task writes. Each goes through defineMutation (session, zod, `can()` on the task as loaded in the
// transaction, audit row in the same transaction); server actions and route handlers call these same functions.
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { prepareEvidence } from "@/lib/evidence/prepare";
import { discard } from "@/lib/evidence/storage";
import { provinceToday } from "@/lib/format";
import { MESSAGES, MutationError, type MutationResult } from "@/lib/server/mutation";
import { APPROVAL_ERRORS } from "@/lib/tasks/approval-strings";
import { checkDeadline, deadlineCycle } from "@/lib/tasks/assign";
import { requestHeadApproval } from "@/lib/tasks/head-approval";
import { currentCycleApproval, headMustApprove } from "@/lib/tasks/head-approval-store";
import { assignTaskSchema, commentTaskSchema, reviewTaskSchema, updateTaskStatusSchema } from "@/lib/tasks/schema";
import { dueState, isPlanError, planStatusChange } from "@/lib/tasks/status";
import { FORM_TEXT, TASK_ERRORS } from "@/lib/tasks/strings";
import {
  bumpTask,
  defineTaskMutation,
  expectVersion,
  invalidField,
  recordUpdate,
  snapshot,
  type TaskRecord,
  taskAudit,
  taskWritten,
} from "@/lib/tasks/write";

/** `awaitingHead`: a staff member's "hoàn thành" went to the agency head, not to Sở Nội vụ (head-approval.ts) */
export type TaskWriteResult = { taskId: string; version: number; updateId: string; awaitingHead?: true };

const isReviewer = (user: SessionUser, record: TaskRecord) => can(user, "task.review", record.target);

/** The lead agency (or Sở Nội vụ) moves the status and/or progress, with an optional note and evidence. */
export const updateTaskStatus = defineTaskMutation({
  action: "task.status",
  schema: updateTaskStatusSchema,
  run: async (tx, input, { user, record }) => {
    await expectVersion(tx, record, input.version);
    if (record.agencyId === null) throw new MutationError("INVALID", TASK_ERRORS.unassigned);
    const reviewer = isReviewer(user, record);
    if (record.status === "ACCEPTED" && !reviewer) throw new MutationError("INVALID", TASK_ERRORS.acceptedFinal);
    const planned = planStatusChange(
      {
        from: record.status,
        fromProgress: record.progress,
        to: input.status,
        progress: input.progress,
        note: input.note,
      },
      reviewer ? "reviewer" : "lead",
    );
    if (isPlanError(planned)) throw invalidField(planned.field, planned.message);
    // Anyone outside the lead agency (Sở Nội vụ) acts on its behalf only when saying so, and it is audited as such.
    // Reopening accepted work is the reviewer's own act, not the agency's.
    const onBehalf = user.agencyId !== record.agencyId && record.status !== "ACCEPTED";
    if (onBehalf && input.onBehalf !== true) throw invalidField("onBehalf", TASK_ERRORS.onBehalfRequired);
    if (!planned.changed && !input.note && input.links.length === 0 && input.files.length === 0) {
      throw invalidField("note", TASK_ERRORS.nothingToSave);
    }
    // A staff member's "hoàn thành" waits for the agency head when the agency asks for it (lib/tasks/head-approval.ts).
    const cycle = await currentCycleApproval(tx, record.id);
    if (cycle?.requestedAt && planned.changed) throw invalidField("status", APPROVAL_ERRORS.waitingLocked);
    if (
      cycle &&
      planned.status === "SUBMITTED" &&
      record.status !== "SUBMITTED" &&
      (await headMustApprove(tx, user, record))
    )
      return requestHeadApproval(tx, { user, record, cycleId: cycle.cycleId, input });
    const version = await bumpTask(tx, record, { status: planned.status, progress: planned.progress });
    const statusChanged = planned.status !== record.status;
    const { updateId, evidence } = await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      fromStatus: statusChanged ? record.status : undefined,
      toStatus: statusChanged ? planned.status : undefined,
      progress: planned.progress !== record.progress || statusChanged ? planned.progress : undefined,
      note: input.note,
      links: input.links,
      files: input.files,
    });
    const after = {
      ...snapshot({ ...record, ...planned, version }),
      note: input.note ?? null,
      evidence,
      ...(onBehalf ? { onBehalf: true } : {}),
    };
    return taskWritten(record, { version, updateId }, onBehalf ? "task.status_on_behalf" : "task.status", after);
  },
});

/** Anyone involved (a supporting agency above all) adds a note and/or evidence; the status is not touched. */
export const commentOnTask = defineTaskMutation({
  action: "task.comment",
  schema: commentTaskSchema,
  run: async (tx, input, { user, record }) => {
    await expectVersion(tx, record, input.version);
    if (record.status === "ACCEPTED" && !isReviewer(user, record))
      throw new MutationError("INVALID", TASK_ERRORS.acceptedFinal);
    const version = await bumpTask(tx, record, {});
    const { updateId, evidence } = await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      note: input.note,
      links: input.links,
      files: input.files,
    });
    const after = { ...snapshot({ ...record, version }), note: input.note ?? null, evidence };
    return taskWritten(record, { version, updateId }, "task.comment", after);
  },
});

/** Sở Nội vụ accepts a submitted task, or returns it with a reason. */
export const reviewTask = defineTaskMutation({
  action: "task.review",
  schema: reviewTaskSchema,
  run: async (tx, input, { user, record }) => {
    await expectVersion(tx, record, input.version);
    if (record.status !== "SUBMITTED") throw new MutationError("INVALID", TASK_ERRORS.reviewNotSubmitted);
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
    const version = await bumpTask(tx, record, { status });
    const { updateId } = await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      fromStatus: record.status,
      toStatus: status,
      note: input.reason,
    });
    const after = { ...snapshot({ ...record, status, version }), reason: input.reason ?? null };
    return taskWritten(record, { version, updateId }, "task.review", after);
  },
});

/** Sở Nội vụ gives an unassigned duty of the plan to an agency of the province. */
export const assignTask = defineTaskMutation({
  action: "task.assign",
  schema: assignTaskSchema,
  run: async (tx, input, { user, record }) => {
    await expectVersion(tx, record, input.version);
    if (record.agencyId !== null) throw invalidField("agencyId", TASK_ERRORS.alreadyAssigned);
    const agency = await tx.agency.findFirst({
      where: { id: input.agencyId, provinceId: user.provinceId, active: true },
      select: { id: true, name: true },
    });
    if (!agency) throw invalidField("agencyId", TASK_ERRORS.agencyNotFound);
    // Checked rather than caught: a unique violation would abort the whole transaction.
    const duplicate = await tx.task.findFirst({
      where: { planId: record.planId, sourceRef: record.sourceRef, agencyId: agency.id },
      select: { id: true },
    });
    if (duplicate) throw invalidField("agencyId", TASK_ERRORS.agencyHasTask);
    const dueOn = await newDeadline(tx, record.id, input.dueOn);
    const version = await bumpTask(tx, record, {
      agencyId: agency.id,
      assignedAt: new Date(),
      ...(dueOn ? { dueOn } : {}),
    });
    const { updateId } = await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      note: FORM_TEXT.assignedNote(agency.name),
    });
    const after = snapshot({ ...record, agencyId: agency.id, version });
    return {
      data: { taskId: record.id, version, updateId },
      audit: { ...taskAudit("task.assign", record, after), agencyId: agency.id },
    };
  },
});

/**
 * The single-task assignment's deadline: the one typed (not before today), else the old one — unless it has
 * passed, since a duty due 31/12/2021 assigned today must not arrive overdue.
 */
async function newDeadline(tx: Tx, taskId: string, typed: string | undefined): Promise<Date | null> {
  const task = await tx.task.findUniqueOrThrow({
    where: { id: taskId },
    select: { id: true, title: true, dueOn: true, recurrence: true, status: true },
  });
  if (!typed) {
    if (dueState(task, provinceToday()).overdue) throw invalidField("dueOn", TASK_ERRORS.dueNeeded);
    return null;
  }
  const dueOn = checkDeadline(typed);
  const cycle = await deadlineCycle(tx, task, dueOn);
  if (cycle) await tx.taskCycle.update({ where: { id: cycle.id }, data: { dueOn } });
  return dueOn;
}

export type SaveIntent = "status" | "comment";

/**
 * The update form's write: checks the uploaded files, runs the status or comment mutation (which stores them
 * inside its transaction, lib/tasks/write.ts). Any failure deletes what was stored, so a failed upload leaves
 * neither rows nor files, and the user is told the update was not saved.
 */
export async function saveTaskUpdate(
  user: SessionUser | null,
  intent: SaveIntent,
  fields: Record<string, unknown>,
  uploads: File[],
): Promise<MutationResult<TaskWriteResult>> {
  if (!user) return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES.UNAUTHENTICATED };
  const prepared = await prepareEvidence(uploads);
  if (!prepared.ok)
    return { ok: false, code: "INVALID", message: MESSAGES.INVALID, fieldErrors: { files: prepared.errors } };
  const keys = prepared.files.map((f) => f.storageKey);
  const mutation = intent === "comment" ? commentOnTask : updateTaskStatus;
  let result: MutationResult<TaskWriteResult>;
  try {
    result = await mutation(user, { ...fields, files: prepared.files });
  } catch (error) {
    await discard(keys);
    throw error;
  }
  if (!result.ok) {
    await discard(keys);
    return result;
  }
  return result;
}
