// Opening the next cycle of recurring tasks at the cycle boundary (issue #9 §1). `openDueCycles(now)` is
// what the scheduled job calls (daily is enough; any number of times, from any number of app instances):
// for every recurring task whose cycle containing `now` (Việt Nam calendar) does not exist yet, it creates that
// cycle and starts the task afresh in it (NOT_STARTED, 0 %, version bumped so a form opened on the old cycle
// gets a conflict instead of writing into the new one). The previous cycles keep their status, progress,
// updates, evidence and review. A task whose current cycle waits for review (SUBMITTED) keeps it until Sở Nội
// vụ accepts or returns it; the next run then opens the new cycle. Idempotent: the unique (taskId, key) and ON CONFLICT make a second run, or
// a concurrent one, open nothing. Measures that ended before the cycle starts ("năm 2021-2025") get none.
// No "server-only": job runners and scripts (tsx) call it.
import { Prisma } from "@/generated/prisma/client";
import { type Db, db, type Tx } from "@/lib/db";
import { provinceTodayIso } from "@/lib/format";
import { writeAudit } from "@/lib/server/audit";

export type OpenedCycles = {
  today: string;
  opened: number;
  byPlan: { planId: string; provinceId: string; keys: string[]; tasks: number }[];
};

/** `planIds` limits the run to some plans (tests, a plan just imported); the job runs it over every plan. */
export type OpenCyclesOptions = { planIds?: string[]; client?: Db };

export async function openDueCycles(now: Date = new Date(), options: OpenCyclesOptions = {}): Promise<OpenedCycles> {
  const today = provinceTodayIso(now);
  return (options.client ?? db).$transaction((tx) => openDueCyclesIn(tx, today, options.planIds), {
    timeout: 120_000,
    maxWait: 10_000,
  });
}

export async function openDueCyclesIn(tx: Tx, today: string, planIds?: string[]): Promise<OpenedCycles> {
  const onlyPlans = planIds ? Prisma.sql`AND t."planId" = ANY(${planIds}::text[])` : Prisma.empty;
  const opened = await tx.$queryRaw<{ taskId: string; key: string; planId: string; provinceId: string }[]>`
    WITH due AS (
      SELECT t.id AS "taskId", t."planId", p."provinceId", c.*
      FROM "Task" t
      JOIN "Plan" p ON p.id = t."planId"
      LEFT JOIN "Measure" m ON m.id = t."measureId"
      CROSS JOIN LATERAL par_task_cycle(t.recurrence, t."dueOn", ${today}::date) c
      JOIN "Province" pr ON pr.id = p."provinceId"
      WHERE t.recurrence <> 'NONE'
        AND t.status <> 'SUBMITTED' -- work sent for review stays in its cycle until Sở Nội vụ has decided on it
        -- and so does a staff member's "hoàn thành" waiting for the agency head (lib/tasks/head-approval.ts)
        AND NOT EXISTS (SELECT 1 FROM "TaskCycle" h WHERE h."taskId" = t.id AND h."headApprovalRequestedAt" IS NOT NULL)
        AND t.status <> 'NOT_APPLICABLE' -- closed for good (province merger)
        AND pr."mergedIntoId" IS NULL -- a merged province's plans are history: its work goes on in the successor
        AND (m."endsOn" IS NULL OR m."endsOn" >= c."startsOn")
        AND NOT EXISTS (SELECT 1 FROM "TaskCycle" x WHERE x."taskId" = t.id AND (x.key = c.key OR x."startsOn" > c."startsOn"))
        ${onlyPlans}
    ), inserted AS (
      INSERT INTO "TaskCycle" ("id", "taskId", "key", "startsOn", "endsOn", "dueOn", "status", "progress", "updatedAt")
      SELECT gen_random_uuid()::text, "taskId", "key", "startsOn", "endsOn", "dueOn", 'NOT_STARTED', 0, now() FROM due
      ON CONFLICT ("taskId", "key") DO NOTHING
      RETURNING "taskId", "key"
    )
    SELECT i."taskId", i.key, d."planId", d."provinceId" FROM inserted i JOIN due d ON d."taskId" = i."taskId"`;
  if (opened.length === 0) return { today, opened: 0, byPlan: [] };
  // A separate statement, so the trigger that copies Task's status into its newest cycle sees the new cycles.
  await tx.$executeRaw`
    UPDATE "Task" SET status = 'NOT_STARTED', progress = 0, version = version + 1, "updatedAt" = now()
    WHERE id = ANY(${opened.map((o) => o.taskId)}::text[])`;
  const byPlan = summarise(opened);
  for (const plan of byPlan) {
    await writeAudit(tx, { provinceId: plan.provinceId, userId: null }, [
      {
        action: "task.cycle.open",
        entity: "Plan",
        entityId: plan.planId,
        after: { today, keys: plan.keys, tasks: plan.tasks },
      },
    ]);
  }
  return { today, opened: opened.length, byPlan };
}

function summarise(rows: { taskId: string; key: string; planId: string; provinceId: string }[]) {
  const plans = new Map<string, { planId: string; provinceId: string; keys: Set<string>; tasks: number }>();
  for (const row of rows) {
    const plan = plans.get(row.planId) ?? {
      planId: row.planId,
      provinceId: row.provinceId,
      keys: new Set<string>(),
      tasks: 0,
    };
    plan.keys.add(row.key);
    plan.tasks += 1;
    plans.set(row.planId, plan);
  }
  return [...plans.values()].map((p) => ({ ...p, keys: [...p.keys].sort() }));
}
