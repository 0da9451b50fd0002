// Per-cycle status of recurring tasks: a new task gets its first cycle, every write lands in the current
// cycle, openDueCycles opens the next one at the boundary (idempotent, also when two runs race) and leaves
// the previous cycle's status, progress, updates and review as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { openDueCycles } from "@/lib/cycles/open";
import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { reviewTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});

const cycles = (taskId: string) => findCycles(taskId);
const findCycles = (taskId: string) =>
  db.taskCycle.findMany({
    where: { taskId },
    orderBy: { startsOn: "asc" },
    include: { updates: { orderBy: { createdAt: "asc" } } },
  });
function two<T>(list: T[]): [T, T] {
  expect(list).toHaveLength(2);
  return [list[0] as T, list[1] as T];
}
const thisYear = provinceToday().getUTCFullYear();
const nextYearStart = new Date(`${thisYear + 1}-01-01T00:00:00+07:00`); // 00:00 on 1 January in Việt Nam
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("task cycles", () => {
  it("a new task starts in the cycle of today (or of its first due date); a one-off task has one cycle", async () => {
    const yearly = await makeTask(w, {
      agencyId: w.agencies.finance.id,
      recurrence: "YEARLY",
      dueOn: day("2021-12-31"),
    });
    const quarterly = await makeTask(w, {
      agencyId: w.agencies.finance.id,
      recurrence: "QUARTERLY",
      dueOn: day(`${thisYear + 5}-03-31`),
    });
    const once = await makeTask(w, { agencyId: w.agencies.finance.id, dueOn: day("2022-06-30") });
    expect(
      (await cycles(yearly.id)).map((c) => [c.key, iso(c.startsOn), iso(c.endsOn), iso(c.dueOn), c.status]),
    ).toEqual([[String(thisYear), `${thisYear}-01-01`, `${thisYear}-12-31`, `${thisYear}-12-31`, "NOT_STARTED"]]);
    expect((await cycles(quarterly.id)).map((c) => c.key)).toEqual([`${thisYear + 5}-Q1`]);
    expect((await cycles(once.id)).map((c) => [c.key, c.startsOn, iso(c.dueOn)])).toEqual([
      ["once", null, "2022-06-30"],
    ]);
  });

  it("rolls a yearly task over at the boundary: the accepted cycle stays accepted, the new one starts afresh", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, recurrence: "YEARLY", dueOn: day("2021-12-31") });
    const once = await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 50 });
    expect(
      await updateTaskStatus(w.users.financeHead, {
        taskId: t.id,
        version: 0,
        status: "SUBMITTED",
        note: "Đã công khai",
      }),
    ).toMatchObject({ ok: true });
    expect(await reviewTask(w.users.homeAffairs, { taskId: t.id, version: 1, decision: "ACCEPT" })).toMatchObject({
      ok: true,
    });

    // Two job runs at once (two app instances): the cycle opens exactly once.
    const [a, b] = await Promise.all([
      openDueCycles(nextYearStart, { planIds: [w.plan.id] }),
      openDueCycles(nextYearStart, { planIds: [w.plan.id] }),
    ]);
    expect(a.opened + b.opened).toBe(2); // this task and the yearly one of the first test
    const again = await openDueCycles(nextYearStart, { planIds: [w.plan.id] });
    expect(again.opened).toBe(0);

    const [past, current] = two(await cycles(t.id));
    expect([past.key, past.status, past.progress, past.updates.map((u) => u.toStatus)]).toEqual([
      String(thisYear),
      "ACCEPTED",
      100,
      ["SUBMITTED", "ACCEPTED"],
    ]);
    expect([current.key, current.status, current.progress, iso(current.dueOn), current.updates.length]).toEqual([
      String(thisYear + 1),
      "NOT_STARTED",
      0,
      `${thisYear + 1}-12-31`,
      0,
    ]);
    const task = await db.task.findUniqueOrThrow({ where: { id: t.id } });
    expect([task.status, task.progress, task.version]).toEqual(["NOT_STARTED", 0, 3]);
    expect((await cycles(once.id)).map((c) => [c.key, c.status, c.progress])).toEqual([["once", "IN_PROGRESS", 50]]);
    const audit = await db.auditLog.findFirst({ where: { action: "task.cycle.open", entityId: w.plan.id } });
    expect(audit?.after).toMatchObject({ keys: [String(thisYear + 1)] });

    // A form opened on the old cycle is refused; new work lands in the new cycle only.
    expect(
      await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 2, status: "IN_PROGRESS", progress: 10 }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 3, status: "IN_PROGRESS", progress: 10 }),
    ).toMatchObject({ ok: true });
    const [pastAfter, currentAfter] = two(await cycles(t.id));
    expect([pastAfter.status, pastAfter.updates.length]).toEqual(["ACCEPTED", 2]);
    expect([currentAfter.status, currentAfter.progress, currentAfter.updates.length]).toEqual(["IN_PROGRESS", 10, 1]);
  });

  it("keeps work sent for review in its cycle until Sở Nội vụ decides, then opens the next one", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, recurrence: "YEARLY", dueOn: day("2021-12-31") });
    expect(
      await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, status: "SUBMITTED" }),
    ).toMatchObject({ ok: true });
    await openDueCycles(nextYearStart, { planIds: [w.plan.id] });
    expect((await cycles(t.id)).map((c) => [c.key, c.status])).toEqual([[String(thisYear), "SUBMITTED"]]);
    expect(await reviewTask(w.users.homeAffairs, { taskId: t.id, version: 1, decision: "ACCEPT" })).toMatchObject({
      ok: true,
    });
    await openDueCycles(nextYearStart, { planIds: [w.plan.id] });
    expect((await cycles(t.id)).map((c) => [c.key, c.status])).toEqual([
      [String(thisYear), "ACCEPTED"],
      [String(thisYear + 1), "NOT_STARTED"],
    ]);
  });

  it("opens nothing for a measure that has ended before the next cycle", async () => {
    const ended = await db.measure.create({
      data: {
        planId: w.plan.id,
        criterionId: w.criteria.other.id,
        position: 9,
        text: "Giải pháp đến hết năm nay",
        timeframeText: "Đến hết năm",
        recurrence: "YEARLY",
        endsOn: day(`${thisYear}-12-31`),
      },
    });
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, recurrence: "YEARLY", dueOn: day("2021-12-31") });
    await db.task.update({ where: { id: t.id }, data: { measureId: ended.id } });
    await openDueCycles(nextYearStart, { planIds: [w.plan.id] });
    expect((await cycles(t.id)).map((c) => c.key)).toEqual([String(thisYear)]);
  });
});
