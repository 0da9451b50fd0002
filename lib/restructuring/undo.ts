// Undo: puts back exactly what an event changed, while nothing has happened since to what it moved (no later
// event, no row it moved edited, no update filed on a moved task). Otherwise refuses, saying what changed.
import type { RestructuringEvent } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { Audit } from "@/lib/server/audit";
import { MutationError } from "@/lib/server/mutation";
import { unfoldTasks } from "./fold";
import { restructuringMessages as m } from "./messages";
import type { Snapshot } from "./types";

const at = (iso: string | null) => (iso ? new Date(iso) : null);

export async function undoRestructuring(tx: Tx, event: RestructuringEvent, userId: string | null): Promise<Audit> {
  if (event.status === "UNDONE") throw new MutationError("CONFLICT", m.alreadyUndone);
  const later = await tx.restructuringEvent.findFirst({
    where: { provinceId: event.provinceId, status: "APPLIED", appliedAt: { gt: event.appliedAt } },
    orderBy: { appliedAt: "desc" },
  });
  if (later) throw new MutationError("CONFLICT", m.notLatest(formatDateTime(later.appliedAt)));
  const snap = event.snapshot as unknown as Snapshot;
  await checkUnchanged(tx, snap, event.appliedAt);
  await restore(tx, snap);
  await tx.restructuringEvent.update({
    where: { id: event.id },
    data: { status: "UNDONE", undoneAt: new Date(), undoneById: userId },
  });
  return {
    action: "restructure.undo",
    entity: "RestructuringEvent",
    entityId: event.id,
    before: { status: "APPLIED" },
    after: { status: "UNDONE" },
  };
}

async function checkUnchanged(tx: Tx, snap: Snapshot, appliedAt: Date): Promise<void> {
  const sel = { id: true, updatedAt: true } as const;
  const same = async (
    rows: { id: string; after: string }[],
    read: (ids: string[]) => Promise<{ id: string; updatedAt: Date }[]>,
    what: string,
  ) => {
    const now = new Map((await read(rows.map((r) => r.id))).map((r) => [r.id, r.updatedAt.toISOString()]));
    if (rows.some((r) => now.get(r.id) !== r.after)) throw new MutationError("CONFLICT", m.changedSince(what));
  };
  await same(snap.agencies, (ids) => tx.agency.findMany({ where: { id: { in: ids } }, select: sel }), "cơ quan");
  await same(snap.tasks, (ids) => tx.task.findMany({ where: { id: { in: ids } }, select: sel }), "nhiệm vụ");
  const folded = snap.folded ?? [];
  await same(folded, (ids) => tx.task.findMany({ where: { id: { in: ids } }, select: sel }), "nhiệm vụ");
  await same(snap.reports, (ids) => tx.agencyReport.findMany({ where: { id: { in: ids } }, select: sel }), "báo cáo");
  await same(
    snap.scores,
    (ids) => tx.selfScore.findMany({ where: { id: { in: ids } }, select: sel }),
    "tiêu chí tự chấm",
  );
  await same(snap.users, (ids) => tx.user.findMany({ where: { id: { in: ids } }, select: sel }), "tài khoản");
  const taskIds = snap.tasks.map((t) => t.id);
  const foldNotes = folded.flatMap((f) => (f.updateId ? [f.updateId] : []));
  const later = {
    taskId: { in: [...taskIds, ...folded.map((f) => f.id)] },
    createdAt: { gt: appliedAt },
    id: { notIn: foldNotes },
  };
  if (await tx.taskUpdate.count({ where: later })) throw new MutationError("CONFLICT", m.changedSince("nhiệm vụ"));
  const created = snap.createdAgencyIds;
  if (created.length > 0) {
    const inCreated = { agencyId: { in: created } };
    const uses = await Promise.all([
      tx.task.count({ where: { ...inCreated, id: { notIn: taskIds } } }),
      tx.user.count({ where: { ...inCreated, id: { notIn: snap.users.map((u) => u.id) } } }),
      tx.agencyReport.count({ where: { ...inCreated, id: { notIn: snap.reports.map((r) => r.id) } } }),
      tx.selfScore.count({ where: { ...inCreated, id: { notIn: snap.scores.map((s) => s.id) } } }),
      tx.measureAssignment.count({ where: inCreated }),
      // the supporting duties the event itself gave the new agency are not later work
      tx.taskSupporter
        .count({ where: inCreated })
        .then((n) => n - snap.supportersCreated.filter((r) => created.includes(r.agencyId)).length),
    ]);
    if (uses.some((n) => n > 0)) throw new MutationError("CONFLICT", m.changedSince("cơ quan mới"));
  }
}

async function restore(tx: Tx, snap: Snapshot): Promise<void> {
  if (snap.membershipsCreated.length > 0)
    await tx.agencyGroupMember.deleteMany({ where: { OR: snap.membershipsCreated } });
  // The sessions opened under the new structure end too: the version moves on rather than back.
  for (const u of snap.users)
    await tx.user.update({
      where: { id: u.id },
      data: { ...u.before, updatedAt: new Date(u.before.updatedAt), sessionVersion: { increment: 1 } },
    });
  if (snap.obligationsCreated.length > 0)
    await tx.reportingPeriodAgency.deleteMany({ where: { OR: snap.obligationsCreated } });
  if (snap.obligationsDeleted.length > 0) await tx.reportingPeriodAgency.createMany({ data: snap.obligationsDeleted });
  for (const s of snap.scores)
    await tx.selfScore.update({ where: { id: s.id }, data: { ...s.before, updatedAt: new Date(s.before.updatedAt) } });
  for (const r of snap.reports)
    await tx.agencyReport.update({
      where: { id: r.id },
      data: { ...r.before, updatedAt: new Date(r.before.updatedAt) },
    });
  await unfoldTasks(tx, snap.folded ?? []);
  for (const t of snap.tasks)
    await tx.task.update({ where: { id: t.id }, data: { ...t.before, updatedAt: new Date(t.before.updatedAt) } });
  if (snap.supportersCreated.length > 0) await tx.taskSupporter.deleteMany({ where: { OR: snap.supportersCreated } });
  if (snap.supportersDeleted.length > 0) await tx.taskSupporter.createMany({ data: snap.supportersDeleted });
  for (const g of snap.groups)
    await tx.agencyGroup.update({ where: { id: g.id }, data: { retiredOn: at(g.retiredOn) } });
  for (const a of snap.agencies)
    await tx.agency.update({
      where: { id: a.id },
      data: {
        ...a.before,
        endedOn: at(a.before.endedOn),
        updatedAt: new Date(a.before.updatedAt),
      },
    });
  if (snap.createdAgencyIds.length > 0) await tx.agency.deleteMany({ where: { id: { in: snap.createdAgencyIds } } });
}
