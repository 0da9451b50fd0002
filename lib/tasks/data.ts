import "server-only";
// Task reads (CONTRIBUTING.md §4). Each takes the caller, puts the caller's province in the where clause and then
// checks the record's agencies with `can()` — a refusal returns no data at all. Lists are one SQL query each
// (no N+1): last update by a lateral join on TaskUpdate(taskId, createdAt), lost points computed by Postgres.
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { PREPARED } from "@/lib/db-statements";
import { dateOfIso, provinceToday, provinceTodayIso } from "@/lib/format";
import { MAX_PAGE } from "@/lib/search-params";
import { aggregateCache } from "@/lib/server/aggregate-cache";
import { FORBIDDEN, type Loaded, NOT_FOUND } from "@/lib/server/loaded";
import {
  type BoardCard,
  type BoardCardRow,
  type CardDetails,
  formerAgencyOf,
  type TaskCard,
  type TaskCardRow,
  toBoardCard,
  toCard,
  withDetails,
} from "@/lib/tasks/board";
import { boardPredecessors, type EndedAgency } from "@/lib/tasks/board-lineage";
import { type BoardLayout, boardLayout, fillLayout, layoutCardIds } from "@/lib/tasks/board-view";
import { cycleDueSql, openStatusSql } from "@/lib/tasks/due-sql";
import type { BoardFilters, TaskStatusValue } from "@/lib/tasks/schema";

export type AgencyRef = { id: string; name: string };
/**
 * `predecessors`: the ended agencies whose work this one carries on (the "Gộp theo cơ cấu hiện tại" toggle shows
 * when there are any); `merged`: their tasks are on this board (?gop=1).
 */
export type AgencyBoard = {
  agency: AgencyRef;
  plans: BoardPlan[];
  plan: BoardPlan | null;
  cards: BoardCard[];
  predecessors: AgencyRef[];
  merged: boolean;
};

/** A card's board columns (BoardCardRow) for a task aliased `t`, with its plan `p` and criterion `c` (boardJoins). */
const boardColumns = Prisma.sql`
  t.id, t.title, t.status::text as status, t.progress, t."dueOn", t.recurrence::text as recurrence,
  t."agencyId", (select a.name from "Agency" a where a.id = t."agencyId") as "agencyName",
  c.code as "criterionCode", c.title as "criterionTitle", f.code as "fieldCode", f.title as "fieldTitle",
  (c."standardPoints" - (select s."assessedPoints" from "CriterionScore" s
                         where s."criterionId" = c.id and s."assessmentId" = p."assessmentId"))::text as "lostPoints",
  exists (select 1 from "TaskCycle" hc where hc.id = par_task_current_cycle(t.id)
            and hc."headApprovalRequestedAt" is not null) as "awaitingHead"`;
const boardJoins = Prisma.sql`
  join "Plan" p on p.id = t."planId"
  left join "Criterion" c on c.id = t."criterionId"
  left join lateral (
    select f.code, f.title from "Criterion" f where f."frameworkId" = c."frameworkId" and f.code = split_part(c.code, '.', 1)
  ) f on true`;

/**
 * A card's details (CardDetails), read for one user: "Mới" while the task was given to the agency (duties page)
 * after the user last opened it, "Trả lại · Mới" while Sở Nội vụ's return is newer than the user's last visit
 * (TaskView). The return's lookup is gated inside its lateral (a one-time filter on the status): as a join
 * condition it walked every task's history, returned or not (12 → 7 ms of execution; docs/perf/explain.md).
 */
const detailColumns = Prisma.sql`
  lu."createdAt" as "lastUpdateAt", lu.name as "lastUpdateBy",
  rr.note as "returnReason",
  (rr."createdAt" is not null and (tv."seenAt" is null or tv."seenAt" < rr."createdAt")) as "returnedUnread",
  (t."assignedAt" is not null and (tv."seenAt" is null or tv."seenAt" < t."assignedAt")) as "isNew",
  (select ru.name from "User" ru where ru.id = t."responsibleUserId") as "responsibleName"`;
