// Agencies a restructuring has ended (lib/restructuring), as the plan importer sees them: a document written
// before the change still names them, so each name resolves to the agency that took the work over, with a
// warning that names the event. Takes the client or transaction from the caller (the CLI runs it too).
import type { Target } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { exactKey, quotableReference } from "@/lib/text/vietnamese";
import type { AgencyDirectory, ResolvedName } from "./directory";
import { agencyMessages } from "./messages";

export type Succession = {
  names: string[];
  name: string;
  successor: string;
  effectiveOn: Date | null;
  decision: string;
};

export async function loadSuccessions(client: Tx, provinceId: string): Promise<Succession[]> {
  const agencies = await client.agency.findMany({
    where: { provinceId },
    select: {
      id: true,
      name: true,
      aliases: true,
      endedOn: true,
      successorId: true,
      restructurings: {
        where: { role: "from", event: { status: "APPLIED" } },
        select: { event: { select: { effectiveOn: true, decision: true, appliedAt: true } } },
      },
    },
  });
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const out: Succession[] = [];
  for (const a of agencies) {
    if (!a.endedOn || !a.successorId) continue;
    let at = byId.get(a.successorId);
    for (let hops = 0; at?.endedOn && at.successorId && hops < 50; hops++) at = byId.get(at.successorId);
    if (!at || at.endedOn) continue; // no living successor: the name stays unresolved, as before
    const event = a.restructurings.map((r) => r.event).sort((x, y) => y.appliedAt.getTime() - x.appliedAt.getTime())[0];
    out.push({
      names: [a.name, ...a.aliases],
      name: a.name,
      successor: at.name,
      effectiveOn: event?.effectiveOn ?? a.endedOn,
      decision: event?.decision ?? "",
    });
  }
  return out;
}

/** The directory with each ended agency's names as aliases of its successor. */
export function withSuccessors(directory: AgencyDirectory, successions: readonly Succession[]): AgencyDirectory {
  if (successions.length === 0) return directory;
  const taken = new Set(directory.agencies.flatMap((a) => [a.name, ...a.aliases].map(exactKey)));
  const extra = new Map<string, string[]>();
  for (const s of successions) {
    const names = s.names.filter((n) => !taken.has(exactKey(n)));
    extra.set(s.successor, [...(extra.get(s.successor) ?? []), ...names]);
  }
  return {
    ...directory,
    agencies: directory.agencies.map((a) => ({ ...a, aliases: [...a.aliases, ...(extra.get(a.name) ?? [])] })),
  };
}

/** One warning per written name that reached its agency through a restructuring. */
export function successionWarnings(
  measures: readonly { criterionCode: string; lead: ResolvedName[]; support: ResolvedName[] }[],
  successions: readonly Succession[],
): { code: "AGENCY_RESTRUCTURED"; criterionCode: string | null; message: string }[] {
  const byName = new Map(successions.flatMap((s) => s.names.map((n) => [exactKey(n), s] as const)));
  const seen = new Set<string>();
  const out: { code: "AGENCY_RESTRUCTURED"; criterionCode: string | null; message: string }[] = [];
  for (const m of measures)
    for (const r of [...m.lead, ...m.support]) {
      const s = byName.get(exactKey(r.label));
      if (!s || r.name !== s.successor || seen.has(`${m.criterionCode}|${r.label}`)) continue;
      seen.add(`${m.criterionCode}|${r.label}`);
      const date = formatDate(s.effectiveOn);
      out.push({
        code: "AGENCY_RESTRUCTURED",
        criterionCode: m.criterionCode,
        message: agencyMessages.restructured(r.label, s.name, date, s.successor, quotableReference(s.decision)),
      });
    }
  return out;
}

/** A restructuring applied after some instant, with its snapshot (who and what it moved). */
export type AppliedMove = { appliedAt: Date; snapshot: unknown };

