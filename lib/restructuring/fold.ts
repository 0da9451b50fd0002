// Folding duplicate copies of one duty. A group ("Các Sở, ban, ngành") fans one plan measure out to each member,
// so before a merger the absorbed and the absorbing agency both hold a copy of the same duty (same plan, same
// sourceRef). Moving the absorbed copy would put the duty twice on the successor's board; instead it stays with
// the agency that held it, closed as "không còn áp dụng" with a reason naming the event. Undo puts back its
// exact status, progress, version and updatedAt, and removes the closing note.
import type { TaskStatus } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatDate } from "@/lib/format";
import type { Audit } from "@/lib/server/audit";
import { quotableReference } from "@/lib/text/vietnamese";
import { KIND_LABELS, restructuringText as t } from "./messages";
import type { EventPlan, FoldRow, TaskMove } from "./types";

/**
 * The copy each folded task duplicates: the open task id → the id of the copy that carries the duty on. A copy
 * the successor already holds wins; among several ended agencies' copies going to one successor (a merger of
 * two members of the same group), the most advanced one moves (the first on a tie) and the others fold into it.
 */
export async function findFolds(
  tx: Tx,
  tasks: readonly TaskMove[],
  /** the successor's agency id (a placeholder key for one the event creates); null: no successor */
  targetOf: (task: TaskMove) => string | null,
): Promise<Map<string, string>> {
  const moving = new Set(tasks.map((task) => task.id));
  const wanted = tasks.flatMap((task) => {
    const agencyId = targetOf(task);
    return agencyId ? [{ task, agencyId }] : [];
  });
  if (wanted.length === 0) return new Map();
  const copies = await tx.task.findMany({
    where: {
      agencyId: { in: [...new Set(wanted.map((w) => w.agencyId))] },
      planId: { in: [...new Set(wanted.map((w) => w.task.planId))] },
      sourceRef: { in: [...new Set(wanted.map((w) => w.task.sourceRef))] },
      status: { not: "NOT_APPLICABLE" },
      id: { notIn: [...moving] },
    },
    select: { id: true, agencyId: true, planId: true, sourceRef: true },
  });
  const progress = new Map(
    (
      await tx.task.findMany({
        where: { id: { in: wanted.map((w) => w.task.id) } },
        select: { id: true, progress: true },
      })
    ).map((t) => [t.id, t.progress]),
  );
  const byKey = new Map(copies.map((c) => [`${c.agencyId}|${c.planId}|${c.sourceRef}`, c.id]));
  const ahead = (a: string, b: string) => (progress.get(a) ?? 0) > (progress.get(b) ?? 0);
  for (const w of wanted) {
    const key = `${w.agencyId}|${w.task.planId}|${w.task.sourceRef}`;
    const kept = byKey.get(key);
    if (!kept || (moving.has(kept) && ahead(w.task.id, kept))) byKey.set(key, w.task.id);
  }
  const out = new Map<string, string>();
  for (const w of wanted) {
    const copy = byKey.get(`${w.agencyId}|${w.task.planId}|${w.task.sourceRef}`);
    if (copy && copy !== w.task.id) out.set(w.task.id, copy);
  }
  return out;
}

/** Why a copy was closed: the event's kind, date and decision, and where the duty goes on. */
export function foldReason(plan: Pick<EventPlan, "kind" | "effectiveOn" | "decision">, successor: string): string {
  const decision = quotableReference(plan.decision);
  return t.foldReason(KIND_LABELS[plan.kind], formatDate(plan.effectiveOn), decision, successor);
}

/** Closes each folded copy (the caller leaves it out of the move) and returns its undo rows and audit rows. */
export async function foldTasks(
  tx: Tx,
  plan: EventPlan,
  folds: readonly { taskId: string; successorName: string }[],
  userId: string | null,
): Promise<{ rows: FoldRow[]; audits: Audit[] }> {
  const rows: FoldRow[] = [];
  const audits: Audit[] = [];
  for (const f of folds) {
    const before = await tx.task.findUniqueOrThrow({
      where: { id: f.taskId },
      select: { agencyId: true, status: true, progress: true, version: true, updatedAt: true },
    });
    const reason = foldReason(plan, f.successorName);
    await tx.task.update({ where: { id: f.taskId }, data: { status: "NOT_APPLICABLE", version: { increment: 1 } } });
    // The note is the task's own history of why it closed. From the CLI nobody is signed in: the note has no
    // user and its history shows the system as its author (HISTORY_TEXT.systemAuthor).
    const update = await tx.taskUpdate.create({
      data: {
        taskId: f.taskId,
        userId,
        fromStatus: before.status,
        toStatus: "NOT_APPLICABLE",
        progress: before.progress,
        note: reason,
      },
      select: { id: true },
    });
    rows.push({
      id: f.taskId,
      before: {
        status: before.status,
        progress: before.progress,
        version: before.version,
        updatedAt: before.updatedAt.toISOString(),
      },
      after: "",
      updateId: update.id,
    });
    audits.push({
      action: "task.fold",
      entity: "Task",
      entityId: f.taskId,
      agencyId: before.agencyId,
      before: { status: before.status },
      after: { status: "NOT_APPLICABLE", reason },
    });
  }
  return { rows, audits };
}

/** Undo: the closing notes go, then each copy gets back exactly what it had. */
export async function unfoldTasks(tx: Tx, rows: readonly FoldRow[]): Promise<void> {
  const updateIds = rows.flatMap((r) => (r.updateId ? [r.updateId] : []));
  if (updateIds.length > 0) await tx.taskUpdate.deleteMany({ where: { id: { in: updateIds } } });
  for (const r of rows)
    await tx.task.update({
      where: { id: r.id },
      data: {
        status: r.before.status as TaskStatus,
        progress: r.before.progress,
        version: r.before.version,
        updatedAt: new Date(r.before.updatedAt),
      },
    });
}
