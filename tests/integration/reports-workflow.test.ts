// Agency reports end to end against Postgres: the calendar's refusals, draft → approval → submission →
// return → re-submission → acceptance, who may do what (own agency only, leadership reads, another province
// sees nothing), frozen snapshots, late/missing at the deadline with a fake clock, and the reminders.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import { loadAgencyReport, loadPeriodMatrix } from "@/lib/reports/data";
import {
  addPeriod,
  approveReport,
  remindLateAgencies,
  reviewReport,
  saveReport,
  submitReport,
  updatePeriod,
} from "@/lib/reports/mutations";
import { REPORT_ERRORS } from "@/lib/reports/strings";
import { MESSAGES } from "@/lib/server/mutation";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

let w: TaskWorld;
let other: TaskWorld;
let periodId: string;
let financeTaskId: string;
const KEY = "2026-Q3"; // closes 15/06–14/09/2026, due 17/09/2026 by default

/** Everything a refused report write could have touched. */
async function reportingState(planId: string) {
  const [periods, asked, reports, versions, reminders] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId }, orderBy: { key: "asc" } }),
    db.reportingPeriodAgency.findMany({
      where: { period: { planId } },
      orderBy: [{ periodId: "asc" }, { agencyId: "asc" }],
    }),
    db.agencyReport.findMany({ where: { period: { planId } }, orderBy: { id: "asc" } }),
    db.agencyReportVersion.findMany({ where: { report: { period: { planId } } }, orderBy: { id: "asc" } }),
    db.reportReminder.findMany({ where: { period: { planId } }, orderBy: { id: "asc" } }),
  ]);
  return { periods, asked, reports, versions, reminders };
}

async function expectRefused(attempt: () => Promise<unknown>, match: Record<string, unknown>) {
  const before = await reportingState(w.plan.id);
  expect(await attempt()).toMatchObject({ ok: false, ...match });
  expect(await reportingState(w.plan.id)).toEqual(before);
}

beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  const t = await makeTask(w, {
    agencyId: w.agencies.finance.id,
    recurrence: "YEARLY",
    dueOn: day("2021-12-31"),
    status: "IN_PROGRESS",
    progress: 40,
  });
  financeTaskId = t.id;
  await makeTask(w, { agencyId: w.agencies.district.id });
  const added = await addPeriod(w.users.homeAffairs, { planId: w.plan.id, key: KEY });
  if (!added.ok) throw new Error(added.message);
  periodId = added.data.periodId;
});

describe("reporting calendar", () => {
  it("uses the decree's closing dates, a deadline after them, and asks every agency leading a task", async () => {
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId }, include: { agencies: true } });
    expect([period.startsOn, period.endsOn, period.dueOn].map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-06-15",
      "2026-09-14",
      "2026-09-17",
    ]);
    expect(period.agencies.map((a) => a.agencyId).sort()).toEqual(
      [w.agencies.finance.id, w.agencies.district.id].sort(),
    );
  });

  it("refuses an overlapping period, a deadline before the start, a bad key, in Vietnamese, and changes nothing", async () => {
    const ha = w.users.homeAffairs;
    await expectRefused(() => addPeriod(ha, { planId: w.plan.id, key: "2026-Q4", startsOn: "01/09/2026" }), {
      code: "INVALID",
      message: REPORT_ERRORS.overlap(KEY),
    });
    await expectRefused(() => addPeriod(ha, { planId: w.plan.id, key: "2026-Q4", dueOn: "01/09/2026" }), {
      code: "INVALID",
      fieldErrors: { dueOn: [REPORT_ERRORS.deadlineBeforeStart] },
    });
    await expectRefused(() => addPeriod(ha, { planId: w.plan.id, key: "2026-Q5" }), { code: "INVALID" });
    await expectRefused(() => addPeriod(ha, { planId: w.plan.id, key: KEY }), {
      code: "INVALID",
      message: REPORT_ERRORS.periodExists(KEY),
    });
    await expectRefused(
      () =>
        updatePeriod(ha, {
          periodId,
          startsOn: "15/06/2026",
          endsOn: "14/09/2026",
          dueOn: "01/06/2026",
          agencyIds: [w.agencies.finance.id],
        }),
      { code: "INVALID", fieldErrors: { dueOn: [REPORT_ERRORS.deadlineBeforeStart] } },
    );
    await expectRefused(
      () =>
        updatePeriod(ha, {
          periodId,
          startsOn: "15/06/2026",
          endsOn: "14/09/2026",
          dueOn: "20/09/2026",
          agencyIds: [other.agencies.finance.id],
        }),
      { code: "INVALID", message: REPORT_ERRORS.agencyNotInProvince },
    );
  });

  it("is Sở Nội vụ's: agencies, leadership and another province cannot change it", async () => {
    for (const user of [w.users.financeHead, w.users.leader, other.users.homeAffairs]) {
      await expectRefused(() => addPeriod(user, { planId: w.plan.id, key: "2026-Q4" }), {
        code: "FORBIDDEN",
        message: MESSAGES.FORBIDDEN,
      });
    }
  });
});

