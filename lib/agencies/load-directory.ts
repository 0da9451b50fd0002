// A province's agency directory as stored (seeded from lib/agencies/<province>.ts, then maintained by
// Home Affairs). Takes the client or transaction from the caller, so it runs in the CLI as well as in
// server code; it is not marked "server-only" because that import throws under plain Node.
import type { Tx } from "@/lib/db";
import type { AgencyDirectory } from "./directory";

export async function loadAgencyDirectory(client: Tx, provinceId: string): Promise<AgencyDirectory> {
  const [agencies, groups] = await Promise.all([
    client.agency.findMany({
      where: { provinceId, active: true },
      orderBy: { name: "asc" },
      select: { name: true, aliases: true, kind: true, shortName: true, parent: { select: { name: true } } },
    }),
    client.agencyGroup.findMany({
      where: { provinceId },
      orderBy: { name: "asc" },
      select: { name: true, aliases: true, members: { select: { agency: { select: { name: true } } } } },
    }),
  ]);
  return {
    agencies: agencies.map((a) => ({
      name: a.name,
      aliases: a.aliases,
      kind: a.kind,
      ...(a.shortName ? { shortName: a.shortName } : {}),
      ...(a.parent ? { parentName: a.parent.name } : {}),
    })),
    groups: groups.map((g) => ({ name: g.name, aliases: g.aliases, members: g.members.map((m) => m.agency.name) })),
  };
}
