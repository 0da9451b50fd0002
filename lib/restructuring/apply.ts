// Applies a checked event plan inside the caller's transaction and returns the snapshot undo needs. Closed
// (accepted) work is never touched: it stays with the agency that did it, under the name it had.
import type { Tx } from "@/lib/db";
import { formatDate } from "@/lib/format";
import type { Audit } from "@/lib/server/audit";
import { foldTasks } from "./fold";
import { KIND_LABELS } from "./messages";
import type { Counts, EventPlan, Snapshot } from "./types";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export async function applyPlan(
  tx: Tx,
  plan: EventPlan,
  actor: { userId: string | null },
): Promise<{ eventId: string; counts: Counts; audits: Audit[] }> {
  const snap: Snapshot = {
    createdAgencyIds: [],
    agencies: [],
    groups: [],
    tasks: [],
    reports: [],
    scores: [],
    users: [],
    obligationsDeleted: [],
    obligationsCreated: [],
    membershipsCreated: [],
    supportersDeleted: [],
    supportersCreated: [],
  };
  const ids = await createSuccessors(tx, plan, snap);
  await endAgencies(tx, plan, ids, snap);
  const folded = await foldTasks(tx, plan, plan.folds, actor.userId);
  snap.folded = folded.rows;
  await moveTasks(tx, plan, ids, snap);
  await moveSupporters(tx, plan, ids, snap);
  await moveReports(tx, plan, ids, snap);
  await moveScores(tx, plan, ids, snap);
  await moveObligations(tx, plan, ids, snap);
  await moveUsers(tx, plan, ids, snap);
  await moveMemberships(tx, plan, ids, snap);
  await readAfter(tx, snap);
  const counts = { ...plan.counts, tasksMoved: snap.tasks.length, reportsMoved: snap.reports.length };
  const event = await tx.restructuringEvent.create({
    data: {
      appliedAt: await nextAppliedAt(tx, plan.provinceId),
      provinceId: plan.provinceId,
      kind: plan.kind,
      effectiveOn: plan.effectiveOn,
      decision: plan.decision,
      fromNames: [...plan.from.map((a) => a.name), ...plan.groups.map((g) => g.name)],
      toNames: plan.to.map((s) => s.name),
      counts,
      snapshot: snap,
      appliedById: actor.userId,
      agencies: {
        create: [
          ...plan.from.map((a) => ({ agencyId: a.id, role: "from" })),
          ...ids.filter((id, i) => ids.indexOf(id) === i).map((agencyId) => ({ agencyId, role: "to" })),
        ],
      },
    },
  });
  const audits: Audit[] = [
    {
      action: "restructure.apply",
      entity: "RestructuringEvent",
      entityId: event.id,
      after: {
        restructuring: KIND_LABELS[plan.kind],
        effectiveOn: formatDate(plan.effectiveOn),
        decision: plan.decision,
        successors: plan.to.map((t) => t.name).join("; "),
        tasksMoved: counts.tasksMoved,
        usersMoved: counts.usersMoved,
        reportsMoved: counts.reportsMoved,
      },
    },
    ...folded.audits,
    ...plan.from.map((a) => ({
      action: plan.kind === "RENAME" ? "agency.rename" : "agency.end",
      entity: "Agency",
      entityId: a.id,
      agencyId: a.id,
      before: { name: a.name },
      after: { successors: plan.to.map((s) => s.name).join("; ") || "—" },
    })),
  ];
  return { eventId: event.id, counts, audits };
}

/**
 * Strictly after the province's previous event, even within one transaction (a file's lines): undo goes newest
 * first, so the order must be total.
 */
async function nextAppliedAt(tx: Tx, provinceId: string): Promise<Date> {
  const last = await tx.restructuringEvent.findFirst({
    where: { provinceId },
    orderBy: { appliedAt: "desc" },
    select: { appliedAt: true },
  });
  return new Date(Math.max(Date.now(), (last?.appliedAt.getTime() ?? 0) + 1));
}

/** The successors' agency ids, in `to` order; a new name becomes an agency that begins on the date. */
async function createSuccessors(tx: Tx, plan: EventPlan, snap: Snapshot): Promise<string[]> {
  const ids: string[] = [];
  const kind = plan.from[0]?.kind ?? "DEPARTMENT";
  for (const s of plan.to) {
    if (s.agencyId) {
      ids.push(s.agencyId);
      continue;
    }
    if (plan.kind === "RENAME") continue;
    const created = await tx.agency.create({
      data: { provinceId: plan.provinceId, name: s.name, kind, validFrom: plan.effectiveOn },
    });
    snap.createdAgencyIds.push(created.id);
    ids.push(created.id);
  }
  return ids;
}