const detailJoins = (userId: string) => Prisma.sql`
  left join lateral (select v."seenAt" from "TaskView" v where v."taskId" = t.id and v."userId" = ${userId}) tv on true
  left join lateral (
    select u."createdAt", us.name from "TaskUpdate" u left join "User" us on us.id = u."userId"
    where u."taskId" = t.id order by u."createdAt" desc limit 1
  ) lu on true
  left join lateral (
    select u.note, u."createdAt" from "TaskUpdate" u
    where t.status = 'RETURNED' and u."taskId" = t.id and u."toStatus" = 'RETURNED' order by u."createdAt" desc limit 1
  ) rr on true`;

/**
 * A whole card (the personal list, a page of cards; the boards and the review queue read the board's columns and
 * the details apart). Prepared under a name (PREPARED, lib/db-statements.ts): after five runs a connection may keep
 * a generic plan, and until then each run is planned, so the one-row lookups are subqueries rather than joins (half
 * the planning time, measured when the boards read it too: 3,8 → 2,1 ms for a 157-card board at national size).
 */
const cardFrom = (userId: string) => Prisma.sql`${PREPARED}
  select ${boardColumns}, ${detailColumns}
  from "Task" t ${boardJoins} ${detailJoins(userId)}`;

/**
 * A board reads every card of its plan (its counts, sorts and filters need them) but draws at most 25: the details
 * are read for those only (loadBoardLayout). For 160 cards at national size the whole card took Postgres 5,1 ms,
 * the board's columns 1,6 ms.
 */
const boardCardFrom = Prisma.sql`${PREPARED}
  select ${boardColumns} from "Task" t ${boardJoins}`;

/** A plan the board can show, with how many of the agency's tasks (led or supported) it holds. */
export type BoardPlan = { id: string; number: string; issuedOn: Date; tasks: number };
/** A BoardPlan as json_build_object gives it: `issuedOn` is the date column's "yyyy-mm-dd" (UTC midnight for Date). */
type PlanJson = Omit<BoardPlan, "issuedOn"> & { issuedOn: string };

/**
 * The province's plans holding tasks that the lineage's agencies lead or support, newest first, with how many, as
 * one json array. A union of the two indexed lookups (Task.agencyId, TaskSupporter.agencyId) rather than an OR, so
 * Postgres can use both indexes.
 */
const plansOf = (lineage: string[], provinceId: string) => Prisma.sql`
  coalesce((select json_agg(json_build_object('id', p.id, 'number', p.number, 'issuedOn', p."issuedOn",
                                              'tasks', x.tasks)
                            order by p."issuedOn" desc, p.id)
            from (select u."planId", count(*)::int as tasks
                  from (select id, "planId" from "Task" where "agencyId" = any(${lineage})
                        union select t.id, t."planId" from "TaskSupporter" s join "Task" t on t.id = s."taskId"
                              where s."agencyId" = any(${lineage})) u
                  group by u."planId") x
            join "Plan" p on p.id = x."planId"
            where p."provinceId" = ${provinceId}),
           '[]'::json)`;

/** A merged board's plans (?gop=1): those of its whole lineage, where the agency's statement read its own. */
async function lineagePlans(lineage: string[], provinceId: string): Promise<PlanJson[]> {
  const [row] = await db.$queryRaw<{ plans: PlanJson[] }[]>`select ${plansOf(lineage, provinceId)} as plans`;
  return row?.plans ?? [];
}

/** A task on the board and `via`, the agency of the lineage that leads or supports it. */
type FoundTask = { id: string; via: string };

/**
 * The board's task ids in one plan (`planId`, an SQL expression): those the lineage leads (Task(planId, agencyId))
 * and those it supports (TaskSupporter(agencyId)), as a union of the two indexed lookups.
 */
