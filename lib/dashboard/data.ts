import "server-only";
// Dashboard reads: one aggregate SQL query per dataset, always scoped to the caller's province. Points stay
// numeric in Postgres and leave as strings; counting and grouping happen in SQL, never in a loop of queries.
import { agencyNamer } from "@/lib/agencies/at-the-time";
import { db } from "@/lib/db";
import { loadPredecessors } from "@/lib/province-merger/lineage";
import { type CriterionRow, loadCriterionRows } from "@/lib/scores/data";
import { openStatusSql, taskStateSql } from "@/lib/tasks/due-sql";
import type { AgencyTaskCount } from "./agency-split";

export type DashboardScope = { provinceId: string };

/** A plan the dashboard can show, with the assessment it answers. Dates as "YYYY-MM-DD". */
export type PlanChoice = {
  id: string;
  provinceId: string;
  number: string;
  issuedOn: string;
  provinceName: string;
  assessmentId: string;
  year: number;
  totalScore: string;
  rank: number | null;
  rankOf: number | null;
  /** the framework's maximum; null when the assessment has only headline figures */
  max: string | null;
};

/** Lead tasks of the plan's measures counted by criterion, agency, status and whether they are past due. */
export type TaskCountRow = AgencyTaskCount;

export type FieldScore = { code: string; title: string; standard: string; assessed: string; lost: string };
export type YearRow = {
  year: number;
  /** null for the province's own year; a predecessor's (merged province) "Đắk Nông (trước 01/07/2025)" */
  history: string | null;
  totalScore: string;
  rank: number | null;
  rankOf: number | null;
  /** field scores; empty when only the headline figures were published/entered */
  fields: FieldScore[];
  /**
   * Field codes the code mapping from the previous year's framework to this year's says were split, merged,
   * dropped, renumbered or new (an explicit CriterionMapping row): not comparable with the year before.
   */
  remappedFields: string[];
};

export async function loadPlanChoices(scope: DashboardScope): Promise<PlanChoice[]> {
  return db.$queryRaw<PlanChoice[]>`
    select p.id, p."provinceId", p.number, to_char(p."issuedOn", 'YYYY-MM-DD') as "issuedOn", pr.name as "provinceName",
           a.id as "assessmentId", a.year, trim_scale(a."totalScore")::text as "totalScore", a.rank, a."rankOf",
           trim_scale(f."maxPoints")::text as max
    from "Plan" p
    join "Province" pr on pr.id = p."provinceId"
    join "Assessment" a on a.id = p."assessmentId" and a."provinceId" = p."provinceId"
    left join "Framework" f on f.id = a."frameworkId"
    where p."provinceId" = ${scope.provinceId}
    order by a.year desc, p."issuedOn" desc, p.number`;
}

/**
 * Scored criteria of the plan's assessment (lost = standard − assessed, computed by Postgres); lib/scores
 * already hands decimals out in canonical form ("7.31", not numeric(6,3)'s "7.310").
 */
export function loadScoreRows(choice: PlanChoice): Promise<CriterionRow[]> {
  return loadCriterionRows(choice.assessmentId);
}

/**
 * `today` is the province's calendar date ("YYYY-MM-DD"): a task is past due when the due date of its current
 * cycle (lib/tasks/due-sql.ts, the boards' rule) is before today. The plan's
 * province is re-stated so that a plan id alone never reads another province's tasks. `cycle` (the cycle
 * picker): the tasks that had that cycle, in that cycle's status, progress and due date.
 */
export async function loadTaskCounts(
  choice: PlanChoice,
  today: string,
  cycle: string | null = null,
): Promise<TaskCountRow[]> {
  const s = taskStateSql(cycle, today);
  return db.$queryRaw<TaskCountRow[]>`
    select c.code as "criterionCode", t."agencyId", ag.name as "agencyName", ${s.status}::text as status,
           coalesce(${s.due} < ${today}::date and ${openStatusSql(s.status)}, false) as "pastDue", count(*)::int as count,
           sum(case when ${s.status} in ('SUBMITTED', 'ACCEPTED') then 100 else ${s.progress} end)::int as "progressSum"
    from "Task" t
    join "Plan" p on p.id = t."planId"
    ${s.join}
    join "Measure" m on m.id = t."measureId"
    join "Criterion" c on c.id = m."criterionId"
    left join "Agency" ag on ag.id = t."agencyId"
    where t."planId" = ${choice.id} and p."provinceId" = ${choice.provinceId}
      -- a task "không còn áp dụng" is no longer part of the plan's work: in no bucket, neither done nor open
      and t.status <> 'NOT_APPLICABLE'
    group by 1, 2, 3, 4, 5`;
}

