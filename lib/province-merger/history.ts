import "server-only";
// The successor's history: each predecessor's published results and plans, labelled with its name
// ("Đắk Nông (trước 01/07/2025)"). Read by the successor's Sở Nội vụ and leaders (dashboard.read); the
// predecessors are found from the caller's own province, so no other province's history is reachable.
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import { FORBIDDEN, type Loaded, NOT_FOUND } from "@/lib/server/loaded";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { loadPredecessors, type Predecessor } from "./lineage";

export type HistoryPlan = {
  id: string;
  number: string;
  title: string;
  issuedOn: Date;
  year: number;
  tasks: { total: number; accepted: number; notApplicable: number; carriedOut: number };
};
/** A reporting period of a predecessor's plan: the agencies' reports sent in it (drafts never sent are not history). */
export type HistoryReports = {
  periodKey: string;
  periodLabel: string;
  sent: number;
  accepted: number;
  agencies: string[];
};
/** A predecessor's self-assessment of a year: its items, how far they went, and the exact point totals. */
export type HistorySelfAssessment = {
  year: number;
  items: number;
  submitted: number;
  appraised: number;
  proposed: string;
  accepted: string;
};
export type HistoryEntry = Predecessor & {
  results: { year: number; totalScore: string; rank: number | null; rankOf: number | null }[];
  plans: HistoryPlan[];
  reports: HistoryReports[];
  selfAssessments: HistorySelfAssessment[];
};

export async function loadProvinceHistory(user: SessionUser): Promise<Loaded<HistoryEntry[]>> {
  if (!can(user, "dashboard.read", { provinceId: user.provinceId })) return FORBIDDEN;
  const predecessors = await loadPredecessors(user.provinceId);
  if (predecessors.length === 0) return { status: "ok", data: [] };
  const ids = predecessors.map((p) => p.id);
  const [results, plans] = await Promise.all([
    db.assessment.findMany({
      where: { provinceId: { in: ids } },
      orderBy: { year: "asc" },
      select: { provinceId: true, year: true, totalScore: true, rank: true, rankOf: true },
    }),
    db.plan.findMany({
      where: { provinceId: { in: ids } },
      orderBy: { issuedOn: "asc" },
      select: {
        id: true,
        provinceId: true,
        number: true,
        title: true,
        issuedOn: true,
        assessment: { select: { year: true } },
        _count: { select: { carriedTasks: true } },
      },
    }),
  ]);
  const statuses = await db.task.groupBy({
    by: ["planId", "status"],
    where: { planId: { in: plans.map((p) => p.id) } },
    _count: { _all: true },
  });
  const count = (planId: string, status?: string) =>
    statuses
      .filter((s) => s.planId === planId && (!status || s.status === status))
      .reduce((n, s) => n + s._count._all, 0);
  const [reports, selfAssessments] = await Promise.all([loadHistoryReports(ids), loadHistorySelfAssessments(ids)]);
  const data = predecessors.map((p) => ({
    ...p,
    reports: reports.get(p.id) ?? [],
    selfAssessments: selfAssessments.get(p.id) ?? [],
    results: results
      .filter((r) => r.provinceId === p.id)
      .map((r) => ({ year: r.year, totalScore: r.totalScore.toString(), rank: r.rank, rankOf: r.rankOf })),
    plans: plans
      .filter((pl) => pl.provinceId === p.id)
      .map((pl) => ({
        id: pl.id,
        number: pl.number,
        title: pl.title,
        issuedOn: pl.issuedOn,
        year: pl.assessment.year,
        tasks: {
          total: count(pl.id) + pl._count.carriedTasks,
          accepted: count(pl.id, "ACCEPTED"),
          notApplicable: count(pl.id, "NOT_APPLICABLE"),
          carriedOut: pl._count.carriedTasks,
        },
      })),
  }));
  return { status: "ok", data };
}