const boardTasks = (lineage: string[], planId: Prisma.Sql, status: TaskStatusValue | null | undefined) => Prisma.sql`
  select id, "agencyId" as via from "Task" where "agencyId" = any(${lineage}) and "planId" = ${planId}
    ${status ? Prisma.sql`and status = ${status}::"TaskStatus"` : Prisma.empty}
  union
  select x.id, s."agencyId" as via from "TaskSupporter" s join "Task" x on x.id = s."taskId"
  where s."agencyId" = any(${lineage}) and x."planId" = ${planId}
    ${status ? Prisma.sql`and x.status = ${status}::"TaskStatus"` : Prisma.empty}`;

/**
 * `plan` and `status` narrow the rows in SQL: one plan at a time, and one status column for its full list.
 * `merge` (?gop=1) adds the tasks of the agency's predecessors (lib/tasks/board-lineage.ts).
 */
export type BoardQuery = { plan?: string | null; status?: TaskStatusValue | null; merge?: boolean };

/**
 * An agency's board: the tasks it leads or supports (phối hợp) in ONE plan, if the caller may read that board.
 * `plans` lists the province's plans the agency has tasks in (newest first) for the plan picker; the board shows
 * the chosen one, else the newest. A plan id of another province (or one the agency has no task in) is refused,
 * as is an agency of another province.
 *
 * The agency's own board is the same for every reader in the province on a given day, and changes only with a
 * write to what it reads (tasks, their cycles and supporters, plans, agencies, criteria and their scores): it is
 * kept in the province's aggregate cache (lib/server/aggregate-cache.ts), so loading it again runs no statement
 * until such a write commits. The permission is decided on every request, on the board's agency, before anything
 * of it is returned.
 */
export async function loadAgencyBoard(
  user: SessionUser,
  agencyId: string,
  query: BoardQuery = {},
): Promise<Loaded<AgencyBoard>> {
  const cache = await aggregateCache(user.provinceId, "pages");
  const today = provinceTodayIso();
  const own = await cache.get(["agency-board", agencyId, query.plan ?? null, query.status ?? null, today], () =>
    readOwnBoard(user.provinceId, agencyId, query, dateOfIso(today)),
  );
  if (!own) return NOT_FOUND;
  const { agency } = own;
  if (!can(user, "board.read", { provinceId: user.provinceId, agencyId: agency.id })) return FORBIDDEN;
  const predecessors = boardPredecessors(user, own.ended, agency.id);
  if (query.merge !== true || predecessors.length === 0) {
    if (!own.plan && query.plan) return NOT_FOUND;
    const { plans, plan, cards } = own;
    return { status: "ok", data: { agency, plans, plan, cards, predecessors, merged: false } };
  }
  // ?gop=1: the plans and tasks of the whole lineage, read for this request (the predecessors it merges are those
  // the caller may read)
  const lineage = [agency.id, ...predecessors.map((p) => p.id)];
  const plans = toBoardPlans(await lineagePlans(lineage, user.provinceId));
  const plan = query.plan ? plans.find((p) => p.id === query.plan) : plans[0];
  const base = { agency, plans, predecessors, merged: true };
  if (!plan) return query.plan ? NOT_FOUND : { status: "ok", data: { ...base, plan: null, cards: [] } };
  const found = await db.$queryRaw<
    FoundTask[]
  >`${PREPARED}${boardTasks(lineage, Prisma.sql`${plan.id}`, query.status)}`;
  const former = formerAgencyOf(found, agency.id, predecessors);
  const rows = await boardRows(found, user.provinceId);
  const cards = rows.map((r) => toBoardCard(r, lineage, dateOfIso(today), former(r)));
  return { status: "ok", data: { ...base, plan, cards } };
}

/**
 * An agency's own board as every reader in its province sees it on `today`: the agency, the province's ended
 * agencies (its possible predecessors), its plans and the cards of the chosen one (`plan` null when the asked plan
 * is not among them, or it has none); null when the agency is not the province's.
 */
type OwnBoard = {
  agency: AgencyRef;
  ended: EndedAgency[];
  plans: BoardPlan[];
  plan: BoardPlan | null;
  cards: BoardCard[];
};