/**
 * The agency (its id) a user belonged to at an instant, for history written before a restructuring moved them:
 * the agency the first event applied after that instant moved them from (its snapshot), else their agency now.
 * From the province's events applied since the history's oldest entry, oldest first (loadAgencyHistory's
 * `movesSince`). Its name at that instant is lib/agencies/at-the-time.ts's. Pure.
 */
export function agencyIdsFrom(
  events: readonly AppliedMove[],
): (userId: string, at: Date, now: string | null) => string | null {
  if (events.length === 0) return (_user, _at, now) => now;
  const moves = events.map((e) => ({
    appliedAt: e.appliedAt,
    before: new Map(
      ((e.snapshot as { users?: { id: string; before: { agencyId: string | null } }[] }).users ?? []).map((u) => [
        u.id,
        u.before.agencyId,
      ]),
    ),
  }));
  return (userId, at, now) => {
    const first = moves.find((m) => m.appliedAt > at && m.before.has(userId));
    if (!first) return now;
    return first.before.get(userId) ?? now;
  };
}

/** An agency as the succession rules read it. */
export type AgencyLink = { id: string; endedOn: Date | null; successorId: string | null };

type OwnedTarget = Target & { agencyId: string | null; supportAgencyIds: readonly string[] };

/**
 * A task's read target (lib/auth/permissions.ts) with the living agencies that carry on the work of its ended
 * lead or supporting agencies: their people may read the history they inherited ("inherited_agency"). One
 * statement: the target province's agencies.
 */
export async function inheritedTarget<T extends OwnedTarget>(
  client: Tx,
  target: T,
): Promise<T & { successorAgencyIds: string[] }> {
  const agencies = await client.agency.findMany({
    where: { provinceId: target.provinceId },
    select: { id: true, endedOn: true, successorId: true },
  });
  return inheritedTargetFrom(agencies, target);
}

/**
 * inheritedTarget's answer from the target province's agencies (an agency of another province is not followed).
 * Pure: following merges from each ended agency of the task to the living one that carries its work on.
 */
export function inheritedTargetFrom<T extends OwnedTarget>(
  agencies: readonly AgencyLink[],
  target: T,
): T & { successorAgencyIds: string[] } {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const successorAgencyIds = new Set<string>();
  const seen = new Set([target.agencyId, ...target.supportAgencyIds].filter((id): id is string => id !== null));
  // the task's own agencies are followed only when ended; the agencies reached from them count once living
  let frontier = [...seen].filter((id) => byId.get(id)?.endedOn);
  for (let hops = 0; frontier.length > 0 && hops < 50; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      const a = byId.get(id);
      if (!a) continue;
      if (!a.endedOn) successorAgencyIds.add(a.id);
      else if (a.successorId && !seen.has(a.successorId)) {
        seen.add(a.successorId);
        next.push(a.successorId);
      }
    }
    frontier = next;
  }
  return { ...target, successorAgencyIds: [...successorAgencyIds] };
}

/** Each ended agency's final successor (following a chain of restructurings), null when the work had none. */
export function finalSuccessors(agencies: readonly { id: string; ended?: { successorId: string | null } }[]) {
  const endedById = new Map(agencies.flatMap((a) => (a.ended ? [[a.id, a.ended.successorId] as const] : [])));
  const out = new Map<string, string | null>();
  for (const id of endedById.keys()) {
    let at: string | null = id;
    const path = new Set<string>();
    while (at !== null && endedById.has(at) && !path.has(at)) {
      path.add(at);
      at = endedById.get(at) ?? null;
    }
    out.set(id, at !== null && endedById.has(at) ? null : at);
  }
  return out;
}

/**
 * The ended agencies whose work `agencyId` carries on today (following merges: A → B → agencyId), from the
 * province's ended agencies. Pure.
 */
export function predecessorsOf<A extends { id: string; successorId: string | null }>(
  ended: readonly A[],
  agencyId: string,
): A[] {
  const finals = finalSuccessors(ended.map((a) => ({ id: a.id, ended: { successorId: a.successorId } })));
  return ended.filter((a) => finals.get(a.id) === agencyId);
}