async function endAgencies(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const rows = await tx.agency.findMany({ where: { id: { in: plan.from.map((a) => a.id) } } });
  for (const a of rows) {
    snap.agencies.push({
      id: a.id,
      before: {
        name: a.name,
        aliases: a.aliases,
        active: a.active,
        endedOn: isoOrNull(a.endedOn),
        successorId: a.successorId,
        updatedAt: iso(a.updatedAt),
      },
      after: "",
    });
    if (plan.kind === "RENAME") {
      const name = plan.to[0]?.name ?? a.name;
      // The old name stays an alias: documents written before the rename still find the agency.
      const aliases = a.aliases.includes(a.name) ? a.aliases : [...a.aliases, a.name];
      await tx.agency.update({ where: { id: a.id }, data: { name, aliases: aliases.filter((x) => x !== name) } });
    } else {
      const successorId = plan.kind === "SPLIT" ? null : (ids[0] ?? null);
      await tx.agency.update({ where: { id: a.id }, data: { active: false, endedOn: plan.effectiveOn, successorId } });
    }
  }
  for (const g of plan.groups) {
    const row = await tx.agencyGroup.findUniqueOrThrow({ where: { id: g.id } });
    snap.groups.push({ id: g.id, retiredOn: isoOrNull(row.retiredOn) });
    await tx.agencyGroup.update({ where: { id: g.id }, data: { retiredOn: plan.effectiveOn } });
  }
}

const targetId = (ids: string[], to: number | null | undefined) =>
  to === null || to === undefined ? null : (ids[to] ?? null);