async function readOwnBoard(
  provinceId: string,
  agencyId: string,
  query: BoardQuery,
  today: Date,
): Promise<OwnBoard | null> {
  // One statement for the agency (in the province), the province's ended agencies, the plans the agency has tasks
  // in and the board's task ids in the chosen plan (the asked one if the agency has tasks in it, else the newest):
  // each round trip costs the Node process about 0,5 ms under load (the driver's work and the socket).
  const [agencyRow] = await db.$queryRaw<
    { id: string; name: string; ended: EndedAgency[]; plans: PlanJson[]; found: FoundTask[] }[]
  >`
    select a.id, a.name,
           coalesce((select json_agg(json_build_object('id', e.id, 'name', e.name, 'successorId', e."successorId")
                                     order by e.name)
                     from "Agency" e where e."provinceId" = ${provinceId} and e."endedOn" is not null),
                    '[]'::json) as ended,
           pl.plans, fd.found
    from "Agency" a
    -- offset 0 keeps the plans one subquery: pulled up, Postgres copied it into both uses of pl.plans below and
    -- counted the agency's tasks three times (5 → 2 ms a large board at national size, planning included)
    cross join lateral (select ${plansOf([agencyId], provinceId)} as plans offset 0) pl
    cross join lateral (
      select coalesce(json_agg(json_build_object('id', b.id, 'via', b.via)), '[]'::json) as found
      from (${boardTasks(
        [agencyId],
        Prisma.sql`(select e.value->>'id' from json_array_elements(pl.plans) with ordinality e
                    where ${query.plan ?? null}::text is null or e.value->>'id' = ${query.plan ?? null}
                    order by e.ordinality limit 1)`,
        query.status,
      )}) b
    ) fd
    where a.id = ${agencyId} and a."provinceId" = ${provinceId}`;
  if (!agencyRow) return null;
  const agency = { id: agencyRow.id, name: agencyRow.name };
  const plans = toBoardPlans(agencyRow.plans);
  const plan = (query.plan ? plans.find((p) => p.id === query.plan) : plans[0]) ?? null;
  const rows = plan ? await boardRows(agencyRow.found, provinceId) : [];
  const cards = rows.map((r) => toBoardCard(r, [agency.id], today, null));
  return { agency, ended: agencyRow.ended, plans, plan, cards };
}

const toBoardPlans = (plans: PlanJson[]): BoardPlan[] =>
  plans.map((p) => ({ id: p.id, number: p.number, issuedOn: dateOfIso(p.issuedOn), tasks: p.tasks }));

/**
 * The board's columns of the tasks `found` (once each), in the board's order. The plan's ids first, then the
 * card's joins for those ids only: in one statement Postgres misjudged the row count and hashed whole tables
 * (EXPLAIN, docs/perf/explain.md).
 */
async function boardRows(found: readonly FoundTask[], provinceId: string): Promise<BoardCardRow[]> {
  const ids = [...new Set(found.map((r) => r.id))];
  if (ids.length === 0) return [];
  return db.$queryRaw<BoardCardRow[]>`${boardCardFrom}
    where t.id = any(${ids}) and p."provinceId" = ${provinceId}
    order by c."sortKey" nulls last, t."sourceRef", t.id`;
}

/**
 * What a board draws of `cards` (loadAgencyBoard's, or loadCycleBoard's) with `filters`, the drawn cards with their
 * details (last update, return, "Mới", person in charge) for the caller, read in one statement for those ids only.
 */
export async function loadBoardLayout(
  user: SessionUser,
  cards: readonly BoardCard[],
  filters: BoardFilters,
): Promise<BoardLayout<TaskCard>> {
  const layout = boardLayout(cards, filters);
  const byId = await readDetails(user, layoutCardIds(layout));
  return fillLayout(layout, (card) => withDetails(card, byId.get(card.id) ?? NO_DETAILS));
}

/** A card whose details were not found (no longer in the caller's province): nothing beyond the board's columns. */
const NO_DETAILS: CardDetails = { lastUpdateAt: null, lastUpdateBy: null };

/**
 * The caller's details (CardDetails) of the tasks `ids` of the caller's province, by id, in one statement; `extra`
 * adds columns to it (", <expr> as <name>", over the task `t`).
 */
