// "Gộp theo cơ cấu hiện tại" on a board (?gop=1): the agencies a restructuring has ended whose work the board's
// agency carries on. Their tasks (the closed work that stayed with them) join the board when the user asks,
// each card labelled with the predecessor's name; by default the board holds the agency's own tasks only.
import { predecessorsOf } from "@/lib/agencies/successions";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

/** A row of the province's ended agencies, as the board's first statement reads them (lib/tasks/data.ts). */
export type EndedAgency = { id: string; name: string; successorId: string | null };

/**
 * The predecessors of `agencyId` whose tasks the caller may read (the successor's people read the history they
 * inherited: lib/auth/permissions.ts "inherited_agency"), by name, from the province's ended agencies (usually
 * none), which the board reads in the statement that finds its agency.
 */
export function boardPredecessors(
  user: SessionUser,
  ended: readonly EndedAgency[],
  agencyId: string,
): { id: string; name: string }[] {
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
