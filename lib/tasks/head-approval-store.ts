import "server-only";
// The agency head's approval of a staff member's "hoàn thành", inside a task mutation's transaction. The request
// lives on the task's current cycle (TaskCycle.headApprovalRequestedAt/ById), so a new cycle starts without one;
// while it waits the task stays IN_PROGRESS at 100 %: for every count it is work in progress, not submitted, and
// Sở Nội vụ's queue (status SUBMITTED) does not see it until the head forwards it.
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { approvalRequestedText, sentBackText } from "@/lib/tasks/approval-strings";
import type { TaskRecord } from "@/lib/tasks/write";

export type CycleApproval = {
  cycleId: string;
  requestedAt: Date | null;
  requestedBy: { id: string; name: string } | null;
};

/**
 * The task's current cycle (the newest, as par_task_current_cycle orders them) and its waiting request, with
 * who asked in the same statement (Prisma would read the User apart): every status update asks this.
 */
export async function currentCycleApproval(tx: Tx, taskId: string): Promise<CycleApproval | null> {
  const [cycle] = await tx.$queryRaw<
    { cycleId: string; requestedAt: Date | null; byId: string | null; byName: string | null }[]
  >`
    select c.id as "cycleId", c."headApprovalRequestedAt" as "requestedAt", u.id as "byId", u.name as "byName"
    from "TaskCycle" c left join "User" u on u.id = c."headApprovalRequestedById"
    where c."taskId" = ${taskId}
    order by c."startsOn" desc nulls last, c.key desc
    limit 1`;
  if (!cycle) return null;
  const requestedBy = cycle.byId === null ? null : { id: cycle.byId, name: cycle.byName ?? "" };
  return { cycleId: cycle.cycleId, requestedAt: cycle.requestedAt, requestedBy };
}

/** Staff of the lead agency, when that agency has the head approve first; a head's own "hoàn thành" goes straight on. */
export async function headMustApprove(tx: Tx, user: SessionUser, record: TaskRecord): Promise<boolean> {
  if (user.role !== "AGENCY_STAFF" || !record.agencyId || user.agencyId !== record.agencyId) return false;
  const agency = await tx.agency.findUnique({ where: { id: record.agencyId }, select: { headApprovesTasks: true } });
  return agency?.headApprovesTasks === true;
}

export async function markRequested(tx: Tx, cycleId: string, userId: string): Promise<void> {
  await tx.taskCycle.update({
    where: { id: cycleId },
    data: { headApprovalRequestedAt: new Date(), headApprovalRequestedById: userId },
  });
}

/** Clears any waiting request of the task (decided, withdrawn, or the task moved to another agency). */
export async function clearHeadApproval(tx: Tx, taskId: string): Promise<void> {
  await tx.taskCycle.updateMany({
    where: { taskId, headApprovalRequestedAt: { not: null } },
    data: { headApprovalRequestedAt: null, headApprovalRequestedById: null },
  });
}

const taskTitle = async (tx: Tx, taskId: string) =>
  (await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { title: true } })).title;

/**
 * In-app notifications written with the change (the reminders job mails them when mail is on, lib/jobs). The
 * dedupe key names the history row, so a retried transaction cannot notify twice.
 */
export async function notifyHeads(tx: Tx, record: TaskRecord, by: SessionUser, updateId: string): Promise<void> {
  if (!record.agencyId) return;
  const heads = await tx.user.findMany({
    where: { agencyId: record.agencyId, role: "AGENCY_HEAD", active: true, provinceId: by.provinceId },
    select: { id: true, emailNotifications: true },
  });
  if (heads.length === 0) return;
  const text = approvalRequestedText({ title: await taskTitle(tx, record.id), by: by.name });
  await tx.notification.createMany({
    data: heads.map((h) => ({
      provinceId: by.provinceId,
      userId: h.id,
      kind: "task.approval",
      dedupeKey: `task.approval:${updateId}:${h.id}`,
      ...text,
      href: `/nhiem-vu/${record.id}`,
      emailSkipped: !h.emailNotifications,
    })),
    skipDuplicates: true,
  });
}

export async function notifySentBack(
  tx: Tx,
  record: TaskRecord,
  staffId: string | null,
  reason: string,
  updateId: string,
): Promise<void> {
  if (!staffId) return;
  const staff = await tx.user.findFirst({
    where: { id: staffId, active: true, provinceId: record.target.provinceId },
    select: { id: true, emailNotifications: true },
  });
  if (!staff) return;
  await tx.notification.create({
    data: {
      provinceId: record.target.provinceId,
      userId: staff.id,
      kind: "task.sent_back",
      dedupeKey: `task.sent_back:${updateId}:${staff.id}`,
      ...sentBackText({ title: await taskTitle(tx, record.id), reason }),
      href: `/nhiem-vu/${record.id}`,
      emailSkipped: !staff.emailNotifications,
    },
  });
}