async function readDetails<Extra extends object = object>(
  user: SessionUser,
  ids: string[],
  extra: Prisma.Sql = Prisma.empty,
): Promise<Map<string, CardDetails & Extra>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<(CardDetails & Extra & { id: string })[]>`${PREPARED}
    select t.id, ${detailColumns}${extra} from "Task" t join "Plan" p on p.id = t."planId" ${detailJoins(user.id)}
    where t.id = any(${ids}) and p."provinceId" = ${user.provinceId}`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** Rows per page of "Việc của tôi" and of the review queue. */
export const MY_TASKS_PAGE_SIZE = 30;
export const REVIEW_PAGE_SIZE = 30;

/** One page of a list: its rows, the number of rows in the whole list, the page (clamped) and the page count. */
export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };
const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/**
 * "Việc của tôi": the tasks the caller is named in charge of, most urgent first, one page at a time. The person in
 * charge is a user of the lead agency (checked when named, and cleared when the lead changes), so these are tasks
 * the caller may read.
 */
export async function loadMyTasks(user: SessionUser, page = 1): Promise<Paged<TaskCard>> {
  const mine = Prisma.sql`t."responsibleUserId" = ${user.id} and t."agencyId" = ${user.agencyId ?? ""}`;
  const counted = await db.$queryRaw<{ total: number }[]>`
    select count(*)::int as total from "Task" t join "Plan" p on p.id = t."planId"
    where p."provinceId" = ${user.provinceId} and ${mine}`;
  const total = counted[0]?.total ?? 0;
  const pageCount = pageCountOf(total, MY_TASKS_PAGE_SIZE);
  const current = Math.min(Math.max(1, page), pageCount);
  const rows =
    total === 0
      ? []
      : await db.$queryRaw<TaskCardRow[]>`${cardFrom(user.id)}
    where p."provinceId" = ${user.provinceId} and ${mine}
    order by t."dueOn" nulls last, c."sortKey" nulls last, t.id
    limit ${MY_TASKS_PAGE_SIZE} offset ${(current - 1) * MY_TASKS_PAGE_SIZE}`;
  const today = provinceToday();
  return { items: rows.map((r) => toCard(r, user.agencyId, today)), total, page: current, pageCount };
}

export type ReviewItem = TaskCard & { submittedAt: Date | null; submittedBy: string | null; evidenceCount: number };
/** `unassigned`: how many duties have no lead agency yet, and how many of those are overdue (the rule of dueState). */
export type ReviewQueue = Paged<ReviewItem> & { unassigned: { total: number; overdue: number } };

/**
 * Sở Nội vụ's queue: the submitted tasks of the province, oldest report first, REVIEW_PAGE_SIZE per page, and the
 * number of duties nobody leads yet. `cycle` (the cycle picker, "2025"): only work submitted in that cycle. Work
 * waiting for review stays in its cycle until decided (lib/cycles/open.ts), so the cycle's SUBMITTED rows are
 * current tasks' own.
 *
 * The queue's page is the same for every reviewer of the province on a given day and changes only with a write to
 * what it reads: it is kept in the province's aggregate cache (lib/server/aggregate-cache.ts). What is the reader's
 * own (the "Mới" marks) and what no version covers (the evidence count) is read on every request, with the last
 * update, in one statement for the page's ids.
 */
