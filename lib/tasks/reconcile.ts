// Matches the tasks a plan calls for against the tasks already stored, so that re-running the generator
// changes only what the plan changed. Identity is (sourceRef, agencyId); work done on a task (status,
// progress, updates) is never deleted or reset.
import type { TaskStatus } from "@/generated/prisma/client";
import type { DesiredTask } from "./desired";

/** A stored task: what the plan asked for, plus the work recorded on it. */
export type ExistingTask = DesiredTask & {
  id: string;
  /** the agency the plan gave the task to, when a restructuring has moved it (lib/restructuring) */
  originAgencyId?: string | null;
  status: TaskStatus;
  progress: number;
  updateCount: number;
};

export type TaskFields = Pick<DesiredTask, "source" | "measureId" | "criterionId" | "title" | "dueOn" | "recurrence">;
export type TaskChange = {
  id: string;
  fields: Partial<TaskFields>;
  addSupporters: string[];
  removeSupporters: string[];
};

export type Reconciliation = {
  creates: DesiredTask[];
  changes: TaskChange[];
  unchanged: number;
  /** stale and untouched: safe to delete */
  deletes: string[];
  /** stale but worked on: kept for the record */
  kept: string[];
  /** tasks left without an agency after the sync */
  unassigned: number;
};

const key = (sourceRef: string, agencyId: string) => `${sourceRef}\u0000${agencyId}`;

/**
 * A task moved by a restructuring is found by the agency the plan named (its origin), so the plan's line keeps
 * its task after the agency merged; a line that names its new owner (a group it joined) takes it next.
 */
export function reconcile(desired: DesiredTask[], existing: ExistingTask[]): Reconciliation {
  const planKey = (t: ExistingTask) => t.originAgencyId ?? t.agencyId;
  const byKey = new Map(
    existing.filter((t) => planKey(t) !== null).map((t) => [key(t.sourceRef, planKey(t) ?? ""), t]),
  );
  const matched = new Set<string>();
  const pairs: [DesiredTask, ExistingTask][] = [];
  const wanted: DesiredTask[] = [];
  const slots: DesiredTask[] = [];
  for (const want of desired) {
    if (want.agencyId === null) {
      slots.push(want);
      continue;
    }
    const have = byKey.get(key(want.sourceRef, want.agencyId));
    if (have && !matched.has(have.id)) {
      matched.add(have.id);
      pairs.push([want, have]);
    } else wanted.push(want);
  }
  const creates: DesiredTask[] = [];
  for (const want of wanted) {
    const have = existing.find(
      (t) => !matched.has(t.id) && t.sourceRef === want.sourceRef && t.agencyId === want.agencyId,
    );
    if (have) {
      matched.add(have.id);
      pairs.push([want, have]);
    } else creates.push(want);
  }
  const filled = fillUnassignedSlots(slots, existing, matched);
  pairs.push(...filled.pairs);
  creates.push(...filled.creates);
  return summarise(pairs, creates, existing, matched);
}

/**
 * Postgres treats NULL agencyIds as distinct, so unassigned tasks are matched here by sourceRef, in creation
 * order. A slot is first filled by a task still unassigned, then by one of the same source that Home Affairs
 * has since given to an agency (so assigning a task by hand never makes the next sync recreate it).
 */
function fillUnassignedSlots(slots: DesiredTask[], existing: ExistingTask[], matched: Set<string>) {
  const pairs: [DesiredTask, ExistingTask][] = [];
  const creates: DesiredTask[] = [];
  for (const want of slots) {
    const candidates = existing.filter((t) => t.sourceRef === want.sourceRef && !matched.has(t.id));
    const have = candidates.find((t) => t.agencyId === null) ?? candidates[0];
    if (!have) {
      creates.push(want);
      continue;
    }
    matched.add(have.id);
    pairs.push([{ ...want, supporterIds: want.supporterIds.filter((id) => id !== have.agencyId) }, have]);
  }
  return { pairs, creates };
}

function summarise(
  pairs: [DesiredTask, ExistingTask][],
  creates: DesiredTask[],
  existing: ExistingTask[],
  matched: Set<string>,
): Reconciliation {
  const changes: TaskChange[] = [];
  let unchanged = 0;
  for (const [want, have] of pairs) {
    const change = diff(want, have);
    if (change) changes.push(change);
    else unchanged += 1;
  }
  // A moved task is the restructuring's record of who took the work over: never stale.
  const stale = existing.filter((t) => !matched.has(t.id) && !t.originAgencyId);
  const untouched = (t: ExistingTask) => t.updateCount === 0 && t.status === "NOT_STARTED" && t.progress === 0;
  const unassigned =
    creates.filter((t) => t.agencyId === null).length + pairs.filter(([, have]) => have.agencyId === null).length;
  return {
    creates,
    changes,
    unchanged,
    deletes: stale.filter(untouched).map((t) => t.id),
    kept: stale.filter((t) => !untouched(t)).map((t) => t.id),
    unassigned,
  };
}

function diff(want: DesiredTask, have: ExistingTask): TaskChange | null {
  const fields: Partial<TaskFields> = {};
  if (want.source !== have.source) fields.source = want.source;
  if (want.measureId !== have.measureId) fields.measureId = want.measureId;
  if (want.criterionId !== have.criterionId) fields.criterionId = want.criterionId;
  if (want.title !== have.title) fields.title = want.title;
  if (want.dueOn?.getTime() !== have.dueOn?.getTime()) fields.dueOn = want.dueOn;
  if (want.recurrence !== have.recurrence) fields.recurrence = want.recurrence;
  const addSupporters = want.supporterIds.filter((id) => !have.supporterIds.includes(id));
  const removeSupporters = have.supporterIds.filter((id) => !want.supporterIds.includes(id));
  const same = Object.keys(fields).length === 0 && addSupporters.length === 0 && removeSupporters.length === 0;
  return same ? null : { id: have.id, fields, addSupporters, removeSupporters };
}