async function moveTasks(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const rows = await tx.task.findMany({
    where: { id: { in: plan.tasks.map((t) => t.id) } },
    select: { id: true, agencyId: true, originAgencyId: true, responsibleUserId: true, updatedAt: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The person answering for a task keeps it only when they move to the agency the task moves to.
  const usersTo = targetId(ids, plan.usersTo);
  const moving = new Set(plan.users.map((u) => u.id));
  const groups = new Map<
    string,
    { agencyId: string | null; originAgencyId: string | null; clearResponsible: boolean; ids: string[] }
  >();
  const folded = new Set(plan.folds.map((f) => f.taskId));
  for (const t of plan.tasks) {
    const row = byId.get(t.id);
    if (!row || folded.has(t.id)) continue;
    snap.tasks.push({
      id: row.id,
      before: {
        agencyId: row.agencyId,
        originAgencyId: row.originAgencyId,
        responsibleUserId: row.responsibleUserId,
        updatedAt: iso(row.updatedAt),
      },
      after: "",
    });
    const agencyId = targetId(ids, t.to);
    // A task moved twice keeps the agency the plan first gave it to.
    const originAgencyId = row.originAgencyId ?? row.agencyId;
    const person = row.responsibleUserId;
    const clearResponsible = person !== null && !(moving.has(person) && usersTo !== null && usersTo === agencyId);
    const key = `${agencyId}|${originAgencyId}|${clearResponsible}`;
    const group = groups.get(key) ?? { agencyId, originAgencyId, clearResponsible, ids: [] };
    group.ids.push(row.id);
    groups.set(key, group);
  }
  for (const g of groups.values())
    await tx.task.updateMany({
      where: { id: { in: g.ids } },
      data: {
        agencyId: g.agencyId,
        originAgencyId: g.originAgencyId,
        ...(g.clearResponsible ? { responsibleUserId: null } : {}),
      },
    });
}

/**
 * Supporting (phối hợp) duties of the ended agencies go to the one successor (none for a split or a dissolve
 * without one: the generator then leaves them out too); an agency never supports a task it now leads.
 */
async function moveSupporters(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const fromIds = plan.from.map((a) => a.id);
  const successor = plan.kind === "SPLIT" ? null : (ids[0] ?? null);
  const movedIds = snap.tasks.map((t) => t.id);
  const theirs = await tx.taskSupporter.findMany({ where: { agencyId: { in: fromIds } }, select: { taskId: true } });
  const rows = await tx.taskSupporter.findMany({
    where: { taskId: { in: [...new Set([...theirs.map((r) => r.taskId), ...movedIds])] } },
    include: { task: { select: { agencyId: true } } },
  });
  const drop = rows.filter((r) => fromIds.includes(r.agencyId) || r.agencyId === r.task.agencyId);
  const kept = new Set(rows.filter((r) => !drop.includes(r)).map((r) => `${r.taskId}|${r.agencyId}`));
  const create: { taskId: string; agencyId: string }[] = [];
  if (successor)
    for (const r of drop) {
      if (!fromIds.includes(r.agencyId) || r.task.agencyId === successor) continue;
      const key = `${r.taskId}|${successor}`;
      if (kept.has(key)) continue;
      kept.add(key);
      create.push({ taskId: r.taskId, agencyId: successor });
    }
  const deleted = drop.map((r) => ({ taskId: r.taskId, agencyId: r.agencyId }));
  if (deleted.length > 0) await tx.taskSupporter.deleteMany({ where: { OR: deleted } });
  if (create.length > 0) await tx.taskSupporter.createMany({ data: create });
  snap.supportersDeleted.push(...deleted);
  snap.supportersCreated.push(...create);
}

async function moveReports(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  for (const r of plan.reports) {
    const agencyId = targetId(ids, r.to);
    if (!agencyId) continue; // no successor: the draft stays with the agency that wrote it
    const row = await tx.agencyReport.findUniqueOrThrow({ where: { id: r.id } });
    // The successor already reports for that period: the predecessor's draft stays its own.
    const taken = await tx.agencyReport.count({ where: { periodId: row.periodId, agencyId } });
    if (taken > 0) continue;
    snap.reports.push({ id: row.id, before: { agencyId: row.agencyId, updatedAt: iso(row.updatedAt) }, after: "" });
    await tx.agencyReport.update({ where: { id: row.id }, data: { agencyId } });
  }
}

async function moveScores(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const rows = await tx.selfScore.findMany({ where: { id: { in: plan.scores.map((s) => s.id) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const s of plan.scores) {
    const row = byId.get(s.id);
    if (!row) continue;
    snap.scores.push({ id: row.id, before: { agencyId: row.agencyId, updatedAt: iso(row.updatedAt) }, after: "" });
    await tx.selfScore.update({ where: { id: row.id }, data: { agencyId: targetId(ids, s.to) } });
  }
}

/** Reporting obligations of periods not yet over go to the successor (to every successor of a split). */
async function moveObligations(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  if (plan.obligations.length === 0) return;
  const successors = plan.kind === "SPLIT" ? ids : ids.slice(0, 1);
  const wanted = plan.obligations.flatMap((o) => successors.map((agencyId) => ({ periodId: o.periodId, agencyId })));
  const existing = await tx.reportingPeriodAgency.findMany({
    where: { OR: wanted.length ? wanted : [{ periodId: "" }] },
  });
  const have = new Set(existing.map((e) => `${e.periodId}|${e.agencyId}`));
  const create = wanted.filter((w, i) => {
    const key = `${w.periodId}|${w.agencyId}`;
    return !have.has(key) && wanted.findIndex((x) => `${x.periodId}|${x.agencyId}` === key) === i;
  });
  await tx.reportingPeriodAgency.deleteMany({ where: { OR: plan.obligations } });
  if (create.length > 0) await tx.reportingPeriodAgency.createMany({ data: create });
  snap.obligationsDeleted.push(...plan.obligations);
  snap.obligationsCreated.push(...create);
}

/** Users move with the work (sessions end: their agency changed) or lose access, as Sở Nội vụ chose. */
async function moveUsers(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const rows = await tx.user.findMany({ where: { id: { in: plan.users.map((u) => u.id) } } });
  const agencyId = targetId(ids, plan.usersTo);
  for (const u of rows) {
    snap.users.push({
      id: u.id,
      before: { agencyId: u.agencyId, active: u.active, updatedAt: iso(u.updatedAt) },
      after: "",
    });
    const data = agencyId ? { agencyId } : { active: false };
    await tx.user.update({ where: { id: u.id }, data: { ...data, sessionVersion: { increment: 1 } } });
  }
}

/** The successors join the groups the ended agencies were in, so a group's work fans out to the new list. */
async function moveMemberships(tx: Tx, plan: EventPlan, ids: string[], snap: Snapshot): Promise<void> {
  const retired = new Set(plan.groups.map((g) => g.id));
  const groupIds = [...new Set(plan.memberships.map((m) => m.groupId))].filter((g) => !retired.has(g));
  const wanted = groupIds.flatMap((groupId) => ids.map((agencyId) => ({ groupId, agencyId })));
  if (wanted.length === 0) return;
  const existing = await tx.agencyGroupMember.findMany({ where: { OR: wanted } });
  const have = new Set(existing.map((e) => `${e.groupId}|${e.agencyId}`));
  const create = wanted.filter((w) => !have.has(`${w.groupId}|${w.agencyId}`));
  if (create.length > 0) await tx.agencyGroupMember.createMany({ data: create });
  snap.membershipsCreated.push(...create);
}

async function readAfter(tx: Tx, snap: Snapshot): Promise<void> {
  const stamp = async <T extends { id: string; after: string }>(
    rows: T[],
    read: (ids: string[]) => Promise<{ id: string; updatedAt: Date }[]>,
  ) => {
    const now = new Map((await read(rows.map((r) => r.id))).map((r) => [r.id, iso(r.updatedAt)]));
    for (const r of rows) r.after = now.get(r.id) ?? "";
  };
  const sel = { id: true, updatedAt: true } as const;
  await stamp(snap.agencies, (ids) => tx.agency.findMany({ where: { id: { in: ids } }, select: sel }));
  await stamp(snap.tasks, (ids) => tx.task.findMany({ where: { id: { in: ids } }, select: sel }));
  await stamp(snap.folded ?? [], (ids) => tx.task.findMany({ where: { id: { in: ids } }, select: sel }));
  await stamp(snap.reports, (ids) => tx.agencyReport.findMany({ where: { id: { in: ids } }, select: sel }));
  await stamp(snap.scores, (ids) => tx.selfScore.findMany({ where: { id: { in: ids } }, select: sel }));
  await stamp(snap.users, (ids) => tx.user.findMany({ where: { id: { in: ids } }, select: sel }));
}