export async function loadReviewQueue(
  user: SessionUser,
  cycle: string | null = null,
  page = 1,
): Promise<Loaded<ReviewQueue>> {
  if (!can(user, "task.review", { provinceId: user.provinceId })) return FORBIDDEN;
  // the page asked for, within an int4 for the statement (parsePage bounds ?trang= the same way)
  const asked = Number.isSafeInteger(page) ? Math.min(Math.max(1, page), MAX_PAGE) : 1;
  const cache = await aggregateCache(user.provinceId, "pages");
  const today = provinceTodayIso();
  const queue = await cache.get(["review-queue", cycle, asked, today], () =>
    readReviewPage(user.provinceId, cycle, asked, today),
  );
  const byId = await readDetails<{ evidenceCount: number }>(
    user,
    queue.cards.map((c) => c.id),
    Prisma.sql`, (select count(*) from "Evidence" e join "TaskUpdate" u on u.id = e."updateId"
                  where u."taskId" = t.id)::int as "evidenceCount"`,
  );
  const items = queue.cards.flatMap((card) => {
    const d = byId.get(card.id);
    if (!d) return [];
    // Object.assign rather than a spread with new keys after it (V8's slow path, 11 µs an item: lib/tasks/board.ts toCard)
    return [
      Object.assign(withDetails(card, d), {
        submittedAt: d.lastUpdateAt,
        submittedBy: d.lastUpdateBy,
        evidenceCount: d.evidenceCount,
      }),
    ];
  });
  const { total, pageCount, current, unassigned } = queue;
  return { status: "ok", data: { items, total, page: current, pageCount, unassigned } };
}

/** A page of the queue as every reviewer of the province sees it on `today`: its cards without the details. */
type ReviewPage = {
  total: number;
  pageCount: number;
  current: number;
  unassigned: ReviewQueue["unassigned"];
  cards: BoardCard[];
};

/**
 * The page's ids are chosen first (the (planId, status) and (taskId, createdAt) indexes), then only those rows get
 * the card's joins (by id: a join to the first query's rows let Postgres plan a scan).
 */
async function readReviewPage(
  provinceId: string,
  cycle: string | null,
  asked: number,
  today: string,
): Promise<ReviewPage> {
  const submitted = Prisma.sql`p."provinceId" = ${provinceId} and t.status = 'SUBMITTED' ${inCycle(cycle)}`;
  // One statement for the queue's length, the page's ids (oldest report first; a page past the end is the last
  // one) and, for its link to /duyet/giao-viec, the duties nobody leads (the duties themselves are listed,
  // filtered and paged there, and their number grows with every plan).
  const [counts] = await db.$queryRaw<
    { total: number; unassigned: number; overdue: number; ids: string[] }[]
  >`${PREPARED}
    with queue as materialized (
      select t.id, lu.at from "Task" t join "Plan" p on p.id = t."planId"
      left join lateral (select max(u."createdAt") as at from "TaskUpdate" u where u."taskId" = t.id) lu on true
      where ${submitted}
    ), n as (select count(*)::int as total from queue)
    select n.total, d.unassigned, d.overdue,
           array(select q.id from queue q order by q.at asc nulls first, q.id
                 limit ${REVIEW_PAGE_SIZE}
                 offset (least(${asked}::int, greatest(1, ceil(n.total / ${REVIEW_PAGE_SIZE}::numeric)::int)) - 1)
                        * ${REVIEW_PAGE_SIZE}::int) as ids
    from n, (
      select count(*)::int as unassigned,
             count(*) filter (where ${openStatusSql()} and ${cycleDueSql(today)} < ${today}::date)::int as overdue
      from "Task" t join "Plan" p on p.id = t."planId"
      where p."provinceId" = ${provinceId} and t."agencyId" is null
    ) d`;
  const total = counts?.total ?? 0;
  const pageCount = pageCountOf(total, REVIEW_PAGE_SIZE);
  const ids = counts?.ids ?? [];
  const rows =
    ids.length === 0
      ? []
      : await db.$queryRaw<
          BoardCardRow[]
        >`${boardCardFrom} where t.id = any(${ids}) and p."provinceId" = ${provinceId}`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const date = dateOfIso(today);
  const cards = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toBoardCard(row, row.agencyId, date)] : [];
  });
  return {
    total,
    pageCount,
    current: Math.min(asked, pageCount),
    unassigned: { total: counts?.unassigned ?? 0, overdue: counts?.overdue ?? 0 },
    cards,
  };
}

const inCycle = (cycle: string | null) =>
  cycle
    ? Prisma.sql`and exists (select 1 from "TaskCycle" tc where tc."taskId" = t.id and tc.key = ${cycle} and tc.status = 'SUBMITTED')`
    : Prisma.empty;

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

export { type HistoryEntry, loadTaskDetail, type TaskDetail } from "@/lib/tasks/detail-data";
