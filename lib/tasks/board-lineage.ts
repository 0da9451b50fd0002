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
