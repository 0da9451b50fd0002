import "server-only";
// Task reads (CONTRIBUTING.md §4). Each takes the caller, puts the caller's province in the where clause and then
// checks the record's agencies with `can()` — a refusal returns no data at all. Lists are one SQL query each
// (no N+1): last update by a lateral join on TaskUpdate(taskId, createdAt), lost points computed by Postgres.
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { provinceToday, provinceTodayIso } from "@/lib/format";
import { FORBIDDEN, type Loaded, NOT_FOUND } from "@/lib/server/loaded";
import { type TaskCard, type TaskCardRow, toCard } from "@/lib/tasks/board";
import { cycleDueSql } from "@/lib/tasks/due-sql";

export type AgencyRef = { id: string; name: string };
export type AgencyBoard = { agency: AgencyRef; cards: TaskCard[] };

/**
 * The card columns, read for one user: "Mới" while the task was given to the agency (duties page) after the user
 * last opened it, "Trả lại · Mới" while Sở Nội vụ's return is newer than the user's last visit (TaskView).
 */
const cardFrom = (userId: string) => Prisma.sql`
  select t.id, t.title, t.status::text as status, t.progress, t."dueOn", t.recurrence::text as recurrence,
         t."agencyId", a.name as "agencyName",
         c.code as "criterionCode", c.title as "criterionTitle", f.code as "fieldCode", f.title as "fieldTitle",
         (c."standardPoints" - s."assessedPoints")::text as "lostPoints",
         lu."createdAt" as "lastUpdateAt", lu.name as "lastUpdateBy",
         rr.note as "returnReason",
         (rr."createdAt" is not null and (tv."seenAt" is null or tv."seenAt" < rr."createdAt")) as "returnedUnread",
         (t."assignedAt" is not null and (tv."seenAt" is null or tv."seenAt" < t."assignedAt")) as "isNew",
         ru.name as "responsibleName",
         exists (select 1 from "TaskCycle" hc where hc.id = par_task_current_cycle(t.id)
                   and hc."headApprovalRequestedAt" is not null) as "awaitingHead"
  from "Task" t
  join "Plan" p on p.id = t."planId"
  left join "Agency" a on a.id = t."agencyId"
  left join "User" ru on ru.id = t."responsibleUserId"
  left join "TaskView" tv on tv."taskId" = t.id and tv."userId" = ${userId}
  left join "Criterion" c on c.id = t."criterionId"
  left join "Criterion" f on f."frameworkId" = c."frameworkId" and f.code = split_part(c.code, '.', 1)
  left join "CriterionScore" s on s."criterionId" = c.id and s."assessmentId" = p."assessmentId"
  left join lateral (
    select u."createdAt", us.name from "TaskUpdate" u join "User" us on us.id = u."userId"
    where u."taskId" = t.id order by u."createdAt" desc limit 1
  ) lu on true
  left join lateral (
    select u.note, u."createdAt" from "TaskUpdate" u
    where u."taskId" = t.id and u."toStatus" = 'RETURNED' order by u."createdAt" desc limit 1
  ) rr on t.status = 'RETURNED'`;

/** An agency's board: the tasks it leads or supports (phối hợp), if the caller may read that board. */
export async function loadAgencyBoard(user: SessionUser, agencyId: string): Promise<Loaded<AgencyBoard>> {
  const agency = await db.agency.findFirst({
    where: { id: agencyId, provinceId: user.provinceId },
    select: { id: true, name: true },
  });
  if (!agency) return NOT_FOUND;
  if (!can(user, "board.read", { provinceId: user.provinceId, agencyId: agency.id })) return FORBIDDEN;
  // A union of the two indexed lookups (Task.agencyId, TaskSupporter.agencyId) rather than an OR, so
  // Postgres can use both indexes.
  const rows = await db.$queryRaw<TaskCardRow[]>`${cardFrom(user.id)}
    where p."provinceId" = ${user.provinceId}
      and t.id in (select id from "Task" where "agencyId" = ${agency.id}
                   union select "taskId" from "TaskSupporter" where "agencyId" = ${agency.id})
    order by c."sortKey" nulls last, t."sourceRef", t.id`;
  const today = provinceToday();
  return { status: "ok", data: { agency, cards: rows.map((r) => toCard(r, agency.id, today)) } };
}

/**
 * "Việc của tôi": the tasks the caller is named in charge of, most urgent first. The person in charge is a user of
 * the lead agency (checked when named, and cleared when the lead changes), so these are tasks the caller may read.
 */
export async function loadMyTasks(user: SessionUser): Promise<TaskCard[]> {
  const rows = await db.$queryRaw<TaskCardRow[]>`${cardFrom(user.id)}
    where p."provinceId" = ${user.provinceId} and t."responsibleUserId" = ${user.id}
      and t."agencyId" = ${user.agencyId ?? ""}
    order by t."dueOn" nulls last, c."sortKey" nulls last, t.id`;
  const today = provinceToday();
  return rows.map((r) => toCard(r, user.agencyId, today));
}

