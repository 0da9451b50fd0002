import "server-only";
// The Home Affairs overview: every agency of the province with its tasks counted by status, in ONE aggregate
// query (no N+1 however many agencies). Uses Task(planId, status); agencies are read by their province.
import { loadAgencyNamer } from "@/lib/agencies/at-the-time";
import type { AgencyKind } from "@/lib/agency-admin/labels";
import { type Actor, can } from "@/lib/auth/permissions";
import { loadCycleOptions } from "@/lib/cycles/options";
import { type CycleOption, parseCycleParam } from "@/lib/cycles/param";
import { db } from "@/lib/db";
import { provinceTodayIso } from "@/lib/format";
import { aggregateCache } from "@/lib/server/aggregate-cache";
import { openStatusSql, taskStateSql } from "@/lib/tasks/due-sql";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { mergeIntoSuccessors, withSuccessors } from "./lineage";

export type OverviewScope = { provinceId: string };

export type StatusCounts = Record<TaskStatusValue, number>;

export type OverviewRow = {
  /** null: the plan's tasks not (yet) assigned to an agency of the province */
  agencyId: string | null;
  name: string | null;
  kind: AgencyKind | null;
  active: boolean;
  total: number;
  counts: StatusCounts;
  overdue: number;
  /** tasks of the plan's measures, which carry the points lost (the dashboard counts these); the rest are duties */
  withPoints: number;
  overdueWithPoints: number;
  lastUpdatedAt: Date | null;
  /** an ended agency: the living agency that carries its work on (lib/agencies/at-the-time) */
  successor?: { id: string; name: string } | null;
  /** merged view (?gop=1): the predecessors whose rows were added into this one, by name */
  predecessors?: string[];
};

export type OverviewTotals = Omit<
  OverviewRow,
  "agencyId" | "name" | "kind" | "active" | "lastUpdatedAt" | "successor" | "predecessors"
> & {
  /** overdue tasks nobody leads yet: Sở Nội vụ's to assign, not an agency's delay */
  unassignedOverdue: number;
};
export type Overview = { rows: OverviewRow[]; totals: OverviewTotals };

type RawRow = {
  agencyId: string | null;
  name: string | null;
  kind: AgencyKind | null;
  active: boolean | null;
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  accepted: number;
  returned: number;
  notApplicable: number;
  overdue: number;
  withPoints: number;
  overdueWithPoints: number;
  lastUpdatedAt: Date | null;
};

export type OverviewPlan = { id: string; number: string; issuedOn: Date; title: string };

/** The province's plans, newest first (the overview shows one plan at a time). */
export async function loadOverviewPlans(scope: OverviewScope): Promise<OverviewPlan[]> {
  return db.plan.findMany({
    where: { provinceId: scope.provinceId },
    orderBy: [{ issuedOn: "desc" }, { number: "asc" }],
    select: { id: true, number: true, issuedOn: true, title: true },
  });
}

/**
 * Counts per agency for one plan. Overdue = the task's current due date is before today (Asia/Ho_Chi_Minh)
 * and Sở Nội vụ has not accepted it. For a recurring task the current due date is that of the cycle containing
 * today (lib/tasks/status currentCycleDue: a yearly task due 31/12/2021 is due 31/12/2026 during 2026), so the
 * overview agrees with the agency boards; for a one-off task it is simply dueOn. Postgres `date + interval`
 * clamps month ends the same way (31/03 + 3 months = 30/06).
 * The FULL JOIN keeps agencies without tasks (zero rows) and gathers unassigned tasks in a null-agency row.
 * `cycle` (the cycle picker): the tasks that had that cycle, counted by that cycle's status and due date.
 */
