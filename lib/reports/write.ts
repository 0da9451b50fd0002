import "server-only";
// Loading what a report write acts on (inside the mutation's transaction) and the checks writes share.
import type { Target } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { dateOfIso } from "@/lib/format";
import { rangesOverlap } from "@/lib/periods/keys";
import { REPORT_ERRORS } from "@/lib/reports/strings";
import { type Audit, MutationError } from "@/lib/server/mutation";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type PeriodRecord = {
  id: string;
  planId: string;
  provinceId: string;
  key: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
};

export async function loadPlanTarget(tx: Tx, planId: string) {
  const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true, provinceId: true } });
  return plan ? { record: plan, target: { provinceId: plan.provinceId } satisfies Target } : null;
}

export async function loadPeriod(tx: Tx, periodId: string): Promise<PeriodRecord | null> {
  const p = await tx.reportingPeriod.findUnique({
    where: { id: periodId },
    select: {
      id: true,
      planId: true,
      key: true,
      kind: true,
      startsOn: true,
      endsOn: true,
      dueOn: true,
      plan: { select: { provinceId: true } },
    },
  });
  return p
    ? {
        id: p.id,
        planId: p.planId,
        provinceId: p.plan.provinceId,
        key: p.key,
        kind: p.kind,
        startsOn: iso(p.startsOn),
        endsOn: iso(p.endsOn),
        dueOn: iso(p.dueOn),
      }
    : null;
}

/** The period a write acts on, checked against its province (and `agencyId`, for an agency's own report). */
export async function loadPeriodTarget(tx: Tx, periodId: string, agencyId?: string) {
  const period = await loadPeriod(tx, periodId);
  const target: Target | null = period && { provinceId: period.provinceId, ...(agencyId ? { agencyId } : {}) };
  return period && target ? { record: period, target } : null;
}

export type ReportRecord = {
  id: string;
  agencyId: string;
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
  version: number;
  approvedById: string | null;
  period: PeriodRecord;
};

export async function loadReportForWrite(
  tx: Tx,
  reportId: string,
): Promise<{ record: ReportRecord; target: Target } | null> {
  const r = await tx.agencyReport.findUnique({
    where: { id: reportId },
    select: { id: true, agencyId: true, status: true, version: true, approvedById: true, periodId: true },
  });
  if (!r) return null;
  const period = await loadPeriod(tx, r.periodId);
  if (!period) return null;
  const { periodId: _periodId, ...rest } = r;
  return { record: { ...rest, period }, target: { provinceId: period.provinceId, agencyId: r.agencyId } };
}

/** Two periods of the same kind of one plan may not share a day (a month and its quarter of course do). */
export async function expectNoOverlap(
  tx: Tx,
  planId: string,
  kind: string,
  range: { startsOn: string; endsOn: string },
  exceptId?: string,
): Promise<void> {
  const others = await tx.reportingPeriod.findMany({
    where: { planId, kind: kind as "MONTH", ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { key: true, startsOn: true, endsOn: true },
  });
  const mine = { startsOn: dateOfIso(range.startsOn), endsOn: dateOfIso(range.endsOn) };
  const clash = others.find((o) => rangesOverlap(mine, o));
  if (clash)
    throw new MutationError("INVALID", REPORT_ERRORS.overlap(clash.key), undefined, {
      startsOn: [REPORT_ERRORS.overlap(clash.key)],
    });
}

/** The agencies must be active agencies of the province. */
export async function expectProvinceAgencies(tx: Tx, provinceId: string, agencyIds: string[]): Promise<string[]> {
  const unique = [...new Set(agencyIds)];
  const found = await tx.agency.count({ where: { id: { in: unique }, provinceId, active: true } });
  if (found !== unique.length)
    throw new MutationError("INVALID", REPORT_ERRORS.agencyNotInProvince, undefined, {
      agencyIds: [REPORT_ERRORS.agencyNotInProvince],
    });
  return unique;
}

/** Optimistic concurrency: the write applies only to the version the form loaded. */
export async function bumpReport(
  tx: Tx,
  record: { id: string; version: number },
  data: Record<string, unknown>,
): Promise<number> {
  const { count } = await tx.agencyReport.updateMany({
    where: { id: record.id, version: record.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new MutationError("CONFLICT", REPORT_ERRORS.conflict);
  return record.version + 1;
}

/**
 * The report as the form showed it, in a state the write accepts: a newer version → CONFLICT, another state →
 * INVALID with `message`.
 */
export function expectReportAt(
  record: { version: number; status: ReportRecord["status"] },
  version: number,
  states: ReportRecord["status"][],
  message: string,
): void {
  if (record.version !== version) throw new MutationError("CONFLICT", REPORT_ERRORS.conflict);
  if (!states.includes(record.status)) throw new MutationError("INVALID", message);
}

/** The states in which the agency may still change its report. */
export const OPEN_REPORT: ReportRecord["status"][] = ["DRAFT", "RETURNED"];

/** What a write to one agency's report answers: the report, what the write adds to it, and its audit row. */
export function reportOutcome<D>(
  action: string,
  report: { id: string; agencyId: string },
  data: D,
  change: Pick<Audit, "before" | "after">,
): { data: D & { reportId: string }; audit: Audit } {
  return {
    data: { reportId: report.id, ...data },
    audit: { action, entity: "AgencyReport", entityId: report.id, agencyId: report.agencyId, ...change },
  };
}
