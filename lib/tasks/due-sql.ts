// The SQL twin of currentCycleDue (lib/tasks/status.ts) for aggregate queries over a task aliased `t`: the due
// date of the cycle that contains `today`. A yearly task due 31/12/2021 is due 31/12/2026 during 2026; a one-off
// task is due on dueOn. Postgres `date + interval` clamps month ends as addMonthsClamped does (31/03 + 3 months =
// 30/06). tests/integration/due-sql.test.ts checks both agree.
import { Prisma } from "@/generated/prisma/client";

export function cycleDueSql(today: string): Prisma.Sql {
  const months = Prisma.sql`(CASE t.recurrence WHEN 'YEARLY' THEN 12 WHEN 'QUARTERLY' THEN 3 ELSE 1 END)`;
  const todayIndex = Prisma.sql`(extract(year FROM ${today}::date)::int * 12 + extract(month FROM ${today}::date)::int - 1)`;
  const dueIndex = Prisma.sql`(extract(year FROM t."dueOn")::int * 12 + extract(month FROM t."dueOn")::int - 1)`;
  return Prisma.sql`(CASE WHEN t.recurrence = 'NONE' OR t."dueOn" IS NULL THEN t."dueOn"
    ELSE (t."dueOn" + make_interval(months => ${months} * GREATEST(0, ${todayIndex} / ${months} - ${dueIndex} / ${months})))::date END)`;
}
