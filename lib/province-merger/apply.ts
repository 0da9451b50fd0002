import "server-only";
// The writes of a merger, inside the one transaction of applyProvinceMerger: the successor (created if new),
// the predecessors' agencies matched by name to the successor's (a copy is made when it has none), open tasks
// carried into the successor's plan or closed, users moved with their sessions ended. Nothing is deleted.
import type { Tx } from "@/lib/db";
import type { Audit } from "@/lib/server/audit";
import { exactKey } from "@/lib/text/vietnamese";
import { closedNote } from "./messages";
import type { MergerProvince, OpenTask, ResolvedMerger } from "./resolve";
import type { TaskDecision } from "./schema";

/** "Lâm Đồng" → "lam-dong"; a taken code gets a number. */
export async function createSuccessor(tx: Tx, name: string): Promise<MergerProvince> {
  const base =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "tinh";
  let code = base;
  for (let n = 2; await tx.province.findUnique({ where: { code }, select: { id: true } }); n += 1)
    code = `${base}-${n}`;
  return tx.province.create({ data: { code, name }, select: { id: true, code: true, name: true } });
}

/** Maps a predecessor's agency to the successor's agency of the same name, copying it over when there is none. */
export async function agencyMapper(tx: Tx, predecessorIds: string[], successorId: string) {
  const [theirs, ours] = await Promise.all([
    tx.agency.findMany({ where: { provinceId: { in: predecessorIds } } }),
    tx.agency.findMany({ where: { provinceId: successorId }, select: { id: true, name: true } }),
  ]);
  const source = new Map(theirs.map((a) => [a.id, a]));
  const byName = new Map(ours.map((a) => [exactKey(a.name), a.id]));
  const created: string[] = [];
  return {
    created,
    async map(agencyId: string | null): Promise<string | null> {
      if (!agencyId) return null;
      const from = source.get(agencyId);
      if (!from) return agencyId; // not a predecessor's agency (cannot happen: tasks and users stay in province)
      const found = byName.get(exactKey(from.name));
      if (found) return found;
      const copy = await tx.agency.create({
        data: {
          provinceId: successorId,
          name: from.name,
          shortName: from.shortName,
          kind: from.kind,
          aliases: from.aliases,
        },
        select: { id: true },
      });
      byName.set(exactKey(from.name), copy.id);
      created.push(from.name);
      return copy.id;
    },
  };
}
type Mapper = Awaited<ReturnType<typeof agencyMapper>>;

/** Moves the task (with its cycles, updates and evidence) into the successor's plan, under the successor's agencies. */
export async function carryTask(
  tx: Tx,
  task: OpenTask,
  code: string,
  targetPlanId: string,
  agencies: Mapper,
): Promise<string | null> {
  const agencyId = await agencies.map(task.agencyId);
  const supporters = await tx.taskSupporter.findMany({ where: { taskId: task.id }, select: { agencyId: true } });
  for (const s of supporters) {
    const to = await agencies.map(s.agencyId);
    if (to && to !== s.agencyId) {
      await tx.taskSupporter.update({
        where: { taskId_agencyId: { taskId: task.id, agencyId: s.agencyId } },
        data: { agencyId: to },
      });
    }
  }
  await tx.task.update({
    where: { id: task.id },
    data: {
      planId: targetPlanId,
      carriedFromPlanId: task.planId,
      sourceRef: `${code}:${task.sourceRef}`,
      agencyId,
      version: { increment: 1 },
    },
  });
  return agencyId;
}

/** Closes the task as "không còn áp dụng"; the reason is the note of its last update (filed under its cycle). */
export async function closeTask(tx: Tx, task: OpenTask, reason: string, decision: string, userId: string) {
  const row = await tx.task.update({
    where: { id: task.id },
    data: { status: "NOT_APPLICABLE", version: { increment: 1 } },
    select: { progress: true },
  });
  await tx.taskUpdate.create({
    data: {
      taskId: task.id,
      userId,
      fromStatus: task.status,
      toStatus: "NOT_APPLICABLE",
      progress: row.progress,
      note: closedNote(reason, decision),
    },
  });
}

/** Users of the predecessors join the successor under its agencies; their sessions end (sessionVersion). */
export async function moveUsers(tx: Tx, resolved: ResolvedMerger, successorId: string, agencies: Mapper) {
  const users = await tx.user.findMany({
    where: { provinceId: { in: resolved.predecessors.map((p) => p.id) } },
    select: { id: true, provinceId: true, agencyId: true },
  });
  for (const u of users) {
    await tx.user.update({
      where: { id: u.id },
      data: { provinceId: successorId, agencyId: await agencies.map(u.agencyId), sessionVersion: { increment: 1 } },
    });
  }
  // Their notifications follow them (read by user, stored with the province for the tenant's isolation).
  await tx.notification.updateMany({
    where: { userId: { in: users.map((u) => u.id) } },
    data: { provinceId: successorId },
  });
  return users;
}

export type Counts = Map<string, { carried: number; closed: number; users: number }>;

/** Carries or closes every open task as decided; returns the successor's audit rows and the counts per predecessor. */
export async function settleTasks(
  tx: Tx,
  resolved: ResolvedMerger,
  decide: (taskId: string) => TaskDecision,
  agencies: Mapper,
  userId: string,
): Promise<{ audits: Audit[]; counts: Counts }> {
  const codeOf = new Map(resolved.predecessors.map((p) => [p.id, p.code]));
  const counts: Counts = new Map(resolved.predecessors.map((p) => [p.id, { carried: 0, closed: 0, users: 0 }]));
  const audits: Audit[] = [];
  for (const task of resolved.openTasks) {
    const d = decide(task.id);
    const c = counts.get(task.provinceId);
    if (d.action === "carry" && resolved.targetPlan) {
      const agencyId = await carryTask(tx, task, codeOf.get(task.provinceId) ?? "", resolved.targetPlan.id, agencies);
      // Names, not ids: the predecessor's plan and agency are not in the successor's name lookups of the log.
      audits.push({
        action: "task.carry",
        entity: "Task",
        entityId: task.id,
        agencyId,
        before: { plan: task.planNumber, agency: task.agencyName },
        after: { plan: resolved.targetPlan.number, agency: task.agencyName },
      });
      if (c) c.carried += 1;
    } else {
      await closeTask(tx, task, d.reason, resolved.decision, userId);
      const after = { status: "NOT_APPLICABLE", reason: d.reason };
      audits.push({
        action: "task.close",
        entity: "Task",
        entityId: task.id,
        agencyId: task.agencyId,
        before: { status: task.status },
        after,
      });
      if (c) c.closed += 1;
    }
  }
  return { audits, counts };
}
