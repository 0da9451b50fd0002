// History shows an agency as it was named at the time, with a link to whoever carries its work on today. The
// names come from the applied restructuring events (lib/restructuring): a rename keeps the old name in its
// snapshot; a merge, split or dissolve ends the agency and names its successor. One helper for every page that
// shows history (task history, audit log, /tien-do, the dashboard's agency table, report pages).
// Takes the client or transaction from the caller (no "server-only": pure part tested without a database).
import type { Tx } from "@/lib/db";
import { PREPARED } from "@/lib/db-statements";
import { dateOfIso } from "@/lib/format";
import type { AppliedMove } from "./successions";

export type AgencyRow = { id: string; name: string; endedOn: Date | null; successorId: string | null };
/** A rename: the agency's name before it, and the day it took effect. */
export type RenameRow = { agencyId: string; before: string; effectiveOn: Date };

/** What history shows for an agency: its name then, and the living agency that carries its work on now. */
export type HistoricName = { id: string; name: string; successor: { id: string; name: string } | null };

export type AgencyNamer = {
  /** the agency as named at `at` (now when omitted), with its successor when that differs from it */
  at(agencyId: string, at?: Date): HistoricName | null;
  /** the living agency that carries the agency's work on (itself while it lives), following merges */
  current(agencyId: string): { id: string; name: string } | null;
};

const MAX_HOPS = 50;

/** Pure: answers from the province's agencies and its applied renames. */
export function agencyNamer(agencies: readonly AgencyRow[], renames: readonly RenameRow[]): AgencyNamer {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const renamesOf = new Map<string, RenameRow[]>();
  for (const r of [...renames].sort((x, y) => x.effectiveOn.getTime() - y.effectiveOn.getTime()))
    renamesOf.set(r.agencyId, [...(renamesOf.get(r.agencyId) ?? []), r]);
  const current = (agencyId: string) => {
    let a = byId.get(agencyId);
    for (let hops = 0; a?.endedOn && a.successorId && hops < MAX_HOPS; hops++) a = byId.get(a.successorId);
    // ended with no successor (dissolved, its work back with Sở Nội vụ; or split): nothing to link to
    if (!a || a.endedOn) return null;
    return { id: a.id, name: a.name };
  };
  return {
    current,
    at(agencyId, at) {
      const a = byId.get(agencyId);
      if (!a) return null;
      // the first rename that took effect after `at` kept the name it had then
      const later = at ? renamesOf.get(agencyId)?.find((r) => r.effectiveOn.getTime() > at.getTime()) : undefined;
      const name = later?.before ?? a.name;
      const now = current(agencyId);
      const successor = now && (now.id !== agencyId || now.name !== name) ? now : null;
      return { id: a.id, name, successor };
    },
  };
}

type SnapshotAgencies = { agencies?: { id: string; before: { name: string } }[] };

/** The renames of applied RENAME events: each renamed agency's name before, from the event's snapshot. */
export function renamesFrom(events: readonly { effectiveOn: Date; snapshot: unknown }[]): RenameRow[] {
  return events.flatMap((e) =>
    ((e.snapshot as SnapshotAgencies).agencies ?? []).map((a) => ({
      agencyId: a.id,
      before: a.before.name,
      effectiveOn: e.effectiveOn,
    })),
  );
}

/** The province's namer: every agency (ended ones too) and every applied rename. */
export async function loadAgencyNamer(client: Tx, provinceId: string): Promise<AgencyNamer> {
  const [agencies, events] = await Promise.all([
    client.agency.findMany({
      where: { provinceId },
      select: { id: true, name: true, endedOn: true, successorId: true },
    }),
    client.restructuringEvent.findMany({
      where: { provinceId, status: "APPLIED", kind: "RENAME" },
      select: { effectiveOn: true, snapshot: true },
    }),
  ]);
  return agencyNamer(agencies, renamesFrom(events));
}

/**
 * What a page with one task's history needs of its province's restructurings, in one statement: every agency
 * (ended ones too: the namer, the successors that inherit the task), and with `since` (the oldest entry shown) the
 * renames and the applied events after it (lib/agencies/successions.ts's agencyIdsFrom), oldest first.
 */
export type AgencyHistory = {
  agencies: AgencyRow[];
  renames: RenameRow[];
  movesSince: AppliedMove[];
};

type HistoryJson = {
  agencies: { id: string; name: string; endedOn: string | null; successorId: string | null }[];
  events: { kind: string; appliedAt: number; effectiveOn: string; snapshot: unknown }[];
};

/** The province's AgencyHistory, for a history whose oldest entry is `since` (null: no history, no events). */
export async function loadAgencyHistory(client: Tx, provinceId: string, since: Date | null): Promise<AgencyHistory> {
  // timestamps as epoch milliseconds: json renders a timestamp without its zone. Prepared under a name (every task
  // page runs it; planning took 0,5–0,9 ms at national size, as long as running it).
  const [row] = await client.$queryRaw<HistoryJson[]>`${PREPARED}
    select
      coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name, 'endedOn', a."endedOn",
                                                  'successorId', a."successorId"))
                from "Agency" a where a."provinceId" = ${provinceId}), '[]'::json) as agencies,
      coalesce((select json_agg(json_build_object('kind', e.kind, 'effectiveOn', e."effectiveOn",
                                                  'appliedAt', extract(epoch from e."appliedAt") * 1000,
                                                  'snapshot', e.snapshot) order by e."appliedAt", e.id)
                from "RestructuringEvent" e
                where e."provinceId" = ${provinceId} and e.status = 'APPLIED' and ${since}::timestamp is not null
                  and (e.kind = 'RENAME' or e."appliedAt" > ${since})), '[]'::json) as events`;
  const agencies = (row?.agencies ?? []).map((a) => ({ ...a, endedOn: a.endedOn ? dateOfIso(a.endedOn) : null }));
  const events = (row?.events ?? []).map((e) => ({
    kind: e.kind,
    appliedAt: new Date(Number(e.appliedAt)),
    effectiveOn: dateOfIso(e.effectiveOn),
    snapshot: e.snapshot,
  }));
  return {
    agencies,
    renames: renamesFrom(events.filter((e) => e.kind === "RENAME")),
    movesSince: since ? events.filter((e) => e.appliedAt > since) : [],
  };
}
