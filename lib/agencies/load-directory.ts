// A province's agency directory as stored (seeded from lib/agencies/<province>.ts, then maintained by
// Home Affairs): the one read, with ids and states, that the plan importer and the task generator each view
// in their own way. Takes the client or transaction from the caller, so it runs in the CLI as well as in
// server code; it is not marked "server-only" because that import throws under plain Node.
import type { Tx } from "@/lib/db";
import type { AgencyDirectory, AgencyKind } from "./directory";

export type StoredAgency = {
  id: string;
  name: string;
  aliases: string[];
  kind: AgencyKind;
  shortName: string | null;
  active: boolean;
  parentName: string | null;
  /** set when a restructuring ended the agency: the one agency that took its work over, if one did */
  ended?: { successorId: string | null };
};
export type StoredGroup = {
  id: string;
  name: string;
  aliases: string[];
  members: { id: string; name: string; active: boolean }[];
  retired?: boolean;
};
export type StoredDirectory = { agencies: StoredAgency[]; groups: StoredGroup[] };

export async function loadStoredDirectory(client: Tx, provinceId: string): Promise<StoredDirectory> {
  const ofProvince = { where: { provinceId }, orderBy: { name: "asc" } } as const;
  const [agencies, groups] = await Promise.all([
    client.agency.findMany({
      ...ofProvince,
      select: {
        id: true,
        name: true,
        aliases: true,
        kind: true,
        shortName: true,
        active: true,
        endedOn: true,
        successorId: true,
        parent: { select: { name: true } },
      },
    }),
    client.agencyGroup.findMany({
      ...ofProvince,
      select: {
        id: true,
        name: true,
        aliases: true,
        retiredOn: true,
        members: { select: { agency: { select: { id: true, name: true, active: true } } } },
      },
    }),
  ]);
  return {
    agencies: agencies.map(({ parent, endedOn, successorId, ...a }) => ({
      ...a,
      parentName: parent?.name ?? null,
      ...(endedOn ? { ended: { successorId } } : {}),
    })),
    groups: groups.map(({ retiredOn, ...g }) => ({
      ...g,
      members: g.members.map((m) => m.agency),
      ...(retiredOn ? { retired: true } : {}),
    })),
  };
}

/** What a plan document's names are read against: the active agencies, and every group with all its members. */
export function importDirectory(stored: StoredDirectory): AgencyDirectory {
  return {
    agencies: stored.agencies
      .filter((a) => a.active)
      .map((a) => ({
        name: a.name,
        aliases: a.aliases,
        kind: a.kind,
        ...(a.shortName ? { shortName: a.shortName } : {}),
        ...(a.parentName ? { parentName: a.parentName } : {}),
      })),
    groups: stored.groups.map((g) => ({ name: g.name, aliases: g.aliases, members: g.members.map((m) => m.name) })),
  };
}

export async function loadAgencyDirectory(client: Tx, provinceId: string): Promise<AgencyDirectory> {
  return importDirectory(await loadStoredDirectory(client, provinceId));
}
