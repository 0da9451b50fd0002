import "server-only";
import { z } from "zod";
// "Người phụ trách" and "đã xem": the agency head names the person in charge of a task its agency leads, and
// each user's last visit to a task is kept so cards read "Mới" / "Trả lại · Mới" until that user opens it.
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setResponsibleSchema } from "@/lib/tasks/schema";
import { FORM_TEXT, TASK_ERRORS } from "@/lib/tasks/strings";
import { bumpTask, defineTaskMutation, expectVersion, invalidField, recordUpdate } from "@/lib/tasks/write";

/** The head of the lead agency names (or clears) the person in charge: an active user of that agency. */
export const setTaskResponsible = defineTaskMutation({
  action: "task.responsible",
  schema: setResponsibleSchema,
  run: async (tx, input, { user, record }) => {
    await expectVersion(tx, record, input.version);
    if (record.agencyId === null) throw invalidField("userId", TASK_ERRORS.responsibleUnassigned);
    const current = await tx.task.findUnique({
      where: { id: record.id },
      select: { responsible: { select: { id: true, name: true } } },
    });
    const person = input.userId
      ? await tx.user.findFirst({
          where: { id: input.userId, agencyId: record.agencyId, provinceId: user.provinceId, active: true },
          select: { id: true, name: true },
        })
      : null;
    if (input.userId && !person) throw invalidField("userId", TASK_ERRORS.responsibleNotMember);
    const version = await bumpTask(tx, record, { responsibleUserId: person?.id ?? null });
    await recordUpdate(tx, {
      taskId: record.id,
      userId: user.id,
      note: FORM_TEXT.responsibleNote(person?.name ?? null),
    });
    return {
      data: { taskId: record.id, version },
      audit: {
        action: "task.responsible",
        entity: "Task",
        entityId: record.id,
        agencyId: record.agencyId,
        before: { responsible: current?.responsible?.name ?? null, version: record.version },
        after: { responsible: person?.name ?? null, version },
      },
    };
  },
});

/**
 * Records that the user opened the task (anyone who may read it). Not audited: a visit changes nothing of the
 * task; the wrapper still checks the session, the input and the permission on the task as loaded.
 */
export const markTaskSeen = defineTaskMutation({
  action: "task.read",
  schema: z.object({ taskId: z.string().trim().min(1).max(64) }),
  run: async (tx, _input, { user, record }) => {
    const now = new Date();
    await tx.taskView.upsert({
      where: { userId_taskId: { userId: user.id, taskId: record.id } },
      create: { userId: user.id, taskId: record.id, seenAt: now },
      update: { seenAt: now },
    });
    return { data: { seenAt: now }, audit: [] };
  },
});

/** The lead agency's active users, for its head's person-in-charge select (the mutation re-checks the choice). */
export async function loadAgencyMembers(user: SessionUser, agencyId: string): Promise<{ id: string; name: string }[]> {
  if (!can(user, "task.responsible", { provinceId: user.provinceId, agencyId })) return [];
  return db.user.findMany({
    where: { agencyId, provinceId: user.provinceId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
