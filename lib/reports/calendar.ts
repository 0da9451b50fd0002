// A plan's reporting calendar: creating a year's default periods (dates per Nghị định 09/2019/NĐ-CP Art. 12,
// deadline DEFAULT_DEADLINE_DAYS after closing) and the default list of agencies that must report (every agency
// leading at least one task of the plan). Idempotent: existing periods, and Sở Nội vụ's edits to them, are kept.
// No "server-only": the seed (tsx) calls it in its own transaction.
import type { Tx } from "@/lib/db";
import { closingRange, defaultCalendar, defaultDeadline, type PeriodKey } from "@/lib/periods/keys";

export type CalendarResult = { created: string[]; kept: string[] };

export async function defaultReportingAgencies(tx: Tx, planId: string): Promise<string[]> {
  const rows = await tx.task.findMany({
    where: { planId, agencyId: { not: null }, agency: { active: true } },
    distinct: ["agencyId"],
    select: { agencyId: true },
  });
  return rows.flatMap((r) => (r.agencyId ? [r.agencyId] : []));
}

export async function createPeriods(tx: Tx, planId: string, keys: PeriodKey[]): Promise<CalendarResult> {
  const existing = new Set(
    (
      await tx.reportingPeriod.findMany({
        where: { planId, key: { in: keys.map((k) => k.key) } },
        select: { key: true },
      })
    ).map((p) => p.key),
  );
  const missing = keys.filter((k) => !existing.has(k.key));
  if (missing.length === 0) return { created: [], kept: [...existing] };
  const agencies = await defaultReportingAgencies(tx, planId);
  const created = await tx.reportingPeriod.createManyAndReturn({
    data: missing.map((k) => {
      const range = closingRange(k);
      return {
        planId,
        key: k.key,
        kind: k.kind,
        startsOn: range.startsOn,
        endsOn: range.endsOn,
        dueOn: defaultDeadline(range),
      };
    }),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  if (agencies.length > 0) {
    await tx.reportingPeriodAgency.createMany({
      data: created.flatMap((p) => agencies.map((agencyId) => ({ periodId: p.id, agencyId }))),
      skipDuplicates: true,
    });
  }
  return { created: created.map((p) => p.key), kept: [...existing] };
}

/** A year's 18 default periods (12 months, 4 quarters, 6 months, the year). */
export function createDefaultCalendar(tx: Tx, planId: string, year: number): Promise<CalendarResult> {
  return createPeriods(tx, planId, defaultCalendar(year));
}
