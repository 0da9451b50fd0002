// One task with its context and full history, for the detail page and GET /api/tasks/[id]: three statements
// whatever the history length (the task with its relations, the agencies' history, the criterion's score).
import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { type AgencyNamer, agencyNamer, type HistoricName, loadAgencyHistory } from "@/lib/agencies/at-the-time";
import { agencyIdsFrom, inheritedTargetFrom } from "@/lib/agencies/successions";
import { type Action, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { PREPARED } from "@/lib/db-statements";
import { provinceToday } from "@/lib/format";
import { historyLabel } from "@/lib/provinces/history-label";
import { FORBIDDEN, type Loaded, NOT_FOUND, storable } from "@/lib/server/loaded";
import type { AgencyRef } from "@/lib/tasks/data";
import type { RecurrenceValue, TaskStatusValue } from "@/lib/tasks/schema";
import { type DueState, dueState, nextStatuses } from "@/lib/tasks/status";
import { HISTORY_TEXT } from "@/lib/tasks/strings";

export type EvidenceView = {
  id: string;
  kind: "file" | "link";
  fileName: string | null;
  sizeBytes: number | null;
  url: string | null;
  mimeType: string | null;
};
export type HistoryEntry = {
  id: string;
  at: Date;
  by: string;
  /** the writer's agency as named when they wrote, and who carries its work on now (lib/agencies/at-the-time) */
  byAgency: string | null;
  byAgencySuccessor: HistoricName["successor"];
  fromStatus: TaskStatusValue | null;
  toStatus: TaskStatusValue | null;
  progress: number | null;
  note: string | null;
  /** the agency head who forwarded this staff member's "hoàn thành" to Sở Nội vụ */
  approvedBy: string | null;
  evidence: EvidenceView[];
  /** the cycle the update belongs to ("2026", "once") */
  cycleKey: string | null;
};

/** One cycle of the task (one for a one-off task; one per year / quarter / month for a recurring one), newest first. */
export type CycleView = {
  key: string;
  startsOn: Date | null;
  endsOn: Date | null;
  dueOn: Date | null;
  status: TaskStatusValue;
  progress: number;
  updates: number;
  current: boolean;
};

/**
 * What the caller may do here; the server re-checks every one of them on submit. `edit` picks the form:
 * "status" (lead agency, Sở Nội vụ), "comment" (supporting agency, or a lead whose task awaits review),
 * "locked" (involved, but the task is accepted) or null (read only: leadership, other agencies).
 */
export type TaskAbilities = {
  edit: "status" | "comment" | "locked" | null;
  /** The caller reviews (Sở Nội vụ); `review` says whether this task can be reviewed now. */
  reviewer: boolean;
  review: boolean;
  /** The caller assigns duties; `assign` says whether this task still needs it. */
  assigner: boolean;
  assign: boolean;
  /** The caller (the lead agency's head) names the person in charge. */
  responsible: boolean;
  evidence: boolean;
  nextStatuses: TaskStatusValue[];
  /** The lead agency's head decides on a staff member's waiting "hoàn thành" (lib/tasks/head-approval.ts). */
  approver: boolean;
  approve: boolean;
  /** The staff member who asked may take the request back. */
  withdraw: boolean;
  /** The caller's "Hoàn thành" goes to the agency head first (staff of an agency that turned it on). */
  submitToHead: boolean;
};

/** A staff member's "hoàn thành" waiting for the agency head, on the current cycle. */
export type HeadApprovalView = { requestedAt: Date; requestedBy: string | null };

export type TaskDetail = DueState & {
  id: string;
  title: string;
  source: "MEASURE" | "TARGET" | "DUTY";
  status: TaskStatusValue;
  progress: number;
  version: number;
  dueOn: Date | null;
  recurrence: RecurrenceValue;
  updatedAt: Date;
  /** `carriedFrom`: "1/KH-UBND, Đắk Nông (trước 01/07/2025)" for a task a province merger brought in */
  plan: { id: string; number: string; carriedFrom: string | null };
  criterion: { code: string; title: string; lostPoints: string | null } | null;
  measure: { text: string; timeframeText: string } | null;
  lead: AgencyRef | null;
  /** the agency the plan gave the task to, as named then, when a restructuring has moved the task */
  origin: AgencyRef | null;
  supporters: AgencyRef[];
  /** "Người phụ trách": a user of the lead agency */
  responsible: { id: string; name: string } | null;
  headApproval: HeadApprovalView | null;
  /** How the caller's agency is involved, for wording ("phối hợp"). */
  involvement: "lead" | "support" | "none";
  can: TaskAbilities;
  history: HistoryEntry[];
  cycles: CycleView[];
  /**
   * The task carries a marker for this user that opening it clears ("Mới": given to the agency since the user last
   * opened it; "Trả lại · Mới": returned since), as the boards compute them (lib/tasks/data.ts). Only then does the
   * page record the visit: recording it again would change nothing a reader sees, and cost a request and a write
   * on every view.
   */
  unseen: boolean;
};

/** An instant as the json carries it: milliseconds since the epoch (`ms`); a date at UTC midnight, as Prisma's. */
type Ms = number;
type UpdateJson = {
  id: string;
  userId: string | null;
  createdAt: Ms;
  fromStatus: TaskStatusValue | null;
  toStatus: TaskStatusValue | null;
  progress: number | null;
  note: string | null;
  cycleId: string | null;
  user: { name: string; agencyId: string | null } | null;
  approvedBy: { name: string } | null;
  evidence: (Omit<EvidenceView, "kind"> & { kind: string })[];
};
type CycleJson = {
  id: string;
  key: string;
  startsOn: Ms | null;
  endsOn: Ms | null;
  dueOn: Ms | null;
  status: TaskStatusValue;
  progress: number;
  headApprovalRequestedAt: Ms | null;
  headApprovalRequestedBy: { id: string; name: string } | null;
};
/** The statement's row: the page's own scalars as columns, the relations as json. */
type TaskRowSql = Pick<
  TaskDetail,
  "id" | "title" | "source" | "status" | "progress" | "version" | "dueOn" | "recurrence" | "updatedAt"
> &
  Pick<TaskDetail, "measure" | "responsible" | "supporters"> & {
    assignedAt: Date | null;
    agencyId: string | null;
    originAgencyId: string | null;
    plan: { id: string; number: string; provinceId: string; assessmentId: string };
    carriedFrom: { number: string; province: { name: string; mergedOn: Ms | null } } | null;
    agency: { id: string; name: string; headApprovesTasks: boolean } | null;
    criterionId: string | null;
    criterionCode: string | null;
    criterionTitle: string | null;
    standardPoints: Prisma.Decimal | null;
    seenAt: Date | null;
    updates: UpdateJson[];
    cycles: CycleJson[];
  };

/** `expr`'s instant in milliseconds since the epoch: json_build_object would write a timestamp without its zone. */
const ms = (expr: string) => Prisma.raw(`(extract(epoch from ${expr}) * 1000)::float8`);

/**
 * The task with everything the page shows, in one statement prepared under a name (lib/db-statements.ts): the
 * relations as json, scalars as columns (typed by the driver). Prisma's relation query for the same read was 7,5 KB
 * of SQL sent and planned on every request (planning 2,7 ms, execution 1,0 ms at national size). The updates come
 * newest first (createdAt, then id), each with its evidence in upload order; the cycles newest first (startsOn, nulls
 * last, then key); the supporters by name.
 */
async function queryTask(user: SessionUser, taskId: string) {
  const [row] = await db.$queryRaw<TaskRowSql[]>`${PREPARED}
    select t.id, t.title, t.source::text as source, t.status::text as status, t.progress, t.version, t."dueOn",
           t.recurrence::text as recurrence, t."updatedAt", t."assignedAt", t."agencyId", t."originAgencyId",
           json_build_object('id', pl.id, 'number', pl.number, 'provinceId', pl."provinceId",
                             'assessmentId', pl."assessmentId") as plan,
           (select json_build_object('number', cp.number,
                                     'province', json_build_object('name', cpr.name,
                                                                   'mergedOn', ${ms('cpr."mergedOn"')}))
              from "Plan" cp join "Province" cpr on cpr.id = cp."provinceId"
             where cp.id = t."carriedFromPlanId") as "carriedFrom",
           (select json_build_object('id', a.id, 'name', a.name, 'headApprovesTasks', a."headApprovesTasks")
              from "Agency" a where a.id = t."agencyId") as agency,
           (select json_build_object('id', r.id, 'name', r.name)
              from "User" r where r.id = t."responsibleUserId") as responsible,
           coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name, a.id)
                       from "TaskSupporter" s join "Agency" a on a.id = s."agencyId" where s."taskId" = t.id),
                    '[]'::json) as supporters,
           c.id as "criterionId", c.code as "criterionCode", c.title as "criterionTitle", c."standardPoints",
           case when m.id is null then null
                else json_build_object('text', m.text, 'timeframeText', m."timeframeText") end as measure,
           (select v."seenAt" from "TaskView" v where v."taskId" = t.id and v."userId" = ${user.id}) as "seenAt",
           coalesce((select json_agg(json_build_object(
                               'id', u.id, 'userId', u."userId", 'createdAt', ${ms('u."createdAt"')},
                               'fromStatus', u."fromStatus", 'toStatus', u."toStatus", 'progress', u.progress,
                               'note', u.note, 'cycleId', u."cycleId",
                               'user', case when w.id is null then null
                                            else json_build_object('name', w.name, 'agencyId', w."agencyId") end,
                               'approvedBy', case when ap.id is null then null
                                                  else json_build_object('name', ap.name) end,
                               'evidence', coalesce((select json_agg(json_build_object(
                                                               'id', e.id, 'kind', e.kind, 'fileName', e."fileName",
                                                               'sizeBytes', e."sizeBytes", 'url', e.url,
                                                               'mimeType', e."mimeType") order by e."createdAt", e.id)
                                                       from "Evidence" e where e."updateId" = u.id), '[]'::json))
                                     order by u."createdAt" desc, u.id desc)
                       from "TaskUpdate" u
                       left join "User" w on w.id = u."userId"
                       left join "User" ap on ap.id = u."approvedById"
                      where u."taskId" = t.id),
                    '[]'::json) as updates,
           coalesce((select json_agg(json_build_object(
                               'id', y.id, 'key', y.key,
                               'startsOn', ${ms('y."startsOn"')}, 'endsOn', ${ms('y."endsOn"')},
                               'dueOn', ${ms('y."dueOn"')}, 'status', y.status, 'progress', y.progress,
                               'headApprovalRequestedAt', ${ms('y."headApprovalRequestedAt"')},
                               'headApprovalRequestedBy', case when h.id is null then null
                                                               else json_build_object('id', h.id, 'name', h.name) end)
                                     order by y."startsOn" desc nulls last, y.key desc)
                       from "TaskCycle" y left join "User" h on h.id = y."headApprovalRequestedById"
                      where y."taskId" = t.id),
                    '[]'::json) as cycles
      from "Task" t
      join "Plan" pl on pl.id = t."planId"
      left join "Criterion" c on c.id = t."criterionId"
      left join "Measure" m on m.id = t."measureId"
     where t.id = ${taskId} and pl."provinceId" = ${user.provinceId}`;
  return row ? toTaskRow(row) : null;
}

const dateOf = (value: Ms | null): Date | null => (value === null ? null : new Date(value));

/** The statement's row in the shape the page reads: instants as Dates, the criterion as one object. */
function toTaskRow(row: TaskRowSql) {
  return {
    ...row,
    carriedFrom: row.carriedFrom && {
      number: row.carriedFrom.number,
      province: { name: row.carriedFrom.province.name, mergedOn: dateOf(row.carriedFrom.province.mergedOn) },
    },
    criterion:
      row.criterionId && row.criterionCode !== null && row.criterionTitle !== null && row.standardPoints !== null
        ? {
            id: row.criterionId,
            code: row.criterionCode,
            title: row.criterionTitle,
            standardPoints: row.standardPoints,
          }
        : null,
    updates: row.updates.map((u) => ({ ...u, createdAt: new Date(u.createdAt) })),
    cycles: row.cycles.map((c) => ({
      ...c,
      startsOn: dateOf(c.startsOn),
      endsOn: dateOf(c.endsOn),
      dueOn: dateOf(c.dueOn),
      headApprovalRequestedAt: dateOf(c.headApprovalRequestedAt),
    })),
  };
}
type TaskRow = NonNullable<Awaited<ReturnType<typeof queryTask>>>;

/**
 * Memoized for one request (React `cache`): the page's title (generateMetadata) and the page itself read the same
 * task once instead of twice.
 */
export const loadTaskDetail = cache(readTaskDetail);

async function readTaskDetail(user: SessionUser, taskId: string): Promise<Loaded<TaskDetail>> {
  if (!storable(taskId)) return NOT_FOUND;
  const task = await queryTask(user, taskId);
  if (!task) return NOT_FOUND;
  const supporters = task.supporters;
  const { plan, criterion } = task;
  const oldest = task.updates.at(-1)?.createdAt ?? null;
  // One statement for the province's agencies and, when the task has history, the restructurings that name it;
  // beside it the criterion's score (as a relation filter of the task's statement, Assessment → Plan → Task, it
  // took Postgres 10 ms to plan at national size).
  const [agencies, lost] = await Promise.all([
    loadAgencyHistory(db, plan.provinceId, oldest),
    criterion ? lostPoints(plan.assessmentId, criterion) : null,
  ]);
  // the people of an ended agency's successor read the history they inherited (never write it: the other
  // actions' scopes ignore the successors)
  const target = inheritedTargetFrom(agencies.agencies, {
    provinceId: plan.provinceId,
    agencyId: task.agencyId,
    supportAgencyIds: supporters.map((s) => s.id),
  });
  if (!can(user, "task.read", target)) return FORBIDDEN;
  const mine = user.agencyId;
  const agencyAt = agencyIdsFrom(agencies.movesSince);
  const namer = oldest ? agencyNamer(agencies.agencies, agencies.renames) : null;
  const origin = task.originAgencyId ? agencies.agencies.find((a) => a.id === task.originAgencyId) : undefined;
  const waiting = task.cycles[0]?.headApprovalRequestedAt ? task.cycles[0] : null;
  const allowed = (action: Action) => can(user, action, target);
  // Each cycle's number of updates, counted from the task's own updates (already read for the history) rather than
  // by a relation `_count`: one subquery less per cycle, and loaded one statement per relation (without
  // relationJoins) Prisma grouped the whole TaskUpdate table (2 M rows at national size, seconds).
  const updatesPerCycle = new Map<string, number>();
  const cycleKeys = new Map(task.cycles.map((c) => [c.id, c.key]));
  for (const u of task.updates)
    if (u.cycleId) updatesPerCycle.set(u.cycleId, (updatesPerCycle.get(u.cycleId) ?? 0) + 1);
  const staffOfLead = user.role === "AGENCY_STAFF" && task.agencyId !== null && task.agencyId === mine;
  const seenAt = task.seenAt;
  const after = (at: Date | null | undefined) => at != null && (seenAt === null || seenAt < at);
  const lastReturn = task.status === "RETURNED" ? task.updates.find((u) => u.toStatus === "RETURNED") : undefined;
  return {
    status: "ok",
    data: {
      ...dueState(task, provinceToday()),
      id: task.id,
      title: task.title,
      source: task.source,
      status: task.status,
      progress: task.progress,
      version: task.version,
      dueOn: task.dueOn,
      recurrence: task.recurrence,
      updatedAt: task.updatedAt,
      plan: {
        id: plan.id,
        number: plan.number,
        carriedFrom: task.carriedFrom && `${task.carriedFrom.number}, ${historyLabel(task.carriedFrom.province)}`,
      },
      criterion: criterion && {
        code: criterion.code,
        title: criterion.title,
        lostPoints: lost,
      },
      measure: task.measure,
      lead: task.agency && { id: task.agency.id, name: task.agency.name },
      origin: origin ? { id: origin.id, name: origin.name } : null,
      supporters,
      responsible: task.responsible,
      headApproval: waiting?.headApprovalRequestedAt
        ? { requestedAt: waiting.headApprovalRequestedAt, requestedBy: waiting.headApprovalRequestedBy?.name ?? null }
        : null,
      involvement: !mine
        ? "none"
        : task.agencyId === mine
          ? "lead"
          : target.supportAgencyIds.includes(mine)
            ? "support"
            : "none",
      can: {
        ...abilities(allowed, task.status, task.agencyId, waiting !== null),
        approver: allowed("task.approve"),
        approve: waiting !== null && allowed("task.approve"),
        withdraw: waiting !== null && waiting.headApprovalRequestedBy?.id === user.id && allowed("task.status"),
        submitToHead: staffOfLead && task.agency?.headApprovesTasks === true,
      },
      history: task.updates.map((u) => toHistoryEntry(u, agencyAt, namer, cycleKeys)),
      cycles: task.cycles.map((c, i) => ({
        key: c.key,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        dueOn: c.dueOn,
        status: c.status,
        progress: c.progress,
        updates: updatesPerCycle.get(c.id) ?? 0,
        current: i === 0,
      })),
      unseen: after(task.assignedAt) || after(lastReturn?.createdAt),
    },
  };
}

/** Standard − assessed for this plan's assessment, exact (Prisma decimals), or null when not scored. */
async function lostPoints(assessmentId: string, criterion: NonNullable<TaskRow["criterion"]>): Promise<string | null> {
  const score = await db.criterionScore.findUnique({
    where: { assessmentId_criterionId: { assessmentId, criterionId: criterion.id } },
    select: { assessedPoints: true },
  });
  return score ? criterion.standardPoints.minus(score.assessedPoints).toString() : null;
}

/** `agencyAt`: the writer's agency when they wrote (a restructuring may have moved them since), named as then. */
function toHistoryEntry(
  u: TaskRow["updates"][number],
  agencyAt: (userId: string, at: Date, now: string | null) => string | null,
  namer: AgencyNamer | null,
  cycleKeys: ReadonlyMap<string, string>,
): HistoryEntry {
  const agencyId = u.userId && agencyAt(u.userId, u.createdAt, u.user?.agencyId ?? null);
  const then = agencyId ? namer?.at(agencyId, u.createdAt) : null;
  return {
    id: u.id,
    at: u.createdAt,
    by: u.user?.name ?? HISTORY_TEXT.systemAuthor,
    byAgency: then?.name ?? null,
    byAgencySuccessor: then?.successor ?? null,
    fromStatus: u.fromStatus,
    toStatus: u.toStatus,
    progress: u.progress,
    note: u.note,
    approvedBy: u.approvedBy?.name ?? null,
    evidence: u.evidence.map((e) => ({
      id: e.id,
      kind: e.kind === "link" ? "link" : "file",
      fileName: e.fileName,
      sizeBytes: e.sizeBytes,
      url: e.url,
      mimeType: e.mimeType,
    })),
    cycleKey: (u.cycleId && cycleKeys.get(u.cycleId)) ?? null,
  };
}

function abilities(
  allowed: (action: Action) => boolean,
  status: TaskStatusValue,
  agencyId: string | null,
  waitingForHead: boolean,
): Omit<TaskAbilities, "approver" | "approve" | "withdraw" | "submitToHead"> {
  const reviewer = allowed("task.review");
  const open = status !== "ACCEPTED" || reviewer;
  // While a "hoàn thành" waits for the agency head, status and progress are locked for everyone (notes still go).
  const next =
    allowed("task.status") && agencyId !== null && open && !waitingForHead
      ? nextStatuses(status, reviewer ? "reviewer" : "lead")
      : [];
  const progressEditable = (status === "IN_PROGRESS" || status === "RETURNED") && !waitingForHead;
  const canStatus = allowed("task.status") && agencyId !== null && open && (next.length > 0 || progressEditable);
  const canComment = allowed("task.comment");
  return {
    edit: canStatus ? "status" : canComment && open ? "comment" : canComment ? "locked" : null,
    reviewer,
    review: reviewer && status === "SUBMITTED",
    assigner: allowed("task.assign"),
    assign: allowed("task.assign") && agencyId === null,
    responsible: allowed("task.responsible") && agencyId !== null,
    evidence: allowed("evidence.read"),
    nextStatuses: next,
  };
}
