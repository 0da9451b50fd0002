import "server-only";
// Agency writes (agency.manage): add, edit (name, short name, kind, parent, aliases), deactivate. All go through
// defineMutation, which checks the permission against the loaded record and writes the audit row in the same
// transaction. Aliases are claimed under a province lock so no two owners share a folded spelling.
import type { Tx } from "@/lib/db";
import { changedFields } from "@/lib/server/audit";
import { defineMutation } from "@/lib/server/mutation";
import { syncProvinceTasks } from "@/lib/tasks/generate";
import { agencyActiveSchema, agencyCreateSchema, agencyUpdateSchema } from "./schema";
import { checkParent, claimNames } from "./store";

type AgencySnapshot = {
  name: string;
  shortName: string | null;
  kind: string;
  parent: string | null;
  aliases: string[];
};

async function loadAgency(tx: Tx, agencyId: string) {
  const agency = await tx.agency.findUnique({
    where: { id: agencyId },
    include: { parent: { select: { name: true } } },
  });
  return agency ? { record: agency, target: { provinceId: agency.provinceId, agencyId: agency.id } } : null;
}

function snapshot(
  a: { name: string; shortName: string | null; kind: string; aliases: string[] },
  parent: string | null,
): AgencySnapshot {
  return { name: a.name, shortName: a.shortName, kind: a.kind, parent, aliases: a.aliases };
}

export const createAgency = defineMutation({
  action: "agency.manage",
  schema: agencyCreateSchema,
  load: async (_tx, _input, user) => ({ record: null, target: { provinceId: user.provinceId } }),
  run: async (tx, input, { user }) => {
    const provinceId = user.provinceId;
    const aliases = await claimNames(tx, provinceId, {
      kind: "agency",
      id: null,
      name: input.name,
      aliases: input.aliases,
    });
    const parent = await checkParent(tx, provinceId, { id: null, kind: input.kind, parentId: input.parentId });
    const agency = await tx.agency.create({
      data: {
        provinceId,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        parentId: input.parentId,
        aliases,
      },
    });
    return {
      data: { agencyId: agency.id, name: agency.name },
      audit: {
        action: "agency.create",
        entity: "Agency",
        entityId: agency.id,
        agencyId: agency.id,
        after: snapshot(agency, parent),
      },
    };
  },
});

export const updateAgency = defineMutation({
  action: "agency.manage",
  schema: agencyUpdateSchema,
  load: (tx, input) => loadAgency(tx, input.agencyId),
  run: async (tx, input, { record }) => {
    const self = { kind: "agency" as const, id: record.id, name: input.name, aliases: input.aliases };
    const aliases = await claimNames(tx, record.provinceId, self);
    const parent = await checkParent(tx, record.provinceId, {
      id: record.id,
      kind: input.kind,
      parentId: input.parentId,
    });
    const agency = await tx.agency.update({
      where: { id: record.id },
      data: { name: input.name, shortName: input.shortName, kind: input.kind, parentId: input.parentId, aliases },
    });
    const diff = changedFields(snapshot(record, record.parent?.name ?? null), snapshot(agency, parent));
    return {
      data: { agencyId: agency.id, name: agency.name },
      audit: { action: "agency.update", entity: "Agency", entityId: agency.id, agencyId: agency.id, ...diff },
    };
  },
});

/**
 * Deactivating keeps the agency's tasks, users and history; it leaves pickers and the overview (once idle).
 * The task generator gives a group's work to active members only, so a member's change fans tasks out again.
 */
export const setAgencyActive = defineMutation({
  action: "agency.manage",
  schema: agencyActiveSchema,
  load: (tx, input) => loadAgency(tx, input.agencyId),
  run: async (tx, input, { record }) => {
    if (record.active !== input.active) {
      await tx.agency.update({ where: { id: record.id }, data: { active: input.active } });
      if (await tx.agencyGroupMember.count({ where: { agencyId: record.id } }))
        await syncProvinceTasks(tx, record.provinceId);
    }
    return {
      data: { agencyId: record.id, name: record.name, active: input.active },
      audit: {
        action: input.active ? "agency.activate" : "agency.deactivate",
        entity: "Agency",
        entityId: record.id,
        agencyId: record.id,
        before: { active: record.active },
        after: { active: input.active },
      },
    };
  },
});
