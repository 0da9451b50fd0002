import "server-only";
// Sở Nội vụ's assignment of several duties at once (the duties page, /duyet/giao-viec): a lead agency,
// supporting agencies and a new deadline, for tasks without a lead yet or — later — to change them. One
// transaction for the whole selection: either every selected task is assigned or none is, and each gets its
// history line and its own audit row.
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { dateOfIso, formatDate, formatIsoDate, provinceTodayIso } from "@/lib/format";
import { defineMutation } from "@/lib/server/mutation";
import { clearHeadApproval } from "@/lib/tasks/head-approval-store";
import { assignTasksSchema } from "@/lib/tasks/schema";
import { ASSIGN_TEXT, TASK_ERRORS } from "@/lib/tasks/strings";
import { bumpTask, expectVersion, invalidField, recordUpdate, snapshot, type TaskRecord } from "@/lib/tasks/write";

type AssignRecord = TaskRecord & { title: string; dueOn: Date | null; recurrence: string };
export type AssignResult = { assigned: number; taskIds: string[] };

/** Calendar dates go into the audit row as "2026-12-31", which the audit page shows as 31/12/2026. */
const isoDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** Every selected task, with its province: one of another province makes the whole request refused. */
async function loadSelection(tx: Tx, taskIds: string[], user: SessionUser) {
  const ids = [...new Set(taskIds)];
  const rows = await tx.task.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      planId: true,
      sourceRef: true,
      title: true,
      status: true,
      progress: true,
      version: true,
      agencyId: true,
      dueOn: true,
      recurrence: true,
      plan: { select: { provinceId: true } },
      supporters: { select: { agencyId: true } },
    },
  });
  if (rows.length !== ids.length) return null;
  const records: AssignRecord[] = rows.map(({ plan, supporters, ...rest }) => ({
    ...rest,
    target: {
      provinceId: plan.provinceId,
      agencyId: rest.agencyId,
      supportAgencyIds: supporters.map((s) => s.agencyId),
    },
  }));
  const foreign = records.find((r) => r.target.provinceId !== user.provinceId);
  return { record: records, target: { provinceId: foreign ? foreign.target.provinceId : user.provinceId } };
}

/** The lead and supporting agencies, all active agencies of the caller's province. */
async function loadAgencies(tx: Tx, user: SessionUser, leadId: string, supportIds: string[]) {
  const wanted = [...new Set(supportIds)];
  if (wanted.includes(leadId)) throw invalidField("supportAgencyIds", TASK_ERRORS.leadIsSupport);
  const found = await tx.agency.findMany({
    where: { id: { in: [leadId, ...wanted] }, provinceId: user.provinceId, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const lead = found.find((a) => a.id === leadId);
  if (!lead) throw invalidField("agencyId", TASK_ERRORS.agencyNotFound);
  const supporters = found.filter((a) => a.id !== leadId);
  if (supporters.length !== wanted.length) throw invalidField("supportAgencyIds", TASK_ERRORS.supportAgencyNotFound);
  return { lead, supporters };
}

/** Not before today in the province (not overdue on arrival), not absurdly far; a recurring task stays in its cycle. */
export function checkDeadline(dueIso: string): Date {
  const today = provinceTodayIso();
  if (dueIso < today) throw invalidField("dueOn", TASK_ERRORS.duePast(formatIsoDate(today)));
  const limit = `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`;
  if (dueIso > limit) throw invalidField("dueOn", TASK_ERRORS.dueTooFar);
  return dateOfIso(dueIso);
}

/** The cycle being worked on carries the deadline too (lib/cycles); a recurring task's stays inside that cycle. */
export async function deadlineCycle(
  tx: Tx,
  record: { id: string; title: string; recurrence: string },
  dueOn: Date,
): Promise<{ id: string } | null> {
  const cycle = await tx.taskCycle.findFirst({
    where: { taskId: record.id },
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { key: "desc" }],
    select: { id: true, endsOn: true },
  });
  if (record.recurrence !== "NONE" && cycle?.endsOn && dueOn > cycle.endsOn)
    throw invalidField("dueOn", TASK_ERRORS.dueOutsideCycle(record.title, formatDate(cycle.endsOn)));
  return cycle;
}

async function assignOne(
  tx: Tx,
  user: SessionUser,
  record: AssignRecord,
  version: number,
  change: { lead: { id: string; name: string }; supporters: { id: string; name: string }[]; dueOn: Date },
) {
  await expectVersion(tx, record, version);
  const reassign = record.agencyId !== null;
  if (reassign && (record.status === "SUBMITTED" || record.status === "ACCEPTED"))
    throw invalidField("tasks", TASK_ERRORS.reassignLocked(record.title));
  // Checked rather than caught: a unique violation would abort the whole transaction.
  const duplicate = await tx.task.findFirst({
    where: { planId: record.planId, sourceRef: record.sourceRef, agencyId: change.lead.id, id: { not: record.id } },
    select: { id: true },
  });
  if (duplicate) throw invalidField("agencyId", TASK_ERRORS.agencyHasTaskNamed(record.title));
  const cycle = await deadlineCycle(tx, record, change.dueOn);
  const leadChanged = record.agencyId !== change.lead.id;
  const newVersion = await bumpTask(tx, record, {
    agencyId: change.lead.id,
    dueOn: change.dueOn,
    assignedAt: new Date(),
    ...(leadChanged ? { responsibleUserId: null } : {}),
  });
  if (cycle) await tx.taskCycle.update({ where: { id: cycle.id }, data: { dueOn: change.dueOn } });
  // A "hoàn thành" waiting for the old agency's head is not the new agency's to approve.
  if (leadChanged) await clearHeadApproval(tx, record.id);
  await tx.taskSupporter.deleteMany({ where: { taskId: record.id } });
  if (change.supporters.length > 0)
    await tx.taskSupporter.createMany({ data: change.supporters.map((a) => ({ taskId: record.id, agencyId: a.id })) });
  const note = ASSIGN_TEXT.historyNote(
    reassign,
    change.lead.name,
    change.supporters.map((a) => a.name),
    formatDate(change.dueOn),
  );
  await recordUpdate(tx, { taskId: record.id, userId: user.id, note });
  const supportIds = change.supporters.map((a) => a.id);
  return {
    action: reassign ? "task.reassign" : "task.assign",
    entity: "Task",
    entityId: record.id,
    agencyId: change.lead.id,
    before: { ...snapshot(record), dueOn: isoDay(record.dueOn), supportAgencyIds: record.target.supportAgencyIds },
    after: {
      ...snapshot({ ...record, agencyId: change.lead.id, version: newVersion }),
      dueOn: isoDay(change.dueOn),
      supportAgencyIds: supportIds,
    },
  };
}

/** Sở Nội vụ assigns (or reassigns) the selected tasks: lead, supporters, new deadline; all or nothing. */
export const assignTasks = defineMutation({
  action: "task.assign",
  schema: assignTasksSchema,
  load: (tx, input, user) =>
    loadSelection(
      tx,
      input.tasks.map((t) => t.taskId),
      user,
    ),
  run: async (tx, input, { user, record: records }) => {
    const dueOn = checkDeadline(input.dueOn);
    const { lead, supporters } = await loadAgencies(tx, user, input.agencyId, input.supportAgencyIds);
    const versions = new Map(input.tasks.map((t) => [t.taskId, t.version]));
    const audits = [];
    for (const record of records) {
      audits.push(await assignOne(tx, user, record, versions.get(record.id) ?? -1, { lead, supporters, dueOn }));
    }
    return { data: { assigned: records.length, taskIds: records.map((r) => r.id) }, audit: audits };
  },
});
