// Resolves an event's input against the province's agencies and says, in Vietnamese, what is wrong with it:
// nothing is written until every check passes. Reads only; runs inside the caller's transaction.
import type { Tx } from "@/lib/db";
import { dateOfIso, formatDate, provinceToday } from "@/lib/format";
import { exactKey } from "@/lib/text/vietnamese";
import { restructuringMessages as m } from "./messages";
import type { EventInput } from "./schema";
import type { AgencyRef, Successor } from "./types";

const AGENCY_FIELDS = {
  id: true,
  name: true,
  kind: true,
  aliases: true,
  validFrom: true,
  endedOn: true,
  successorId: true,
} as const;

export type Resolved = {
  from: AgencyRef[];
  groups: { id: string; name: string }[];
  to: Successor[];
  usersTo: number | null;
  errors: string[];
};

export async function resolveEvent(tx: Tx, provinceId: string, input: EventInput, now = new Date()): Promise<Resolved> {
  const effectiveOn = dateOfIso(input.effectiveOn);
  const date = formatDate(effectiveOn);
  const errors: string[] = [];
  if (effectiveOn > provinceToday(now)) errors.push(m.dateInFuture(date));
  const { from, groups, missing } = await loadFrom(tx, provinceId, input, errors);
  const toIds = input.to.flatMap((t) => ("agencyId" in t ? [t.agencyId] : []));
  const toRows = await tx.agency.findMany({ where: { provinceId, id: { in: toIds } }, select: AGENCY_FIELDS });
  if (missing || toRows.length !== new Set(toIds).size) errors.push(m.notInProvince);
  if (from.length === 0 && !missing) errors.push(m.fromRequired);
  for (const a of from) {
    if (a.validFrom && a.validFrom > effectiveOn) errors.push(m.beforeExisted(a.name, formatDate(a.validFrom), date));
  }
  const to = await successors(tx, provinceId, input, toRows, errors);
  checkShape(input, from, groups, to, errors);
  await checkSuccessors(tx, provinceId, from, toRows, effectiveOn, errors);
  const usersTo = input.to.length === 0 || input.kind === "RENAME" ? null : input.usersTo;
  if (usersTo !== null && usersTo >= to.length) errors.push(m.usersTo);
  return { from, groups, to, usersTo, errors };
}

async function loadFrom(tx: Tx, provinceId: string, input: EventInput, errors: string[]) {
  const listed = await tx.agency.findMany({
    where: { provinceId, id: { in: input.fromAgencyIds } },
    select: AGENCY_FIELDS,
  });
  const groupRows = await tx.agencyGroup.findMany({
    where: { provinceId, id: { in: input.fromGroupIds } },
    select: { id: true, name: true, retiredOn: true, members: { select: { agency: { select: AGENCY_FIELDS } } } },
  });
  const missing =
    listed.length !== new Set(input.fromAgencyIds).size || groupRows.length !== new Set(input.fromGroupIds).size;
  for (const a of listed) if (a.endedOn) errors.push(m.alreadyEnded(a.name, formatDate(a.endedOn)));
  for (const g of groupRows) if (g.retiredOn) errors.push(m.groupRetired(g.name, formatDate(g.retiredOn)));
  const from = new Map(listed.filter((a) => !a.endedOn).map((a) => [a.id, a]));
  // A retired group's members that have already ended (an earlier event) are simply not ended again.
  for (const g of groupRows) for (const { agency } of g.members) if (!agency.endedOn) from.set(agency.id, agency);
  const sorted = [...from.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return { from: sorted, groups: groupRows.map((g) => ({ id: g.id, name: g.name })), missing };
}

async function successors(
  tx: Tx,
  provinceId: string,
  input: EventInput,
  toRows: AgencyRef[],
  errors: string[],
): Promise<Successor[]> {
  const byId = new Map(toRows.map((a) => [a.id, a]));
  const newNames = input.to.flatMap((t) => ("name" in t ? [t.name] : []));
  if (newNames.length > 0) {
    const all = await tx.agency.findMany({ where: { provinceId }, select: { name: true } });
    const taken = new Set(all.map((a) => exactKey(a.name)));
    const seen = new Set<string>();
    for (const name of newNames) {
      const key = exactKey(name);
      if (taken.has(key) || seen.has(key)) errors.push(m.nameTaken(name));
      seen.add(key);
    }
  }
  return input.to.map((t, index) =>
    "agencyId" in t
      ? { index, agencyId: t.agencyId, name: byId.get(t.agencyId)?.name ?? "" }
      : { index, agencyId: null, name: t.name },
  );
}

function checkShape(
  input: EventInput,
  from: AgencyRef[],
  groups: { id: string }[],
  to: Successor[],
  errors: string[],
): void {
  if (groups.length > 0 && input.kind !== "DISSOLVE") errors.push(m.groupsOnlyDissolve);
  if (input.kind === "RENAME") {
    const target = to[0];
    if (from.length !== 1 || to.length !== 1 || !target || target.agencyId !== null) errors.push(m.renameShape);
    else if (exactKey(target.name) === exactKey(from[0]?.name ?? "")) errors.push(m.renameSame);
  }
  if (input.kind === "MERGE" && to.length !== 1) errors.push(m.mergeShape);
  if (input.kind === "SPLIT" && (from.length !== 1 || to.length < 2)) errors.push(m.splitShape);
  if (input.kind === "DISSOLVE" && to.length > 1) errors.push(m.dissolveShape);
}

/** A successor must be alive on the date, and must not be (or lead back to) an agency of the event. */
async function checkSuccessors(
  tx: Tx,
  provinceId: string,
  from: AgencyRef[],
  toRows: AgencyRef[],
  effectiveOn: Date,
  errors: string[],
): Promise<void> {
  const fromIds = new Set(from.map((a) => a.id));
  const all = await tx.agency.findMany({ where: { provinceId }, select: { id: true, name: true, successorId: true } });
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const t of toRows) {
    if (fromIds.has(t.id)) {
      errors.push(m.cycle(`${t.name} → ${t.name}`));
      continue;
    }
    const path = [t.name];
    let at = t.successorId ? byId.get(t.successorId) : undefined;
    while (at && path.length < 50) {
      path.push(at.name);
      if (fromIds.has(at.id)) break;
      at = at.successorId ? byId.get(at.successorId) : undefined;
    }
    if (at && fromIds.has(at.id)) errors.push(m.cycle(`${[at.name, ...path].join(" → ")}`));
    else if (t.endedOn) errors.push(m.successorEnded(t.name, formatDate(t.endedOn)));
    else if (t.validFrom && t.validFrom > effectiveOn)
      errors.push(m.beforeExisted(t.name, formatDate(t.validFrom), formatDate(effectiveOn)));
  }
}
