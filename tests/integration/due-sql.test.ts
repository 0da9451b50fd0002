// The overview and the dashboard judge "overdue" in SQL; the boards in TypeScript. Both must agree.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cycleDueSql } from "@/lib/tasks/due-sql";
import { currentCycleDue } from "@/lib/tasks/status";

const RECURRENCES = ["NONE", "YEARLY", "QUARTERLY", "MONTHLY"] as const;
const DUES = ["2021-12-31", "2021-03-31", "2021-01-31", "2026-11-30", "2027-02-28", null];
const TODAYS = ["2021-08-23", "2021-12-31", "2022-01-01", "2026-11-28", "2026-12-31", "2030-06-30"];

async function sqlCycleDue(dueOn: string | null, recurrence: string, today: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ due: string | null }[]>`
    SELECT (${cycleDueSql(today)})::text AS due
    FROM (SELECT ${dueOn}::date AS "dueOn", ${recurrence}::"Recurrence" AS recurrence) t`;
  return rows[0]?.due ?? null;
}

describe("cycleDueSql agrees with currentCycleDue", () => {
  const cases = RECURRENCES.flatMap((r) => DUES.flatMap((d) => TODAYS.map((today) => [r, d, today] as const)));
  it(`on ${cases.length} combinations of recurrence, due date and today`, async () => {
    for (const [recurrence, dueOn, today] of cases) {
      const expected = currentCycleDue(
        dueOn ? new Date(`${dueOn}T00:00:00Z`) : null,
        recurrence,
        new Date(`${today}T00:00:00Z`),
      );
      const actual = await sqlCycleDue(dueOn, recurrence, today);
      expect({ recurrence, dueOn, today, due: actual }).toEqual({
        recurrence,
        dueOn,
        today,
        due: expected?.toISOString().slice(0, 10) ?? null,
      });
    }
  });

  it("a yearly task due 31/12/2021 is due 31/12/2026 on 28/11/2026, so not yet overdue", async () => {
    expect(await sqlCycleDue("2021-12-31", "YEARLY", "2026-11-28")).toBe("2026-12-31");
  });
});