/** The reports the predecessors' agencies sent, by period (newest first), with the agencies named. */
async function loadHistoryReports(provinceIds: string[]): Promise<Map<string, HistoryReports[]>> {
  const rows = await db.agencyReport.findMany({
    where: { status: { not: "DRAFT" }, period: { plan: { provinceId: { in: provinceIds } } } },
    select: {
      status: true,
      agency: { select: { name: true } },
      period: { select: { key: true, endsOn: true, plan: { select: { provinceId: true } } } },
    },
    orderBy: [{ period: { endsOn: "desc" } }, { agency: { name: "asc" } }],
  });
  const out = new Map<string, HistoryReports[]>();
  for (const r of rows) {
    const list = out.get(r.period.plan.provinceId) ?? [];
    out.set(r.period.plan.provinceId, list);
    let entry = list.find((e) => e.periodKey === r.period.key);
    if (!entry) {
      const parsed = parsePeriodKey(r.period.key);
      entry = {
        periodKey: r.period.key,
        periodLabel: parsed ? periodLabel(parsed) : r.period.key,
        sent: 0,
        accepted: 0,
        agencies: [],
      };
      list.push(entry);
    }
    entry.sent += 1;
    if (r.status === "ACCEPTED") entry.accepted += 1;
    entry.agencies.push(r.agency.name);
  }
  return out;
}

/** The predecessors' self-assessments by year (newest first), with exact totals (Postgres sums the decimals). */
async function loadHistorySelfAssessments(provinceIds: string[]): Promise<Map<string, HistorySelfAssessment[]>> {
  const rows = await db.$queryRaw<(HistorySelfAssessment & { provinceId: string })[]>`
    select sa."provinceId", sa.year, count(s.id)::int as items,
           count(s.id) filter (where s.status <> 'DRAFT')::int as submitted,
           count(s.id) filter (where s.status = 'APPRAISED')::int as appraised,
           trim_scale(coalesce(sum(s."proposedPoints"), 0))::text as proposed,
           trim_scale(coalesce(sum(s."acceptedPoints"), 0))::text as accepted
    from "SelfAssessment" sa left join "SelfScore" s on s."selfAssessmentId" = sa.id
    where sa."provinceId" = any(${provinceIds})
    group by sa."provinceId", sa.year
    order by sa.year desc`;
  const out = new Map<string, HistorySelfAssessment[]>();
  for (const { provinceId, ...r } of rows) out.set(provinceId, [...(out.get(provinceId) ?? []), r]);
  return out;
}

export type HistoryTask = {
  id: string;
  title: string;
  agencyName: string | null;
  status: TaskStatusValue;
  /** "carried": now in the successor's plan (its status there); the closing note of a task no longer applicable */
  carried: boolean;
  note: string | null;
};

/**
 * A predecessor's plan for its history page: which predecessor (label) and every task it had, those carried to
 * the successor included. Only a plan of one of the caller's own predecessors; anything else is not found.
 */
export async function loadHistoryPlan(
  user: SessionUser,
  planId: string,
): Promise<Loaded<{ provinceId: string; label: string; tasks: HistoryTask[] }>> {
  if (!can(user, "dashboard.read", { provinceId: user.provinceId })) return FORBIDDEN;
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { provinceId: true } });
  const owner = plan && (await loadPredecessors(user.provinceId)).find((p) => p.id === plan.provinceId);
  if (!owner) return NOT_FOUND;
  const rows = await db.task.findMany({
    where: { OR: [{ planId }, { carriedFromPlanId: planId }] },
    orderBy: [{ criterion: { sortKey: "asc" } }, { sourceRef: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      carriedFromPlanId: true,
      agency: { select: { name: true } },
      updates: {
        where: { toStatus: "NOT_APPLICABLE" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { note: true },
      },
    },
  });
  const tasks = rows.map((t) => ({
    id: t.id,
    title: t.title,
    agencyName: t.agency?.name ?? null,
    status: t.status,
    carried: t.carriedFromPlanId === planId,
    note: t.status === "NOT_APPLICABLE" ? (t.updates[0]?.note ?? null) : null,
  }));
  return { status: "ok", data: { provinceId: owner.id, label: owner.label, tasks } };
}
