// Reporting-period notifications on a fake clock: a period opening, due in 3 days, late (not for an agency
// whose report is in), a review's outcome with its reason, and Sở Nội vụ's one-click reminder (turned into
// notifications once). Runs twice to show nothing repeats.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/jobs/reminders";
import { createDefaultCalendar } from "@/lib/reports/calendar";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

const NOW = new Date("2026-09-15T02:00:00Z"); // 15/09/2026 09:00 in Việt Nam
let w: TaskWorld;
let periods: Record<string, string>;

beforeAll(async () => {
  w = await buildTaskWorld();
  await makeTask(w, { agencyId: w.agencies.finance.id, dueOn: day("2099-12-31") });
  await makeTask(w, { agencyId: w.agencies.health.id, dueOn: day("2099-12-31") });
  await db.$transaction((tx) => createDefaultCalendar(tx, w.plan.id, 2026));
  periods = Object.fromEntries(
    (await db.reportingPeriod.findMany({ where: { planId: w.plan.id } })).map((p) => [p.key, p.id]),
  );
  await db.agencyReport.create({
    data: { periodId: periods["2026-Q3"]!, agencyId: w.agencies.health.id, status: "SUBMITTED" },
  });
  const finance = await db.agencyReport.create({
    data: { periodId: periods["2026-07"]!, agencyId: w.agencies.finance.id, status: "RETURNED" },
  });
  await db.agencyReportVersion.create({
    data: {
      reportId: finance.id,
      number: 1,
      snapshot: {},
      submittedById: w.users.financeHead.id,
      decision: "RETURNED",
      reason: "Thiếu số liệu giải ngân",
      reviewedAt: new Date("2026-09-14T03:00:00Z"),
      reviewedById: w.users.homeAffairs.id,
    },
  });
  await db.reportReminder.create({
    data: {
      periodId: periods["2026-08"]!,
      agencyId: w.agencies.finance.id,
      day: day("2026-09-15"),
      createdById: w.users.homeAffairs.id,
    },
  });
});

const mine = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { dedupeKey: "asc" } });

describe("reporting-period notifications", () => {
  it("open, due in 3 days, late, returned with its reason, and Sở Nội vụ's reminder, each once", async () => {
    const first = await runReminders({ db, mail: null, now: NOW });
    expect(first.created).toBeGreaterThan(0);
    const finance = await mine(w.users.financeHead.id);
    const keys = finance.map((n) => n.dedupeKey);
    const uid = w.users.financeHead.id;
    expect(keys).toContain(`period.open:${periods["2026-10"]}:${uid}`); // 15/09 – 14/10 starts today
    expect(keys).toContain(`period.due3:${periods["2026-Q3"]}:${uid}`); // due 17/09
    expect(keys).toContain(`period.due3:${periods["2026-09"]}:${uid}`);
    expect(keys).toContain(`report.late:${periods["2026-08"]}:${uid}`); // due 17/08
    expect(keys).not.toContain(`report.late:${periods["2026-Q3"]}:${uid}`);
    const due3 = finance.find((n) => n.dedupeKey === `period.due3:${periods["2026-Q3"]}:${uid}`)!;
    expect(due3.title).toBe("Sắp đến hạn báo cáo Quý III năm 2026");
    expect(due3.body).toBe("Hạn gửi báo cáo quý III năm 2026 là ngày 17/09/2026. Đơn vị chưa gửi báo cáo.");
    expect(due3.href).toBe(`/bao-cao/2026-Q3/${w.agencies.finance.id}`);
    const returned = finance.find((n) => n.kind === "report.returned")!;
    expect(returned.body).toContain("Lý do: Thiếu số liệu giải ngân");
    const reminded = finance.find((n) => n.dedupeKey.startsWith("report.remind:"))!;
    expect(reminded.title).toBe("Sở Nội vụ nhắc gửi báo cáo Tháng 8 năm 2026");
    expect(
      (await db.reportReminder.findFirstOrThrow({ where: { agencyId: w.agencies.finance.id } })).notifiedAt,
    ).not.toBeNull();
    expect(finance.every((n) => n.emailSkipped)).toBe(true); // mail is off: never mailed later either

    // Health's Q3 report is in: no "due in 3 days" for it.
    const health = (await mine(w.users.healthHead.id)).map((n) => n.dedupeKey);
    expect(health).not.toContain(`period.due3:${periods["2026-Q3"]}:${w.users.healthHead.id}`);
    expect(health).toContain(`period.due3:${periods["2026-09"]}:${w.users.healthHead.id}`);
    // Sở Nội vụ and leadership are not asked to report.
    expect(await mine(w.users.leader.id)).toEqual([]);

    const again = await runReminders({ db, mail: null, now: NOW });
    expect(again.created).toBe(0);
    expect((await mine(w.users.financeHead.id)).length).toBe(finance.length);
  });
});
