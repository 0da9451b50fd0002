import "server-only";
// Checks shared by the agency and group mutations, run inside their transaction.
import type { Tx } from "@/lib/db";
import { invalidFields } from "@/lib/server/form-result";
import { adminAgencyMessages as m } from "./messages";
import { distinctAliases, type NameOwner, nameCollisions } from "./names";

/**
 * Serialises name and alias changes within one province, so two admins saving at once cannot both pass the
 * collision check with the same spelling. Released at commit or rollback.
 */
export async function lockProvinceNames(tx: Tx, provinceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`agency-names:${provinceId}`}))`;
}

export async function loadNameOwners(tx: Tx, provinceId: string): Promise<NameOwner[]> {
  const [agencies, groups] = await Promise.all([
    tx.agency.findMany({ where: { provinceId }, select: { id: true, name: true, aliases: true, active: true } }),
    tx.agencyGroup.findMany({ where: { provinceId }, select: { id: true, name: true, aliases: true } }),
  ]);
  return [
    ...agencies.map((a) => ({ kind: "agency" as const, ...a })),
    ...groups.map((g) => ({ kind: "group" as const, ...g, active: true })),
  ];
}

/** Locks the province's names, refuses spellings another owner uses, and returns the aliases worth keeping. */
export async function claimNames(
  tx: Tx,
  provinceId: string,
  self: { kind: "agency" | "group"; id: string | null; name: string; aliases: readonly string[] },
): Promise<string[]> {
  await lockProvinceNames(tx, provinceId);
  const aliases = distinctAliases(self.name, self.aliases);
  const collisions = nameCollisions({ ...self, aliases }, await loadNameOwners(tx, provinceId));
  if (collisions.name || collisions.aliases) throw invalidFields(collisions);
  return aliases;
}

/**
 * A parent must be another agency of the province, not below the agency itself; a commune's parent must be a
 * district. Returns the parent's name for the audit row.
 */
export async function checkParent(
  tx: Tx,
  provinceId: string,
  self: { id: string | null; kind: string; parentId: string | null },
): Promise<string | null> {
  if (!self.parentId) return null;
  if (self.parentId === self.id) throw invalidFields({ parentId: [m.parentIsSelf] });
  const parent = await tx.agency.findFirst({
    where: { id: self.parentId, provinceId },
    select: { name: true, kind: true },
  });
  if (!parent) throw invalidFields({ parentId: [m.parentNotFound] });
  if (self.kind === "COMMUNE" && parent.kind !== "DISTRICT")
    throw invalidFields({ parentId: [m.parentMustBeDistrict] });
  if (self.id && (await isAncestor(tx, self.id, self.parentId))) throw invalidFields({ parentId: [m.parentCycle] });
  return parent.name;
}

// Walks up from the proposed parent; the tree is a few levels deep (province body → office → centre).
async function isAncestor(tx: Tx, agencyId: string, startId: string): Promise<boolean> {
  let current: string | null = startId;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current === agencyId) return true;
    const row: { parentId: string | null } | null = await tx.agency.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
  return false;
}
