import "server-only";
// "Lãnh đạo cơ quan duyệt": when an agency turns it on (Agency.headApprovesTasks), a staff member's "Hoàn thành"
// waits for the agency head, who forwards it to Sở Nội vụ (→ SUBMITTED; the staff member stays the one who did
// the work, the head is recorded as approver) or sends it back with a reason; the staff member may withdraw it
// while it waits. The same pattern as the agency reports' approval (lib/reports/mutations.ts approveReport).
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import type { PreparedFile } from "@/lib/evidence/rules";
import { MutationError } from "@/lib/server/mutation";
import { headDecisionSchema, withdrawApprovalSchema } from "@/lib/tasks/approval-schema";
import { APPROVAL_ERRORS, APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import {
  type CycleApproval,
  clearHeadApproval,
  currentCycleApproval,
  markRequested,
  notifyHeads,
  notifySentBack,
} from "@/lib/tasks/head-approval-store";
import {
  bumpTask,
  defineTaskMutation,
  expectNotMoved,
  expectVersion,
  recordUpdate,
  snapshot,
  type TaskRecord,
  taskAudit,
  taskWritten,
} from "@/lib/tasks/write";

type Request = {
  user: SessionUser;
  record: TaskRecord;
  cycleId: string;
  input: { note?: string; links: string[]; files: PreparedFile[] };
};

/** Called by updateTaskStatus instead of submitting: the work is reported done (100 %) and waits for the head. */
export async function requestHeadApproval(tx: Tx, { user, record, cycleId, input }: Request) {
  const version = await bumpTask(tx, record, { status: "IN_PROGRESS", progress: 100 });
  await markRequested(tx, cycleId, user.id);
  const statusChanged = record.status !== "IN_PROGRESS";
  const { updateId, evidence } = await recordUpdate(tx, {
    taskId: record.id,
    userId: user.id,
    fromStatus: statusChanged ? record.status : undefined,
    toStatus: statusChanged ? "IN_PROGRESS" : undefined,
    progress: 100,
    note: APPROVAL_TEXT.requestNote(input.note),
    links: input.links,
    files: input.files,
  });
  await notifyHeads(tx, record, user, updateId);
  const after = {
    ...snapshot({ ...record, status: "IN_PROGRESS", progress: 100, version }),
    awaitingHead: true,
    requestedBy: user.name,
    note: input.note ?? null,
    evidence,
  };
  return {
    data: { taskId: record.id, version, updateId, awaitingHead: true as const },
    audit: taskAudit("task.approval_request", record, after),
  };
}

async function waiting(tx: Tx, record: TaskRecord, version: number): Promise<CycleApproval> {
  await expectVersion(tx, record, version);
  const cycle = await currentCycleApproval(tx, record.id);
  if (!cycle?.requestedAt) {
    await expectNotMoved(tx, record); // a parallel decision cleared it after this task was loaded: CONFLICT
    throw new MutationError("INVALID", APPROVAL_ERRORS.notWaiting);
  }
  return cycle;
}

/** The lead agency's head forwards the waiting work to Sở Nội vụ, or sends it back to the staff with a reason. */
export const decideHeadApproval = defineTaskMutation({
  action: "task.approve",
  schema: headDecisionSchema,
  run: async (tx, input, { user, record }) => {
    const cycle = await waiting(tx, record, input.version);
    const forward = input.decision === "FORWARD";
    const version = await bumpTask(tx, record, forward ? { status: "SUBMITTED", progress: 100 } : {});
    await clearHeadApproval(tx, record.id);
    const staff = cycle.requestedBy;
    const staffId = staff?.id ?? null;
    const reason = input.reason ?? "";
    const { updateId } = await recordUpdate(
      tx,
      forward
        ? {
            taskId: record.id,
            userId: staffId ?? user.id, // the one who did the work; the head is the approver
            approvedById: user.id,
            fromStatus: record.status,
            toStatus: "SUBMITTED",
            progress: 100,
            note: input.reason,
          }
        : { taskId: record.id, userId: user.id, note: APPROVAL_TEXT.sentBackNote(reason) },
    );
    if (!forward) await notifySentBack(tx, record, staffId, reason, updateId);
    const status = forward ? "SUBMITTED" : record.status;
    const after = {
      ...snapshot({ ...record, status, progress: forward ? 100 : record.progress, version }),
      requestedBy: staff?.name ?? null,
      ...(forward ? { approvedBy: user.name, note: input.reason ?? null } : { reason }),
    };
    return taskWritten(record, { version, updateId }, forward ? "task.approve" : "task.approval_return", after);
  },
});

/** "Rút lại": the staff member who asked takes the request back while it waits, and carries on working. */
export const withdrawHeadApproval = defineTaskMutation({
  action: "task.status",
  schema: withdrawApprovalSchema,
  run: async (tx, input, { user, record }) => {
    const cycle = await waiting(tx, record, input.version);
    if (cycle.requestedBy?.id !== user.id) throw new MutationError("INVALID", APPROVAL_ERRORS.onlyRequester);
    const version = await bumpTask(tx, record, {});
    await clearHeadApproval(tx, record.id);
    const { updateId } = await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      note: APPROVAL_TEXT.withdrawnNote,
    });
    return taskWritten(record, { version, updateId }, "task.approval_withdraw", {
      ...snapshot({ ...record, version }),
      awaitingHead: false,
    });
  },
});