export type ReviewItem = TaskCard & { submittedAt: Date | null; submittedBy: string | null; evidenceCount: number };
/** `unassigned`: how many duties have no lead agency yet, and how many of those are overdue (the rule of dueState). */
export type ReviewQueue = { items: ReviewItem[]; total: number; unassigned: { total: number; overdue: number } };
export const REVIEW_QUEUE_LIMIT = 200;

/**
 * Sở Nội vụ's queue: every submitted task of the province, oldest first, and the duties nobody leads yet.
 * `cycle` (the cycle picker, "2025"): only work submitted in that cycle. Work waiting for review stays in its
 * cycle until decided (lib/cycles/open.ts), so the cycle's SUBMITTED rows are current tasks' own.
 */
export async function loadReviewQueue(user: SessionUser, cycle: string | null = null): Promise<Loaded<ReviewQueue>> {
  if (!can(user, "task.review", { provinceId: user.provinceId })) return FORBIDDEN;
  const [rows, unassigned] = await Promise.all([
    db.$queryRaw<(TaskCardRow & { evidenceCount: number; total: number })[]>`
      select q.*, count(*) over ()::int as total,
             (select count(*) from "Evidence" e join "TaskUpdate" u on u.id = e."updateId" where u."taskId" = q.id)::int
               as "evidenceCount"
      from (${cardFrom(user.id)} where p."provinceId" = ${user.provinceId} and t.status = 'SUBMITTED' ${inCycle(cycle)}) q
      order by q."lastUpdateAt" asc nulls first, q.id
      limit ${REVIEW_QUEUE_LIMIT}`,
    // only the figures the queue shows (its link to /duyet/giao-viec): the duties themselves are listed, filtered
    // and paged there, and their number grows with every plan
    db.$queryRaw<{ total: number; overdue: number }[]>`
      select count(*)::int as total,
             count(*) filter (where t.status <> 'ACCEPTED' and ${cycleDueSql(provinceTodayIso())} < ${provinceTodayIso()}::date)::int
               as overdue
      from "Task" t join "Plan" p on p.id = t."planId"
      where p."provinceId" = ${user.provinceId} and t."agencyId" is null`,
  ]);
  const today = provinceToday();
  const items = rows.map(({ evidenceCount, total: _total, ...row }) => ({
    ...toCard(row, row.agencyId, today),
    submittedAt: row.lastUpdateAt,
    submittedBy: row.lastUpdateBy,
    evidenceCount,
  }));
  return {
    status: "ok",
    data: { items, total: rows[0]?.total ?? 0, unassigned: unassigned[0] ?? { total: 0, overdue: 0 } },
  };
}

const inCycle = (cycle: string | null) =>
  cycle
    ? Prisma.sql`and exists (select 1 from "TaskCycle" tc where tc."taskId" = t.id and tc.key = ${cycle} and tc.status = 'SUBMITTED')`
    : Prisma.empty;

/** How many tasks wait for Sở Nội vụ's decision (the navigation's "Duyệt kết quả (n)"); null for non-reviewers. */
export async function countAwaitingReview(user: SessionUser): Promise<number | null> {
  if (!can(user, "task.review", { provinceId: user.provinceId })) return null;
  return db.task.count({ where: { status: "SUBMITTED", plan: { provinceId: user.provinceId } } });
}

/** The queue's next item after `taskId` (oldest report first, as /duyet lists them), or null when none is left. */
export async function loadNextReviewId(user: SessionUser, taskId: string): Promise<string | null> {
  if (!can(user, "task.review", { provinceId: user.provinceId })) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    select t.id from "Task" t join "Plan" p on p.id = t."planId"
    left join lateral (select max(u."createdAt") as at from "TaskUpdate" u where u."taskId" = t.id) lu on true
    where p."provinceId" = ${user.provinceId} and t.status = 'SUBMITTED' and t.id <> ${taskId}
    order by lu.at asc nulls first, t.id limit 1`;
  return rows[0]?.id ?? null;
}

/** An agency's name for a page title, if the caller may read its board (no task rows are read). */
export async function loadBoardAgencyName(user: SessionUser, agencyId: string): Promise<string | null> {
  const agency = await db.agency.findFirst({
    where: { id: agencyId, provinceId: user.provinceId },
    select: { id: true, name: true },
  });
  return agency && can(user, "board.read", { provinceId: user.provinceId, agencyId: agency.id }) ? agency.name : null;
}

/** Agencies of the caller's province, for the board picker and the assignment select. */
export async function loadAgencyOptions(user: SessionUser): Promise<AgencyRef[]> {
  return db.agency.findMany({
    where: { provinceId: user.provinceId, active: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

export { loadTaskDetail } from "@/lib/tasks/detail-data-old";
