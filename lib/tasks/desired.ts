// Which tasks a plan calls for, computed from loaded rows without touching the database: one task per lead
// agency of each measure (groups fanned out to their active members) and per named agency of each body duty.
// Whatever cannot be given to an agency still yields one unassigned task, so nothing in the plan is lost.
import type { Recurrence, TaskSource } from "@/generated/prisma/client";
import type { BodyDuty } from "@/lib/plan-body";

export type DesiredTask = {
  source: TaskSource;
  sourceRef: string;
  /** null: not given to an agency yet (Home Affairs assigns) */
  agencyId: string | null;
  measureId: string | null;
  criterionId: string | null;
  title: string;
  dueOn: Date | null;
  recurrence: Recurrence;
  supporterIds: string[];
};

export type AssignmentRow = {
  role: "LEAD" | "SUPPORT";
  position: number;
  agencyId: string | null;
  groupId: string | null;
};
export type MeasureRow = {
  id: string;
  position: number;
  text: string;
  endsOn: Date | null;
  recurrence: Recurrence;
  criterionId: string;
  criterionCode: string;
  assignments: AssignmentRow[];
};

export type AgencyIndex = {
  /** active member agency ids of each group */
  membersOf: ReadonlyMap<string, readonly string[]>;
  agencyIdByName: ReadonlyMap<string, string>;
  groupIdByName: ReadonlyMap<string, string>;
};

/** An assignment's agencies; empty when it names nothing known or a group with no (active) members. */
function expand(target: { agencyId: string | null; groupId: string | null }, index: AgencyIndex): readonly string[] {
  if (target.agencyId) return [target.agencyId];
  if (target.groupId) return index.membersOf.get(target.groupId) ?? [];
  return [];
}

/** Lead agencies in document order, and one unassigned slot per lead that reaches no agency. */
function fanOut(targets: { agencyId: string | null; groupId: string | null }[], index: AgencyIndex) {
  const agencies: string[] = [];
  let unassigned = 0;
  for (const target of targets) {
    const ids = expand(target, index);
    if (ids.length === 0) unassigned += 1;
    for (const id of ids) if (!agencies.includes(id)) agencies.push(id);
  }
  return { agencies, unassigned };
}

export function measureTasks(measure: MeasureRow, index: AgencyIndex): DesiredTask[] {
  const byPosition = [...measure.assignments].sort((a, b) => a.position - b.position);
  const lead = fanOut(
    byPosition.filter((a) => a.role === "LEAD"),
    index,
  );
  const support = fanOut(
    byPosition.filter((a) => a.role === "SUPPORT"),
    index,
  ).agencies;
  const base = {
    source: "MEASURE" as const,
    sourceRef: `M:${measure.criterionCode}:${measure.position}`,
    measureId: measure.id,
    criterionId: measure.criterionId,
    title: measure.text,
    dueOn: measure.endsOn,
    recurrence: measure.recurrence,
  };
  const slots: (string | null)[] = [...lead.agencies, ...Array<null>(lead.unassigned).fill(null)];
  return slots.map((agencyId) => ({ ...base, agencyId, supporterIds: support.filter((id) => id !== agencyId) }));
}

export type BodyContext = {
  /** field criteria of the plan's framework by code ("6" → id) */
  fieldCriterionIds: ReadonlyMap<string, string>;
  /** 31/12 of the plan's issue year: the section II targets are the year's targets */
  targetDueOn: Date;
};

export function dutyTasks(duty: BodyDuty, index: AgencyIndex, context: BodyContext): DesiredTask[] {
  const targets = duty.assigneeNames.map((name) => ({
    agencyId: index.agencyIdByName.get(name) ?? null,
    groupId: index.groupIdByName.get(name) ?? null,
  }));
  const { agencies, unassigned } = fanOut(targets, index);
  const base = {
    source: duty.source,
    sourceRef: duty.sourceRef,
    measureId: null,
    criterionId: duty.fieldCode ? (context.fieldCriterionIds.get(duty.fieldCode) ?? null) : null,
    title: duty.text,
    dueOn: duty.source === "TARGET" ? context.targetDueOn : null,
    recurrence: "NONE" as const,
    supporterIds: [],
  };
  // As for measures, a name that reaches no agency (a group with no members) keeps an unassigned slot; a duty
  // that names nobody (its heading was lost) is imported once, unassigned.
  const slots: (string | null)[] = [...agencies, ...Array<null>(targets.length === 0 ? 1 : unassigned).fill(null)];
  return slots.map((agencyId) => ({ ...base, agencyId }));
}

/**
 * A line that names an agency a restructuring has ended: the task already moved for it (found by its origin,
 * `moved` maps "sourceRef\0originAgencyId" to the task's owner now) keeps the line; otherwise the work goes to
 * the successor, or waits unassigned for Sở Nội vụ when there is none. `successorOf` maps each ended agency to
 * its final successor. Supporters are redirected the same way, and the owner never supports its own task.
 */
export function redirectEnded(
  desired: readonly DesiredTask[],
  successorOf: ReadonlyMap<string, string | null>,
  moved: ReadonlyMap<string, string | null>,
): DesiredTask[] {
  if (successorOf.size === 0) return [...desired];
  const mapId = (id: string) => (successorOf.has(id) ? (successorOf.get(id) ?? null) : id);
  const seen = new Set<string>();
  const out: DesiredTask[] = [];
  for (const want of desired) {
    let agencyId = want.agencyId;
    const movedKey = `${want.sourceRef}\u0000${agencyId ?? ""}`;
    const isMoved = agencyId !== null && moved.has(movedKey);
    if (agencyId && successorOf.has(agencyId) && !isMoved) agencyId = mapId(agencyId);
    const owner = isMoved ? (moved.get(movedKey) ?? null) : agencyId;
    const key = `${want.sourceRef}\u0000${agencyId ?? ""}`;
    if (agencyId !== null && seen.has(key)) continue;
    seen.add(key);
    const supporters = want.supporterIds
      .map(mapId)
      .filter((id): id is string => id !== null && id !== agencyId && id !== owner);
    out.push({ ...want, agencyId, supporterIds: [...new Set(supporters)] });
  }
  return out;
}
