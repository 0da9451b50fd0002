import "server-only";
// The cycles a province's recurring tasks have had (the cycle picker's options), newest first. One loader for
// every page with the picker; the province is in the where clause, so another province's cycles are never
// offered. `agencyId` narrows to the tasks an agency leads or supports (its board), `planId` to one plan.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { calendarRange, type PeriodKey, parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import { aggregateCache } from "@/lib/server/aggregate-cache";
import type { CycleOption } from "./param";

export type CycleScope = { provinceId: string; agencyId?: string; planId?: string };

export async function loadCycleOptions(scope: CycleScope): Promise<CycleOption[]> {
  const byAgency = scope.agencyId
    ? Prisma.sql`AND (t."agencyId" = ${scope.agencyId}
        OR t.id IN (SELECT "taskId" FROM "TaskSupporter" WHERE "agencyId" = ${scope.agencyId}))`
    : Prisma.empty;
  const byPlan = scope.planId ? Prisma.sql`AND t."planId" = ${scope.planId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT DISTINCT c.key FROM "TaskCycle" c JOIN "Task" t ON t.id = c."taskId" JOIN "Plan" p ON p.id = t."planId"
    WHERE p."provinceId" = ${scope.provinceId} AND c.key <> 'once' ${byAgency} ${byPlan}`;
  return rows
    .flatMap((r) => {
      const k = parsePeriodKey(r.key);
      return k ? [k] : [];
    })
    .sort(newestFirst)
    .map((k) => ({ key: k.key, label: periodLabel(k) }));
}

/**
 * The same options answered from the province's aggregate cache (lib/server/aggregate-cache.ts): the DISTINCT over
 * the province's task cycles (a scan of its tasks at national size) runs again only after a write to tasks, their
 * cycles or supporters moved the province's data version. For the boards and the review queue, read on every load.
 */
export async function loadCachedCycleOptions(scope: CycleScope): Promise<CycleOption[]> {
  const cache = await aggregateCache(scope.provinceId, scope.agencyId ? "pages" : "aggregates");
  return cache.get(["cycle-options", scope.agencyId ?? null, scope.planId ?? null], () => loadCycleOptions(scope));
}

/** By the cycle's last day, newest first; on the same day the longer cycle first (the year before its Q4). */
function newestFirst(a: PeriodKey, b: PeriodKey): number {
  const ra = calendarRange(a);
  const rb = calendarRange(b);
  const byEnd = rb.endsOn.getTime() - ra.endsOn.getTime();
  return byEnd !== 0 ? byEnd : ra.startsOn.getTime() - rb.startsOn.getTime();
}
