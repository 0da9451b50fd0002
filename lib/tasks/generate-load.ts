// The reads of the task generator: one query per kind of row (plan, measures with their assignments, the
// province's agencies, its groups with active members, field criteria, existing tasks), never one per measure.
import type { Tx } from "@/lib/db";
import type { AgencyDirectory } from "@/lib/agencies/directory";
import type { AgencyIndex, MeasureRow } from "./desired";
import type { ExistingTask } from "./reconcile";

export async function loadPlan(tx: Tx, planId: string) {
  return tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { id: true, provinceId: true, issuedOn: true, sourceText: true, assessment: { select: { frameworkId: true } } },
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

/** The province's agencies and groups: ids for fanning out, and the same names as a directory for the parser. */
export async function loadDirectory(tx: Tx, provinceId: string): Promise<{ index: AgencyIndex; names: AgencyDirectory }> {
  const [agencies, groups] = await Promise.all([
    tx.agency.findMany({ where: { provinceId }, select: { id: true, name: true, aliases: true, kind: true } }),
    tx.agencyGroup.findMany({
      where: { provinceId },
      select: {
        id: true,
        name: true,
        aliases: true,
        // Inactive agencies (merged, dissolved) no longer receive a group's work.
        members: { where: { agency: { active: true } }, select: { agency: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  const index: AgencyIndex = {
    membersOf: new Map(groups.map((g) => [g.id, g.members.map((m) => m.agency.id)])),
    agencyIdByName: new Map(agencies.map((a) => [a.name, a.id])),
    groupIdByName: new Map(groups.map((g) => [g.name, g.id])),
  };
  const names: AgencyDirectory = {
    agencies: agencies.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind })),
    groups: groups.map((g) => ({ name: g.name, aliases: g.aliases, members: g.members.map((m) => m.agency.name) })),
  };
  return { index, names };
}

export async function loadFieldCriteria(tx: Tx, frameworkId: string | null, codes: string[]): Promise<Map<string, string>> {
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
    where: { planId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      source: true,
      sourceRef: true,
      agencyId: true,
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