describe("an agency's report", () => {
  let reportId: string;

  it("is written by the agency; another agency cannot write or submit it", async () => {
    await expectRefused(
      () =>
        saveReport(w.users.districtHead, {
          periodId,
          agencyId: w.agencies.finance.id,
          version: -1,
          results: "Giả mạo",
        }),
      { code: "FORBIDDEN" },
    );
    await expectRefused(
      () => saveReport(w.users.leader, { periodId, agencyId: w.agencies.finance.id, version: -1, results: "x" }),
      { code: "FORBIDDEN" },
    );
    await expectRefused(
      () => saveReport(w.users.healthHead, { periodId, agencyId: w.agencies.health.id, version: -1, results: "x" }),
      { code: "INVALID", message: REPORT_ERRORS.notAsked },
    );
    const saved = await saveReport(w.users.financeStaff, {
      periodId,
      agencyId: w.agencies.finance.id,
      version: -1,
      results: "Đã công khai dự toán đúng hạn",
      difficulties: "Phần mềm kế toán chưa kết nối",
      proposals: "Đề nghị bổ sung kinh phí",
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 0 } });
    reportId = saved.ok ? saved.data.reportId : "";
    await expectRefused(() => submitReport(w.users.districtHead, { reportId, version: 0 }), { code: "FORBIDDEN" });
  });

  it("needs the head's approval before a staff member submits it; an edit withdraws the approval", async () => {
    await expectRefused(() => submitReport(w.users.financeStaff, { reportId, version: 0 }), {
      code: "INVALID",
      message: REPORT_ERRORS.needsApproval,
    });
    await expectRefused(() => approveReport(w.users.financeStaff, { reportId, version: 0 }), { code: "FORBIDDEN" });
    expect(await approveReport(w.users.financeHead, { reportId, version: 0 })).toMatchObject({
      ok: true,
      data: { version: 1 },
    });
    expect(
      await saveReport(w.users.financeStaff, {
        periodId,
        agencyId: w.agencies.finance.id,
        version: 1,
        results: "Đã công khai dự toán đúng hạn (bản sửa)",
        difficulties: "Phần mềm kế toán chưa kết nối",
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    await expectRefused(() => submitReport(w.users.financeStaff, { reportId, version: 2 }), {
      code: "INVALID",
      message: REPORT_ERRORS.needsApproval,
    });
    expect(await approveReport(w.users.financeHead, { reportId, version: 2 })).toMatchObject({ ok: true });
    expect(await submitReport(w.users.financeStaff, { reportId, version: 3 })).toMatchObject({
      ok: true,
      data: { number: 1 },
    });
  });

  it("is frozen once submitted: later task edits do not change it, and it cannot be edited", async () => {
    expect(
      await updateTaskStatus(w.users.financeHead, {
        taskId: financeTaskId,
        version: 0,
        progress: 90,
        note: "Gần xong",
      }),
    ).toMatchObject({ ok: true });
    const view = await loadAgencyReport(w.users.homeAffairs, KEY, w.agencies.finance.id);
    if (view.status !== "ok") throw new Error(view.status);
    const frozen = view.data.versions[0]!.snapshot;
    expect(frozen.texts.results).toBe("Đã công khai dự toán đúng hạn (bản sửa)");
    expect(frozen.tasks.find((t) => t.taskId === financeTaskId)).toMatchObject({ status: "IN_PROGRESS", progress: 40 });
    expect(frozen.approvedBy?.id).toBe(w.users.financeHead.id);
    await expectRefused(
      () =>
        saveReport(w.users.financeHead, {
          periodId,
          agencyId: w.agencies.finance.id,
          version: 4,
          results: "Sửa sau khi gửi",
        }),
      { code: "INVALID", message: REPORT_ERRORS.notEditable },
    );
    const stored = await db.agencyReportVersion.findFirstOrThrow({ where: { reportId, number: 1 } });
    expect(JSON.stringify(stored.snapshot)).not.toContain("Gần xong");
  });

  it("is read by leadership and Sở Nội vụ, not by another agency nor another province", async () => {
    expect((await loadAgencyReport(w.users.leader, KEY, w.agencies.finance.id)).status).toBe("ok");
    expect((await loadAgencyReport(w.users.districtHead, KEY, w.agencies.finance.id)).status).toBe("forbidden");
    expect((await loadAgencyReport(other.users.homeAffairs, KEY, w.agencies.finance.id)).status).toBe("not_found");
    expect((await loadPeriodMatrix(other.users.homeAffairs, KEY)).status).toBe("not_found");
    expect((await loadPeriodMatrix(w.users.financeHead, KEY)).status).toBe("forbidden");
    await expectRefused(() => reviewReport(other.users.homeAffairs, { reportId, version: 4, decision: "ACCEPT" }), {
      code: "FORBIDDEN",
    });
    await expectRefused(() => reviewReport(w.users.leader, { reportId, version: 4, decision: "ACCEPT" }), {
      code: "FORBIDDEN",
    });
  });

  it("is returned with a reason, fixed, re-submitted (the first version kept), then accepted", async () => {
    await expectRefused(() => reviewReport(w.users.homeAffairs, { reportId, version: 4, decision: "RETURN" }), {
      code: "INVALID",
      fieldErrors: { reason: [REPORT_ERRORS.reasonRequired] },
    });
    expect(
      await reviewReport(w.users.homeAffairs, {
        reportId,
        version: 4,
        decision: "RETURN",
        reason: "Bổ sung số liệu quý III",
      }),
    ).toMatchObject({ ok: true, data: { version: 5 } });
    expect(
      await saveReport(w.users.financeHead, {
        periodId,
        agencyId: w.agencies.finance.id,
        version: 5,
        results: "Đã bổ sung số liệu quý III",
        difficulties: "Phần mềm kế toán chưa kết nối",
      }),
    ).toMatchObject({ ok: true });
    expect(await submitReport(w.users.financeHead, { reportId, version: 6 })).toMatchObject({
      ok: true,
      data: { number: 2 },
    });
    expect(await reviewReport(w.users.homeAffairs, { reportId, version: 7, decision: "ACCEPT" })).toMatchObject({
      ok: true,
    });
    const versions = await db.agencyReportVersion.findMany({ where: { reportId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.decision, v.reason])).toEqual([
      [1, "RETURNED", "Bổ sung số liệu quý III"],
      [2, "ACCEPTED", null],
    ]);
    expect(
      (versions[1]!.snapshot as { tasks: { taskId: string; progress: number }[] }).tasks.find(
        (t) => t.taskId === financeTaskId,
      )?.progress,
    ).toBe(90);
    expect((versions[0]!.snapshot as { texts: { results: string } }).texts.results).toBe(
      "Đã công khai dự toán đúng hạn (bản sửa)",
    );
    const audits = await db.auditLog.findMany({
      where: { entity: "AgencyReport", entityId: reportId },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toContain("report.review");
  });
});

describe("late and missing at the deadline (fake clock)", () => {
  // The deadline is 17/09/2026 in Việt Nam (UTC+7): late from 00:00 on 18/09 there, i.e. 17:00 UTC on 17/09.
  const lastMinute = new Date("2026-09-17T16:59:59Z");
  const nextDay = new Date("2026-09-17T17:00:00Z");

  it("a missing report is not late on the deadline day, and late from the next day; a sent one never is", async () => {
    const before = await loadPeriodMatrix(w.users.homeAffairs, KEY, lastMinute);
    const after = await loadPeriodMatrix(w.users.leader, KEY, nextDay);
    if (before.status !== "ok" || after.status !== "ok") throw new Error("matrix");
    const row = (m: typeof before, id: string) =>
      m.status === "ok" ? m.data.rows.find((r) => r.agencyId === id) : undefined;
    expect(row(before, w.agencies.district.id)).toMatchObject({ state: "not_started", late: false });
    expect(row(after, w.agencies.district.id)).toMatchObject({ state: "not_started", late: true });
    expect(row(after, w.agencies.finance.id)).toMatchObject({ state: "accepted", late: false });
    expect(after.data.counts).toMatchObject({ late: 1, accepted: 1, not_started: 1 });
  });

  it("the consolidated report lists the missing agency and the difficulties raised", async () => {
    const report = await loadConsolidatedReport(w.provinceId, KEY, { now: nextDay });
    expect(report.missingAgencies).toEqual([
      { agencyId: w.agencies.district.id, name: w.agencies.district.name, state: "not_started", late: true },
    ]);
    expect(report.difficulties).toMatchObject([
      { agencyId: w.agencies.finance.id, version: 2, difficulties: "Phần mềm kế toán chưa kết nối" },
    ]);
    expect(report.summary.reports).toMatchObject({ expected: 2, accepted: 1, not_started: 1, late: 1 });
    await expect(loadConsolidatedReport(w.provinceId, "2026-Q9")).rejects.toMatchObject({ code: "BAD_PERIOD_KEY" });
    await expect(loadConsolidatedReport(w.provinceId, "2025-Q3")).rejects.toMatchObject({ code: "PERIOD_NOT_FOUND" });
  });

  it("reminds the late agencies once a day however often Sở Nội vụ clicks", async () => {
    // the real clock is past the 2026-Q3 deadline (this suite runs after 17/09/2026)
    const first = await remindLateAgencies(w.users.homeAffairs, { periodId });
    const second = await remindLateAgencies(w.users.homeAffairs, { periodId });
    expect(first).toMatchObject({ ok: true, data: { late: 1, reminded: 1 } });
    expect(second).toMatchObject({ ok: true, data: { late: 1, reminded: 0 } });
    const reminders = await db.reportReminder.findMany({ where: { periodId } });
    expect(reminders.map((r) => r.agencyId)).toEqual([w.agencies.district.id]);
    await expectRefused(() => remindLateAgencies(w.users.leader, { periodId }), { code: "FORBIDDEN" });
  });
});
