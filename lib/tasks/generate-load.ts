// The reads of the task generator: one query per kind of row (plan, measures with their assignments, the
// province's directory, field criteria, existing tasks), never one per measure.

import type { AgencyDirectory } from "@/lib/agencies/directory";
import type { StoredDirectory, StoredGroup } from "@/lib/agencies/load-directory";
import type { Tx } from "@/lib/db";
import type { AgencyIndex, MeasureRow } from "./desired";
import type { ExistingTask } from "./reconcile";

export async function loadPlan(tx: Tx, planId: string) {
  return tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      id: true,
      provinceId: true,
      issuedOn: true,
      sourceText: true,
      body: true,
      assessment: { select: { frameworkId: true } },
    },
  });
}

export async function loadMeasures(tx: Tx, planId: string): Promise<MeasureRow[]> {
  const rows = await tx.measure.findMany({
    where: { planId },
    orderBy: [{ criterion: { sortKey: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      position: true,
      text: true,
      endsOn: true,
      recurrence: true,
      criterionId: true,
      criterion: { select: { code: true } },
      assignments: { select: { role: true, position: true, agencyId: true, groupId: true } },
    },
  });
  return rows.map(({ criterion, ...m }) => ({ ...m, criterionCode: criterion.code }));
}

/**
 * The province's directory as the generator needs it: ids for fanning out (a group reaches only its active
 * members; inactive agencies, merged or dissolved, no longer receive a group's work), and the names the plan
 * body is read against (every agency, so a duty of a since-closed agency still finds its task).
 */
export function taskDirectory(stored: StoredDirectory): { index: AgencyIndex; names: AgencyDirectory } {
  // A retired group (restructuring) fans its duties out to no one: they wait, unassigned, for Sở Nội vụ.
  const activeMembers = (g: StoredGroup) => (g.retired ? [] : g.members.filter((m) => m.active));
  const index: AgencyIndex = {
    membersOf: new Map(stored.groups.map((g) => [g.id, activeMembers(g).map((m) => m.id)])),
    agencyIdByName: new Map(stored.agencies.map((a) => [a.name, a.id])),
    groupIdByName: new Map(stored.groups.map((g) => [g.name, g.id])),
  };
  const names: AgencyDirectory = {
    agencies: stored.agencies.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind })),
    groups: stored.groups.map((g) => ({
      name: g.name,
      aliases: g.aliases,
      members: activeMembers(g).map((m) => m.name),
    })),
  };
  return { index, names };
}

export async function loadFieldCriteria(
  tx: Tx,
  frameworkId: string | null,
  codes: string[],
): Promise<Map<string, string>> {
  if (!frameworkId || codes.length === 0) return new Map();
  const rows = await tx.criterion.findMany({
    where: { frameworkId, level: "FIELD", code: { in: codes } },
    select: { id: true, code: true },
  });
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Oldest first, so unassigned tasks of one source pair up with the plan's slots in a stable order. */
export async function loadExistingTasks(tx: Tx, planId: string): Promise<ExistingTask[]> {
  const rows = await tx.task.findMany({
    // Tasks carried in from a merged province's plan are not this plan's text: the sync neither matches nor deletes them.
    where: { planId, carriedFromPlanId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      source: true,
      sourceRef: true,
      agencyId: true,
      originAgencyId: true,
      measureId: true,
      criterionId: true,
      title: true,
      dueOn: true,
      recurrence: true,
      status: true,
      progress: true,
      supporters: { select: { agencyId: true } },
      _count: { select: { updates: true } },
    },
  });
  return rows.map(({ supporters, _count, ...t }) => ({
    ...t,
    supporterIds: supporters.map((s) => s.agencyId),
    updateCount: _count.updates,
  }));
}