export async function loadOverview(
  scope: OverviewScope,
  planId: string,
  today: string = provinceTodayIso(),
  cycle: string | null = null,
  merge = false,
): Promise<Overview> {
  const state = taskStateSql(cycle, today);
  const raw = await db.$queryRaw<RawRow[]>`
    WITH agencies AS (
      SELECT id, name, kind, active FROM "Agency" WHERE "provinceId" = ${scope.provinceId}
    ), tasks AS (
      SELECT t."agencyId", ${state.status} AS status, t."measureId",
        (SELECT max(u."createdAt") FROM "TaskUpdate" u WHERE u."taskId" = t.id) AS "lastUpdateAt",
        ${state.due} AS "cycleDue"
      FROM "Task" t
      JOIN "Plan" p ON p.id = t."planId"
      ${state.join}
      WHERE t."planId" = ${planId} AND p."provinceId" = ${scope.provinceId}
    )
    SELECT a.id AS "agencyId", a.name, a.kind::text AS kind, a.active,
      count(t.status)::int AS total,
      count(*) FILTER (WHERE t.status = 'NOT_STARTED')::int AS "notStarted",
      count(*) FILTER (WHERE t.status = 'IN_PROGRESS')::int AS "inProgress",
      count(*) FILTER (WHERE t.status = 'SUBMITTED')::int AS submitted,
      count(*) FILTER (WHERE t.status = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE t.status = 'RETURNED')::int AS returned,
      count(*) FILTER (WHERE t.status = 'NOT_APPLICABLE')::int AS "notApplicable",
      count(*) FILTER (WHERE t."cycleDue" < ${today}::date AND ${openStatusSql()})::int AS overdue,
      count(*) FILTER (WHERE t."measureId" IS NOT NULL)::int AS "withPoints",
      count(*) FILTER (WHERE t."measureId" IS NOT NULL AND t."cycleDue" < ${today}::date AND ${openStatusSql()})::int AS "overdueWithPoints",
      max(t."lastUpdateAt") AS "lastUpdatedAt"
    FROM agencies a FULL JOIN tasks t ON t."agencyId" = a.id
    GROUP BY a.id, a.name, a.kind, a.active`;
  // Deactivated agencies stay listed only while they still hold tasks of this plan.
  const own = raw.map(toRow).filter((r) => r.total > 0 || (r.agencyId !== null && r.active));
  const { current } = await loadAgencyNamer(db, scope.provinceId);
  const rows = merge ? mergeIntoSuccessors(own, current) : withSuccessors(own, current);
  return { rows, totals: sumRows(rows) };
}

function toRow(r: RawRow): OverviewRow {
  return {
    agencyId: r.agencyId,
    name: r.name,
    kind: r.kind,
    active: r.active ?? true,
    total: r.total,
    counts: {
      NOT_STARTED: r.notStarted,
      IN_PROGRESS: r.inProgress,
      SUBMITTED: r.submitted,
      ACCEPTED: r.accepted,
      RETURNED: r.returned,
      NOT_APPLICABLE: r.notApplicable,
    },
    overdue: r.overdue,
    withPoints: r.withPoints,
    overdueWithPoints: r.overdueWithPoints,
    lastUpdatedAt: r.lastUpdatedAt,
  };
}

function sumRows(rows: OverviewRow[]): OverviewTotals {
  const counts: StatusCounts = {
    NOT_STARTED: 0,
    IN_PROGRESS: 0,
    SUBMITTED: 0,
    ACCEPTED: 0,
    RETURNED: 0,
    NOT_APPLICABLE: 0,
  };
  const totals = { total: 0, overdue: 0, withPoints: 0, overdueWithPoints: 0, unassignedOverdue: 0 };
  for (const r of rows) {
    totals.total += r.total;
    totals.overdue += r.overdue;
    totals.withPoints += r.withPoints;
    totals.overdueWithPoints += r.overdueWithPoints;
    if (r.agencyId === null) totals.unassignedOverdue += r.overdue;
    for (const key of Object.keys(counts) as TaskStatusValue[]) counts[key] += r.counts[key];
  }
  return { ...totals, counts };
}

export type OverviewPage = {
  plans: OverviewPlan[];
  plan: OverviewPlan | null;
  overview: Overview | null;
  /** the plan's cycles for the picker, and the one shown (null: the current cycle) */
  cycles: CycleOption[];
  cycle: string | null;
  /** "Gộp theo cơ cấu hiện tại" (?gop=1): predecessors' rows added into their successor's */
  merge: boolean;
};

/**
 * The /tien-do data for a user with "overview.read"; null (refused) for anyone else. `cycleParam` is the raw
 * `chu-ky` value: a cycle the plan's tasks never had means the current cycle.
 */
export async function loadOverviewPage(
  user: Actor,
  planParam?: unknown,
  today?: string,
  cycleParam?: string | string[],
  mergeParam?: unknown,
): Promise<OverviewPage | null> {
  if (!can(user, "overview.read", { provinceId: user.provinceId })) return null;
  const scope = { provinceId: user.provinceId };
  // Answered from the aggregate cache while no write touched the province (lib/server/aggregate-cache.ts).
  const cache = await aggregateCache(scope.provinceId);
  const plans = await cache.get(["overview.plans"], () => loadOverviewPlans(scope));
  const plan = plans.find((p) => p.id === planParam) ?? plans[0] ?? null;
  const merge = mergeParam === "1";
  if (!plan) return { plans, plan, overview: null, cycles: [], cycle: null, merge };
  const cycles = await cache.get(["cycles", plan.id], () =>
    loadCycleOptions({ provinceId: scope.provinceId, planId: plan.id }),
  );
  const cycle = parseCycleParam(cycleParam, cycles);
  const day = today ?? provinceTodayIso();
  const overview = await cache.get(["overview", plan.id, day, cycle, merge], () =>
    loadOverview(scope, plan.id, day, cycle, merge),
  );
  return { plans, plan, overview, cycles, cycle, merge };
}