/**
 * The living agency that carries each agency's work on, for the agency split (lib/agencies/at-the-time). It
 * follows the Agency rows alone (an ended agency's successor; renames only change the names history shows), and
 * Agency rows move the province's aggregate version, so the result is cached with the aggregates.
 */
export async function loadAgencyLineage(
  scope: DashboardScope,
): Promise<(agencyId: string) => { id: string; name: string } | null> {
  const agencies = await db.agency.findMany({
    where: { provinceId: scope.provinceId },
    select: { id: true, name: true, endedOn: true, successorId: true },
  });
  return agencyNamer(agencies, []).current;
}

/** Published totals of OTHER provinces for the year, as this province's Sở Nội vụ entered them (its own data). */
export async function loadPeerScores(scope: DashboardScope, year: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ score: string }[]>`
    select trim_scale(p."totalScore")::text as score from "PeerScore" p
    where p.year = ${year} and p."ownerProvinceId" = ${scope.provinceId}
    order by p."totalScore" desc`;
  return rows.map((r) => r.score);
}

/**
 * Every assessment of the province and of the provinces merged into it (labelled with their names), oldest
 * first, the province's own before a predecessor's of the same year, with their field scores.
 */
export async function loadYearRows(scope: DashboardScope): Promise<YearRow[]> {
  const predecessors = await loadPredecessors(scope.provinceId);
  const labels = new Map(predecessors.map((p) => [p.id, p.label]));
  const ids = [scope.provinceId, ...labels.keys()];
  const rows = await db.$queryRaw<(Omit<YearRow, "history" | "remappedFields"> & { provinceId: string })[]>`
    select a."provinceId", a.year, trim_scale(a."totalScore")::text as "totalScore", a.rank, a."rankOf",
           coalesce(json_agg(json_build_object(
             'code', c.code, 'title', c.title, 'standard', trim_scale(c."standardPoints")::text,
             'assessed', trim_scale(s."assessedPoints")::text,
             'lost', trim_scale(c."standardPoints" - s."assessedPoints")::text
           ) order by c."sortKey") filter (where c.id is not null), '[]'::json) as fields
    from "Assessment" a
    left join ("CriterionScore" s join "Criterion" c on c.id = s."criterionId" and c.level = 'FIELD')
      on s."assessmentId" = a.id
    where a."provinceId" = any(${ids})
    group by a.id, a."provinceId", a.year, a."totalScore", a.rank, a."rankOf"
    order by a.year, (a."provinceId" = ${scope.provinceId}) desc, a."provinceId"`;
  const changed = await loadRemappedFields(rows.map((r) => r.year));
  return rows.map(({ provinceId, ...r }) => ({
    ...r,
    history: labels.get(provinceId) ?? null,
    remappedFields: changed.get(r.year) ?? [],
  }));
}

/**
 * Per index year, the field codes (no dot: "3") that an explicit mapping row from the national framework of the
 * year before touches with another code on its other side (split, merged, renumbered, dropped, new). No row
 * means the default, same code: comparable.
 */
async function loadRemappedFields(years: number[]): Promise<Map<number, string[]>> {
  if (years.length === 0) return new Map();
  const rows = await db.$queryRaw<{ year: number; code: string }[]>`
    select distinct t.year, x.code
    from "CriterionMapping" m
    join "Framework" f on f.id = m."fromFrameworkId" and f."provinceId" is null
    join "Framework" t on t.id = m."toFrameworkId" and t."provinceId" is null and t.year = f.year + 1
    cross join lateral (values (m."fromCode"), (m."toCode")) as x(code)
    where t.year = any(${years}) and x.code is not null and strpos(x.code, '.') = 0
      and m."fromCode" is distinct from m."toCode"
    order by t.year, x.code`;
  const byYear = new Map<number, string[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.code]);
  return byYear;
}
