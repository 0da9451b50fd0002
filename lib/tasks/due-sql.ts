// The SQL twin of currentCycleDue (lib/tasks/status.ts) for aggregate queries over a task aliased `t`: the due
// date of the cycle that contains `today`. A yearly task due 31/12/2021 is due 31/12/2026 during 2026; a one-off
// task is due on dueOn. Postgres `date + interval` clamps month ends as addMonthsClamped does (31/03 + 3 months =
// 30/06). tests/integration/due-sql.test.ts checks both agree.
import { Prisma } from "@/generated/prisma/client";
import { CLOSED_STATUSES } from "./status";

/**
 * The SQL twin of !isClosedStatus (lib/tasks/status.ts): the task (or cycle) status `status` is open, neither
 * accepted nor "không còn áp dụng". Every open/overdue count in SQL uses it instead of its own status list.
 */
export function openStatusSql(status: Prisma.Sql = Prisma.sql`t.status`): Prisma.Sql {
  const closed = Prisma.raw(CLOSED_STATUSES.map((s) => `'${s}'`).join(", "));
  return Prisma.sql`(${status} NOT IN (${closed}))`;
}

export function cycleDueSql(today: string): Prisma.Sql {
  const months = Prisma.sql`(CASE t.recurrence WHEN 'YEARLY' THEN 12 WHEN 'QUARTERLY' THEN 3 ELSE 1 END)`;
  const todayIndex = Prisma.sql`(extract(year FROM ${today}::date)::int * 12 + extract(month FROM ${today}::date)::int - 1)`;
  const dueIndex = Prisma.sql`(extract(year FROM t."dueOn")::int * 12 + extract(month FROM t."dueOn")::int - 1)`;
  return Prisma.sql`(CASE WHEN t.recurrence = 'NONE' OR t."dueOn" IS NULL THEN t."dueOn"
    ELSE (t."dueOn" + make_interval(months => ${months} * GREATEST(0, ${todayIndex} / ${months} - ${dueIndex} / ${months})))::date END)`;
}

/**
 * The state aggregate queries read for a task aliased `t`: in the current cycle (cycle null) the task's own
 * status and progress and cycleDueSql's due date, as the boards have always shown; in a chosen cycle ("2025",
 * the cycle picker) that cycle's status, progress and due date, joined so tasks without that cycle drop out.
 * Overdue is the same rule either way: `due` before today and the status open (openStatusSql).
 */
export type TaskStateSql = { join: Prisma.Sql; status: Prisma.Sql; progress: Prisma.Sql; due: Prisma.Sql };

export function taskStateSql(cycle: string | null, today: string): TaskStateSql {
  if (!cycle) {
    return {
      join: Prisma.empty,
      status: Prisma.sql`t.status`,
      progress: Prisma.sql`t.progress`,
      due: cycleDueSql(today),
    };
  }
  return {
    join: Prisma.sql`JOIN "TaskCycle" tc ON tc."taskId" = t.id AND tc.key = ${cycle}`,
    status: Prisma.sql`tc.status`,
    progress: Prisma.sql`tc.progress`,
    due: Prisma.sql`tc."dueOn"`,
  };
}
