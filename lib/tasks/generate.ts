// Turns a plan into tasks: one per lead agency of each appendix measure and per named agency of each duty
// in the plan body. Idempotent — run it after every import and whenever group membership changes; it
// updates tasks in place and never deletes or resets one that has been worked on.
// No "server-only" marker: the import CLI and the seed (tsx) call it with their own transaction.

import { loadStoredDirectory, type StoredDirectory } from "@/lib/agencies/load-directory";
import { finalSuccessors } from "@/lib/agencies/successions";
import type { Tx } from "@/lib/db";
import {
  BODY_DRAFT_VERSION,
  type BodyDraft,
  type BodyWarning,
  directoryLookup,
  readPlanBody,
  resolveBody,
} from "@/lib/plan-body";
import { type DesiredTask, dutyTasks, measureTasks, redirectEnded } from "./desired";
import { loadExistingTasks, loadFieldCriteria, loadMeasures, loadPlan, taskDirectory } from "./generate-load";
import { type Reconciliation, reconcile } from "./reconcile";

export type SyncPlanTasksResult = {
  created: number;
  updated: number;
  unchanged: number;
  /** tasks of this plan still waiting for Home Affairs to give them to an agency */
  unassigned: number;
  /** stale tasks nobody had touched, removed */
  deleted: number;
  /** stale tasks with work recorded on them, kept */
  kept: number;
  /** what the body parser noticed (lost numbering, unknown names), for the import review */
  warnings: BodyWarning[];
};

/** `directory`: the province's directory when the caller has just read it (an import, a province-wide sync). */
export async function syncPlanTasks(
  tx: Tx,
  planId: string,
  options: { directory?: StoredDirectory } = {},
): Promise<SyncPlanTasksResult> {
  // Two syncs of one plan at once (an import and a membership change) would both create the unassigned
  // tasks, which the unique index cannot catch (NULL agencyIds are distinct): serialise them per plan.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`tasks:${planId}`}))`;
  const plan = await loadPlan(tx, planId);
  const [measures, stored, existing, draft] = await Promise.all([
    loadMeasures(tx, planId),
    options.directory ?? loadStoredDirectory(tx, plan.provinceId),
    loadExistingTasks(tx, planId),
    storedBody(tx, plan),
  ]);
  const { index, names } = taskDirectory(stored);
  const body = resolveBody(draft, directoryLookup(names));
  const fieldCodes = [...new Set(body.duties.flatMap((d) => (d.fieldCode ? [d.fieldCode] : [])))];
  const fieldCriterionIds = await loadFieldCriteria(tx, plan.assessment.frameworkId, fieldCodes);
  const context = { fieldCriterionIds, targetDueOn: new Date(Date.UTC(plan.issuedOn.getUTCFullYear(), 11, 31)) };
  const moved = new Map(
    existing.flatMap((t) =>
      t.originAgencyId ? [[`${t.sourceRef}\u0000${t.originAgencyId}`, t.agencyId] as const] : [],
    ),
  );
  const desired: DesiredTask[] = redirectEnded(
    [...measures.flatMap((m) => measureTasks(m, index)), ...body.duties.flatMap((d) => dutyTasks(d, index, context))],
    finalSuccessors(stored.agencies),
    moved,
  );
  const outcome = reconcile(desired, existing);
  await applyReconciliation(tx, planId, outcome);
  return {
    created: outcome.creates.length,
    updated: outcome.changes.length,
    unchanged: outcome.unchanged,
    unassigned: outcome.unassigned,
    deleted: outcome.deletes.length,
    kept: outcome.kept.length,
    warnings: body.warnings,
  };
}

/** After a change to groups or agencies: every plan of the province, each serialised by its own lock. */
export async function syncProvinceTasks(tx: Tx, provinceId: string): Promise<Map<string, SyncPlanTasksResult>> {
  const plans = await tx.plan.findMany({ where: { provinceId }, select: { id: true }, orderBy: { issuedOn: "asc" } });
  const results = new Map<string, SyncPlanTasksResult>();
  if (plans.length === 0) return results;
  const directory = await loadStoredDirectory(tx, provinceId);
  for (const plan of plans) results.set(plan.id, await syncPlanTasks(tx, plan.id, { directory }));
  return results;
}

/**
 * The plan body's structure, read from the text once (at import) and kept on the plan. A plan stored before
 * the structure was kept, or by an older reader, is read once more here and the result stored.
 */
async function storedBody(tx: Tx, plan: { id: string; sourceText: string; body: unknown }): Promise<BodyDraft> {
  const kept = plan.body as BodyDraft | null;
  if (kept?.version === BODY_DRAFT_VERSION) return kept;
  const draft = readPlanBody(plan.sourceText);
  await tx.plan.update({ where: { id: plan.id }, data: { body: draft } });
  return draft;
}

async function applyReconciliation(tx: Tx, planId: string, r: Reconciliation): Promise<void> {
  if (r.deletes.length > 0) await tx.task.deleteMany({ where: { id: { in: r.deletes } } });
  const supporters: { taskId: string; agencyId: string }[] = [];
  if (r.creates.length > 0) supporters.push(...(await createTasks(tx, planId, r.creates)));
  // Each changed task has its own new values, so these are one update per changed task (few after the first run).
  for (const change of r.changes) {
    if (Object.keys(change.fields).length > 0) await tx.task.update({ where: { id: change.id }, data: change.fields });
    supporters.push(...change.addSupporters.map((agencyId) => ({ taskId: change.id, agencyId })));
  }
  if (supporters.length > 0) await tx.taskSupporter.createMany({ data: supporters, skipDuplicates: true });
  const removals = r.changes.flatMap((c) => c.removeSupporters.map((agencyId) => ({ taskId: c.id, agencyId })));
  if (removals.length > 0) await tx.taskSupporter.deleteMany({ where: { OR: removals } });
}

/** Creates in one statement; supporters are keyed back by (sourceRef, agencyId), which fixes them exactly. */
async function createTasks(tx: Tx, planId: string, creates: DesiredTask[]) {
  const rows = await tx.task.createManyAndReturn({
    data: creates.map(({ supporterIds: _supporters, ...t }) => ({ ...t, planId })),
    select: { id: true, sourceRef: true, agencyId: true },
  });
  const supportersOf = new Map(creates.map((t) => [`${t.sourceRef}\u0000${t.agencyId ?? ""}`, t.supporterIds]));
  return rows.flatMap((row) =>
    (supportersOf.get(`${row.sourceRef}\u0000${row.agencyId ?? ""}`) ?? []).map((agencyId) => ({
      taskId: row.id,
      agencyId,
    })),
  );
}
