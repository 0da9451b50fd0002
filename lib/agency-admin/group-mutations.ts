import "server-only";
// Group writes (agency.manage): add a group, rename it and edit its aliases, and change membership — from the
// group's page (its members) or from an agency's page (its groups). A membership change fans tasks out again.
import type { Tx } from "@/lib/db";
import { changedFields } from "@/lib/server/audit";
import { invalidFields } from "@/lib/server/form-result";
import { type Audit, defineMutation } from "@/lib/server/mutation";
import { syncProvinceTasks } from "@/lib/tasks/generate";
import { adminAgencyMessages as m } from "./messages";
import { agencyGroupsSchema, groupCreateSchema, groupMembersSchema, groupUpdateSchema } from "./schema";
import { claimNames } from "./store";

async function loadGroup(tx: Tx, groupId: string) {
  const group = await tx.agencyGroup.findUnique({ where: { id: groupId } });
  return group ? { record: group, target: { provinceId: group.provinceId } } : null;
}

export const createGroup = defineMutation({
  action: "agency.manage",
  schema: groupCreateSchema,
  load: async (_tx, _input, user) => ({ record: null, target: { provinceId: user.provinceId } }),
  run: async (tx, input, { user }) => {
    const aliases = await claimNames(tx, user.provinceId, {
      kind: "group",
      id: null,
      name: input.name,
      aliases: input.aliases,
    });
    const group = await tx.agencyGroup.create({ data: { provinceId: user.provinceId, name: input.name, aliases } });
    return {
      data: { groupId: group.id, name: group.name },
      audit: {
        action: "group.create",
        entity: "AgencyGroup",
        entityId: group.id,
        after: { name: group.name, aliases },
      },
    };
  },
});

export const updateGroup = defineMutation({
  action: "agency.manage",
  schema: groupUpdateSchema,
  load: (tx, input) => loadGroup(tx, input.groupId),
  run: async (tx, input, { record }) => {
    const aliases = await claimNames(tx, record.provinceId, {
      kind: "group",
      id: record.id,
      name: input.name,
      aliases: input.aliases,
    });
    const group = await tx.agencyGroup.update({ where: { id: record.id }, data: { name: input.name, aliases } });
    const diff = changedFields({ name: record.name, aliases: record.aliases }, { name: group.name, aliases });
    return {
      data: { groupId: group.id, name: group.name },
      audit: { action: "group.update", entity: "AgencyGroup", entityId: group.id, ...diff },
    };
  },
});

type Pair = { groupId: string; agencyId: string };
type Names = { groups: Map<string, string>; agencies: Map<string, string> };

/** Replaces a set of memberships (`current` → `wanted`), one audit row per change, then fans tasks out. */
async function applyMembership(tx: Tx, provinceId: string, current: Pair[], wanted: Pair[], names: Names) {
  const key = (p: Pair) => `${p.groupId}|${p.agencyId}`;
  const currentKeys = new Set(current.map(key));
  const wantedKeys = new Set(wanted.map(key));
  const added = wanted.filter((p) => !currentKeys.has(key(p)));
  const removed = current.filter((p) => !wantedKeys.has(key(p)));
  if (added.length) await tx.agencyGroupMember.createMany({ data: added });
  for (const p of removed) await tx.agencyGroupMember.delete({ where: { groupId_agencyId: p } });
  // Tasks assigned to a group reach its new members and leave removed ones, in this same transaction.
  if (added.length || removed.length) await syncProvinceTasks(tx, provinceId);
  const audit = (p: Pair, action: string): Audit => ({
    action,
    entity: "AgencyGroup",
    entityId: p.groupId,
    agencyId: p.agencyId,
    after: { group: names.groups.get(p.groupId), agency: names.agencies.get(p.agencyId) },
  });
  return {
    data: { added: added.length, removed: removed.length },
    audit: [...added.map((p) => audit(p, "group.member_add")), ...removed.map((p) => audit(p, "group.member_remove"))],
  };
}

export const setGroupMembers = defineMutation({
  action: "agency.manage",
  schema: groupMembersSchema,
  load: (tx, input) => loadGroup(tx, input.groupId),
  run: async (tx, input, { record }) => {
    const [agencies, current] = await Promise.all([
      tx.agency.findMany({
        where: { provinceId: record.provinceId, id: { in: input.agencyIds } },
        select: { id: true, name: true },
      }),
      tx.agencyGroupMember.findMany({ where: { groupId: record.id }, include: { agency: { select: { name: true } } } }),
    ]);
    if (agencies.length !== input.agencyIds.length) throw invalidFields({ agencyIds: [m.agenciesNotFound] });
    const names: Names = {
      groups: new Map([[record.id, record.name]]),
      agencies: new Map([
        ...agencies.map((a) => [a.id, a.name] as const),
        ...current.map((c) => [c.agencyId, c.agency.name] as const),
      ]),
    };
    const wanted = input.agencyIds.map((agencyId) => ({ groupId: record.id, agencyId }));
    const pairs = current.map((c) => ({ groupId: c.groupId, agencyId: c.agencyId }));
    return applyMembership(tx, record.provinceId, pairs, wanted, names);
  },
});

export const setAgencyGroups = defineMutation({
  action: "agency.manage",
  schema: agencyGroupsSchema,
  load: async (tx, input) => {
    const agency = await tx.agency.findUnique({ where: { id: input.agencyId } });
    return agency ? { record: agency, target: { provinceId: agency.provinceId, agencyId: agency.id } } : null;
  },
  run: async (tx, input, { record }) => {
    const [groups, current] = await Promise.all([
      tx.agencyGroup.findMany({
        where: { provinceId: record.provinceId, id: { in: input.groupIds } },
        select: { id: true, name: true },
      }),
      tx.agencyGroupMember.findMany({ where: { agencyId: record.id }, include: { group: { select: { name: true } } } }),
    ]);
    if (groups.length !== input.groupIds.length) throw invalidFields({ groupIds: [m.groupsNotFound] });
    const names: Names = {
      groups: new Map([
        ...groups.map((g) => [g.id, g.name] as const),
        ...current.map((c) => [c.groupId, c.group.name] as const),
      ]),
      agencies: new Map([[record.id, record.name]]),
    };
    const wanted = input.groupIds.map((groupId) => ({ groupId, agencyId: record.id }));
    const pairs = current.map((c) => ({ groupId: c.groupId, agencyId: c.agencyId }));
    return applyMembership(tx, record.provinceId, pairs, wanted, names);
  },
});
