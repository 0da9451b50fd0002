import "server-only";
// Reads of the reporting pages (conventions §4): the caller's province is in every WHERE, then `can()` is
// checked on the agency the data belongs to; a refusal returns no data. `now` is a parameter so tests drive
// "late" with a fake clock.
import { type HistoricName, loadAgencyNamer } from "@/lib/agencies/at-the-time";
import { type Action, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { dateOfIso, provinceTodayIso } from "@/lib/format";
import { comparePeriods, type PeriodKey, parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import type { ReportState, ReportStatusValue } from "@/lib/reports/consolidated-types";
import { isLate, reportState } from "@/lib/reports/state";
import { loadReportTaskRows, type ReportTaskRow } from "@/lib/reports/task-rows";
import type { ReportSnapshot, ReportTexts, ReportVersionView } from "@/lib/reports/types";
import { FORBIDDEN, type Loaded, NOT_FOUND, storable } from "@/lib/server/loaded";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type PlanRef = { id: string; number: string; title: string };
export type PeriodView = {
  id: string;
  key: string;
  kind: PeriodKey["kind"];
  label: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

/** The province's latest plan (the one the calendar belongs to). */
export async function loadCurrentPlan(user: SessionUser): Promise<PlanRef | null> {
  return db.plan.findFirst({
    where: { provinceId: user.provinceId },
    orderBy: [{ assessment: { year: "desc" } }, { issuedOn: "desc" }, { number: "asc" }],
    select: { id: true, number: true, title: true },
  });
}

function periodView(p: { id: string; key: string; startsOn: Date; endsOn: Date; dueOn: Date }): PeriodView | null {
  const key = parsePeriodKey(p.key);
  return key
    ? {
        id: p.id,
        key: key.key,
        kind: key.kind,
        label: periodLabel(key),
        startsOn: iso(p.startsOn),
        endsOn: iso(p.endsOn),
        dueOn: iso(p.dueOn),
      }
    : null;
}

export type CalendarRow = PeriodView & {
  expected: number;
  submitted: number;
  late: number;
  mine: { state: ReportState; late: boolean } | null;
};
export type ReportsHome = { plan: PlanRef; periods: CalendarRow[]; today: string };

/** The plan's calendar, newest first, with each period's counts (province readers) or one's own report state. */
export async function loadReportsHome(user: SessionUser, now: Date = new Date()): Promise<Loaded<ReportsHome>> {
  if (!can(user, "report.read", { provinceId: user.provinceId, agencyId: user.agencyId })) return FORBIDDEN;
  const plan = await loadCurrentPlan(user);
  if (!plan) return NOT_FOUND;
  const today = provinceTodayIso(now);
  const overview = can(user, "report.overview", { provinceId: user.provinceId });
  const periods = await db.reportingPeriod.findMany({
    where: { planId: plan.id, plan: { provinceId: user.provinceId } },
    select: {
      id: true,
      key: true,
      startsOn: true,
      endsOn: true,
      dueOn: true,
      agencies: { select: { agencyId: true } },
      reports: { select: { agencyId: true, status: true } },
    },
  });
  const rows = periods.flatMap((p) => {
    const view = periodView(p);
    if (!view) return [];
    const status = new Map(p.reports.map((r) => [r.agencyId, r.status]));
    const states = p.agencies.map((a) => reportState(status.get(a.agencyId)));
    const askedMe = user.agencyId !== null && p.agencies.some((a) => a.agencyId === user.agencyId);
    const mineState = askedMe ? reportState(status.get(user.agencyId ?? "")) : null;
    if (!overview && !askedMe) return [];
    return [
      {
        ...view,
        expected: overview ? states.length : 0,
        submitted: overview ? states.filter((s) => s === "submitted" || s === "accepted").length : 0,
        late: overview ? states.filter((s) => isLate(s, view.dueOn, today)).length : 0,
        mine: mineState ? { state: mineState, late: isLate(mineState, view.dueOn, today) } : null,
      },
    ];
  });
  rows.sort((a, b) => -comparePeriods(parsePeriodKey(a.key)!, parsePeriodKey(b.key)!));
  return { status: "ok", data: { plan, periods: rows, today } };
}

export type MatrixRow = {
  agencyId: string;
  name: string;
  state: ReportState;
  late: boolean;
  submittedAt: string | null;
  /** sent after the deadline (still counted as in) */
  submittedLate: boolean;
  lastRemindedOn: string | null;
  /** an agency ended since: who carries its work on now (its name above is the one it had in the period) */
  successor: HistoricName["successor"];
};
export type PeriodMatrix = {
  plan: PlanRef;
  period: PeriodView;
  rows: MatrixRow[];
  today: string;
  counts: Record<ReportState | "late", number>;
};

async function findPeriod(user: SessionUser, key: string) {
  const parsed = parsePeriodKey(key);
  const plan = await loadCurrentPlan(user);
  if (!parsed || !plan) return null;
  const period = await db.reportingPeriod.findFirst({
    where: { planId: plan.id, key: parsed.key, plan: { provinceId: user.provinceId } },
    select: { id: true, key: true, startsOn: true, endsOn: true, dueOn: true, planId: true },
  });
  const view = period ? periodView(period) : null;
  return period && view ? { plan, period: view } : null;
}

/** Every agency asked to report × submitted / late / draft / not started (Sở Nội vụ, leadership). */
export async function loadPeriodMatrix(
  user: SessionUser,
  key: string,
  now: Date = new Date(),
): Promise<Loaded<PeriodMatrix>> {
  if (!can(user, "report.overview", { provinceId: user.provinceId })) return FORBIDDEN;
  const found = await findPeriod(user, key);
  if (!found) return NOT_FOUND;
  const today = provinceTodayIso(now);
  const asked = await db.reportingPeriodAgency.findMany({
    where: { periodId: found.period.id },
    select: {
      agency: {
        select: {
          id: true,
          name: true,
          reports: {
            where: { periodId: found.period.id },
            select: { status: true, versions: { orderBy: { number: "asc" }, take: 1, select: { submittedAt: true } } },
          },
          reminders: { where: { periodId: found.period.id }, orderBy: { day: "desc" }, take: 1, select: { day: true } },
        },
      },
    },
  });
  const counts = { accepted: 0, submitted: 0, returned: 0, draft: 0, not_started: 0, late: 0 };
  const namer = await loadAgencyNamer(db, user.provinceId);
  const periodEnd = dateOfIso(found.period.endsOn);
  const rows = asked.map(({ agency }) => {
    const then = namer.at(agency.id, periodEnd);
    const report = agency.reports[0];
    const state = reportState(report?.status);
    const late = isLate(state, found.period.dueOn, today);
    const first = report?.versions[0]?.submittedAt ?? null;
    counts[state] += 1;
    if (late) counts.late += 1;
    return {
      agencyId: agency.id,
      name: then?.name ?? agency.name,
      successor: then?.successor ?? null,
      state,
      late,
      submittedAt: first ? first.toISOString() : null,
      submittedLate: first !== null && provinceTodayIso(first) > found.period.dueOn,
      lastRemindedOn: agency.reminders[0] ? iso(agency.reminders[0].day) : null,
    };
  });
  rows.sort((a, b) => Number(b.late) - Number(a.late) || a.name.localeCompare(b.name, "vi"));
  return { status: "ok", data: { ...found, rows, today, counts } };
}

export type AgencyReportView = {
  plan: PlanRef;
  period: PeriodView;
  agency: { id: string; name: string };
  asked: boolean;
  report: {
    id: string;
    status: ReportStatusValue;
    version: number;
    texts: ReportTexts;
    approvedBy: string | null;
    approvedAt: string | null;
  } | null;
  state: ReportState;
  late: boolean;
  /** the agency's task rows as they are now (the pre-filled part of a draft) */
  liveTasks: ReportTaskRow[];
  versions: ReportVersionView[];
  can: { write: boolean; approve: boolean; submit: boolean; review: boolean };
  today: string;
};

/** One agency's report for a period: the agency itself, or province readers (Sở Nội vụ, leadership). */
export async function loadAgencyReport(
  user: SessionUser,
  key: string,
  agencyId: string,
  now: Date = new Date(),
): Promise<Loaded<AgencyReportView>> {
  if (!storable(key) || !storable(agencyId)) return NOT_FOUND;
  const agency = await db.agency.findFirst({
    where: { id: agencyId, provinceId: user.provinceId },
    select: { id: true, name: true },
  });
  if (!agency) return NOT_FOUND;
  const target = { provinceId: user.provinceId, agencyId: agency.id };
  if (!can(user, "report.read", target)) return FORBIDDEN;
  const found = await findPeriod(user, key);
  if (!found) return NOT_FOUND;
  const today = provinceTodayIso(now);
  const [asked, report] = await Promise.all([
    db.reportingPeriodAgency.findUnique({
      where: { periodId_agencyId: { periodId: found.period.id, agencyId: agency.id } },
    }),
    db.agencyReport.findUnique({
      where: { periodId_agencyId: { periodId: found.period.id, agencyId: agency.id } },
      select: {
        id: true,
        status: true,
        version: true,
        results: true,
        shortcomings: true,
        difficulties: true,
        proposals: true,
        approvedById: true,
        approvedAt: true,
        versions: {
          orderBy: { number: "desc" },
          select: {
            id: true,
            number: true,
            submittedAt: true,
            decision: true,
            reason: true,
            reviewedAt: true,
            snapshot: true,
          },
        },
      },
    }),
  ]);
  const approver = report?.approvedById
    ? await db.user.findFirst({
        where: { id: report.approvedById, provinceId: user.provinceId },
        select: { name: true },
      })
    : null;
  const state = reportState(report?.status);
  const editable = !report || report.status === "DRAFT" || report.status === "RETURNED";
  const asOf = today < found.period.endsOn ? today : found.period.endsOn;
  const liveTasks = editable
    ? await loadReportTaskRows({
        provinceId: user.provinceId,
        planId: found.plan.id,
        agencyId: agency.id,
        startsOn: found.period.startsOn,
        endsOn: found.period.endsOn,
        asOf,
      })
    : [];
  const allowed = (action: Action) => can(user, action, target);
  return {
    status: "ok",
    data: {
      ...found,
      agency,
      asked: asked !== null,
      report: report
        ? {
            id: report.id,
            status: report.status,
            version: report.version,
            texts: {
              results: report.results,
              shortcomings: report.shortcomings,
              difficulties: report.difficulties,
              proposals: report.proposals,
            },
            approvedBy: approver?.name ?? null,
            approvedAt: report.approvedAt?.toISOString() ?? null,
          }
        : null,
      state,
      late: asked !== null && isLate(state, found.period.dueOn, today),
      liveTasks,
      versions: (report?.versions ?? []).map((v) => ({
        id: v.id,
        number: v.number,
        submittedAt: v.submittedAt.toISOString(),
        decision: v.decision,
        reason: v.reason,
        reviewedAt: v.reviewedAt?.toISOString() ?? null,
        snapshot: v.snapshot as unknown as ReportSnapshot,
      })),
      can: {
        write: asked !== null && editable && allowed("report.write"),
        // before the first save too: the form saves, then approves or submits, in one click
        approve: asked !== null && editable && !report?.approvedById && allowed("report.approve"),
        submit:
          asked !== null &&
          editable &&
          allowed("report.submit") &&
          (user.role !== "AGENCY_STAFF" || Boolean(report?.approvedById)),
        review: report?.status === "SUBMITTED" && allowed("report.review"),
      },
      today,
    },
  };
}

export type DifficultyRow = {
  periodKey: string;
  periodLabel: string;
  agencyId: string;
  agencyName: string;
  /** the agency named as when the report was sent; who carries its work on now */
  agencySuccessor: HistoricName["successor"];
  number: number;
  submittedAt: string;
  status: ReportStatusValue;
  difficulties: string;
  proposals: string;
};

/** "Khó khăn, vướng mắc" raised in the reports sent (latest version of each), newest period first. */
export async function loadDifficulties(
  user: SessionUser,
  periodKey?: string,
): Promise<
  Loaded<{ plan: PlanRef; rows: DifficultyRow[]; periods: { key: string; label: string }[]; selected: string | null }>
> {
  if (!can(user, "report.overview", { provinceId: user.provinceId })) return FORBIDDEN;
  const plan = await loadCurrentPlan(user);
  if (!plan) return NOT_FOUND;
  const selected = periodKey ? (parsePeriodKey(periodKey)?.key ?? null) : null;
  const reports = await db.agencyReport.findMany({
    where: {
      status: { not: "DRAFT" },
      period: { planId: plan.id, plan: { provinceId: user.provinceId }, ...(selected ? { key: selected } : {}) },
      versions: { some: {} },
    },
    select: {
      status: true,
      agency: { select: { id: true, name: true } },
      period: { select: { key: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, submittedAt: true, snapshot: true } },
    },
  });
  const namer = await loadAgencyNamer(db, user.provinceId);
  const rows = reports.flatMap((r) => {
    const v = r.versions[0];
    const key = parsePeriodKey(r.period.key);
    const texts = (v?.snapshot as unknown as ReportSnapshot | undefined)?.texts;
    if (!v || !key || !texts || (!texts.difficulties && !texts.proposals)) return [];
    const then = namer.at(r.agency.id, v.submittedAt);
    return [
      {
        periodKey: key.key,
        periodLabel: periodLabel(key),
        agencyId: r.agency.id,
        agencyName: then?.name ?? r.agency.name,
        agencySuccessor: then?.successor ?? null,
        number: v.number,
        submittedAt: v.submittedAt.toISOString(),
        status: r.status,
        difficulties: texts.difficulties,
        proposals: texts.proposals,
      },
    ];
  });
  rows.sort(
    (a, b) =>
      -comparePeriods(parsePeriodKey(a.periodKey)!, parsePeriodKey(b.periodKey)!) ||
      a.agencyName.localeCompare(b.agencyName, "vi"),
  );
  const periods = await db.reportingPeriod.findMany({ where: { planId: plan.id }, select: { key: true } });
  const options = periods
    .flatMap((p) => {
      const k = parsePeriodKey(p.key);
      return k ? [k] : [];
    })
    .sort((a, b) => -comparePeriods(a, b))
    .map((k) => ({ key: k.key, label: periodLabel(k) }));
  return { status: "ok", data: { plan, rows, periods: options, selected } };
}

export type PeriodEdit = {
  plan: PlanRef;
  period: PeriodView;
  agencies: { id: string; name: string; kind: string; asked: boolean; leadsTasks: boolean }[];
};

/** Sở Nội vụ's edit of a period: its dates and the province's active agencies, ticked when asked to report. */
export async function loadPeriodEdit(user: SessionUser, key: string): Promise<Loaded<PeriodEdit>> {
  if (!can(user, "report.calendar", { provinceId: user.provinceId })) return FORBIDDEN;
  const found = await findPeriod(user, key);
  if (!found) return NOT_FOUND;
  const [agencies, asked, leads] = await Promise.all([
    db.agency.findMany({
      where: { provinceId: user.provinceId, active: true },
      select: { id: true, name: true, kind: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
    db.reportingPeriodAgency.findMany({ where: { periodId: found.period.id }, select: { agencyId: true } }),
    db.task.findMany({
      where: { planId: found.plan.id, agencyId: { not: null } },
      distinct: ["agencyId"],
      select: { agencyId: true },
    }),
  ]);
  const askedIds = new Set(asked.map((a) => a.agencyId));
  const leadIds = new Set(leads.map((l) => l.agencyId));
  return {
    status: "ok",
    data: {
      ...found,
      agencies: agencies.map((a) => ({ ...a, asked: askedIds.has(a.id), leadsTasks: leadIds.has(a.id) })),
    },
  };
}
