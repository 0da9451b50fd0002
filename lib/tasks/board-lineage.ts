import "server-only";
// "Gộp theo cơ cấu hiện tại" on a board (?gop=1): the agencies a restructuring has ended whose work the board's
// agency carries on. Their tasks (the closed work that stayed with them) join the board when the user asks,
// each card labelled with the predecessor's name; by default the board holds the agency's own tasks only.
import { predecessorsOf } from "@/lib/agencies/successions";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * The predecessors of `agencyId` whose tasks the caller may read (the successor's people read the history they
 * inherited: lib/auth/permissions.ts "inherited_agency"), by name. Usually none: one query of the province's
 * ended agencies.
 */
export async function loadBoardPredecessors(
  user: SessionUser,
  agencyId: string,
): Promise<{ id: string; name: string }[]> {
  const ended = await db.agency.findMany({
    where: { provinceId: user.provinceId, endedOn: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, successorId: true },
  });
  return predecessorsOf(ended, agencyId)
    .filter((p) =>
      can(user, "task.read", {
        provinceId: user.provinceId,
        agencyId: p.id,
        supportAgencyIds: [],
        successorAgencyIds: [agencyId],
      }),
    )
    .map(({ id, name }) => ({ id, name }));
}

/**
 * The predecessor a merged board's card is labelled with: the one that led the task, else the one that supported
 * it when the board's agency itself has no part in it; null for the agency's own work.
 */
export function formerAgencyOf(
  found: readonly { id: string; via: string }[],
  agencyId: string,
  predecessors: readonly { id: string; name: string }[],
) {
  const names = new Map(predecessors.map((p) => [p.id, p.name]));
  const own = new Set(found.flatMap((r) => (r.via === agencyId ? [r.id] : [])));
  const supported = new Map(found.map((r) => [r.id, r.via]));
  return (row: { id: string; agencyId: string | null }): string | null => {
    const led = row.agencyId ? names.get(row.agencyId) : undefined;
    if (led) return led;
    return own.has(row.id) ? null : (names.get(supported.get(row.id) ?? "") ?? null);
  };
}
