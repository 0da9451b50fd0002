// A file line names agencies and groups as people write them: matched on the name or an alias (case and
// spacing aside). An unknown "from" is an error; an unknown "to" of a merge, split or rename is a new agency.
import type { Tx } from "@/lib/db";
import { exactKey } from "@/lib/text/vietnamese";
import type { BatchLine } from "./file";
import { restructuringMessages as m } from "./messages";
import type { EventInput, SuccessorInput } from "./schema";

export async function resolveNames(
  tx: Tx,
  provinceId: string,
  line: BatchLine,
): Promise<{ input: EventInput | null; errors: string[] }> {
  const [agencies, groups] = await Promise.all([
    tx.agency.findMany({ where: { provinceId }, select: { id: true, name: true, aliases: true, active: true } }),
    tx.agencyGroup.findMany({ where: { provinceId }, select: { id: true, name: true, aliases: true } }),
  ]);
  const agencyByKey = new Map<string, string>();
  // A current agency's name wins over an ended one's alias.
  for (const a of [...agencies].sort((x, y) => Number(x.active) - Number(y.active)))
    for (const n of [a.name, ...a.aliases]) agencyByKey.set(exactKey(n), a.id);
  for (const a of agencies) agencyByKey.set(exactKey(a.name), a.id);
  const groupByKey = new Map(groups.flatMap((g) => [g.name, ...g.aliases].map((n) => [exactKey(n), g.id] as const)));
  const errors: string[] = [];
  const fromAgencyIds: string[] = [];
  const fromGroupIds: string[] = [];
  for (const name of line.from) {
    const agencyId = agencyByKey.get(exactKey(name));
    const groupId = line.kind === "DISSOLVE" ? groupByKey.get(exactKey(name)) : undefined;
    if (agencyId) fromAgencyIds.push(agencyId);
    else if (groupId) fromGroupIds.push(groupId);
    else errors.push(m.lineUnknown(name));
  }
  const to = line.to.map((name): SuccessorInput => {
    const agencyId = line.kind === "RENAME" ? undefined : agencyByKey.get(exactKey(name));
    return agencyId ? { agencyId } : { name };
  });
  if (line.kind === "DISSOLVE") for (const t of to) if ("name" in t) errors.push(m.lineUnknown(t.name));
  if (errors.length > 0 || !line.kind) return { input: null, errors };
  return {
    input: {
      kind: line.kind,
      effectiveOn: line.effectiveOn,
      decision: line.decision,
      fromAgencyIds,
      fromGroupIds,
      to,
      usersTo: to.length > 0 ? 0 : null,
      choices: {},
    },
    errors,
  };
}
