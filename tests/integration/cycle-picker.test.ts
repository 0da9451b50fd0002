// The cycle picker (issue #9 §1): boards, the review queue, the overview and the dashboard read the current
// cycle by default and a past one on request. Accepting last year's cycle of a yearly task shows on last year's
// view and not on this year's; a key that is not one of the province's cycles means the current cycle; another
// province's loaders given this province's cycle key read nothing of it.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCycleBoard } from "@/lib/cycles/board";
import { openDueCycles } from "@/lib/cycles/open";
import { loadCachedCycleOptions, loadCycleOptions } from "@/lib/cycles/options";
import { parseCycleParam } from "@/lib/cycles/param";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import { db } from "@/lib/db";
import { provinceToday, provinceTodayIso } from "@/lib/format";
import { loadOverview, loadOverviewPage } from "@/lib/overview/data";
import { aggregateCacheStats } from "@/lib/server/aggregate-cache";
import { loadAgencyBoard, loadReviewQueue } from "@/lib/tasks/data";
import { reviewTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

const thisYear = provinceToday().getUTCFullYear();
const PAST = String(thisYear - 1);
const NOW = String(thisYear);
const today = provinceTodayIso();

let w: TaskWorld;
let other: TaskWorld;
const ids = { accepted: "", waiting: "", once: "" };

/** A yearly task whose first cycle is last year's (as if created then). */
async function lastYearsTask(title: string) {
  const t = await makeTask(w, {
    agencyId: w.agencies.finance.id,
    recurrence: "YEARLY",
    dueOn: day("2021-12-31"),
    title,
  });
  await db.taskCycle.updateMany({
    where: { taskId: t.id },
    data: { key: PAST, startsOn: day(`${PAST}-01-01`), endsOn: day(`${PAST}-12-31`), dueOn: day(`${PAST}-12-31`) },
  });
  return t;
}

beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  const accepted = await lastYearsTask("Công khai ngân sách năm trước");
  const waiting = await lastYearsTask("Báo cáo chờ duyệt năm trước");
  ids.accepted = accepted.id;
  ids.waiting = waiting.id;
  ids.once = (await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 40 })).id;
  const head = w.users.financeHead;
  expect(await updateTaskStatus(head, { taskId: accepted.id, version: 0, status: "SUBMITTED" })).toMatchObject({
    ok: true,
  });
  expect(await reviewTask(w.users.homeAffairs, { taskId: accepted.id, version: 1, decision: "ACCEPT" })).toMatchObject({
    ok: true,
  });
  expect(await updateTaskStatus(head, { taskId: waiting.id, version: 0, status: "SUBMITTED" })).toMatchObject({
    ok: true,
  });
  // The year turned: this year's cycle opens for the accepted task; the one waiting for review stays put.
  expect((await openDueCycles(new Date(), { planIds: [w.plan.id] })).opened).toBe(1);
});

const finance = () => w.agencies.finance.id;
const financeRow = async (cycle: string | null) =>
  (await loadOverview({ provinceId: w.provinceId }, w.plan.id, today, cycle)).rows.find(
    (r) => r.agencyId === finance(),
  );

describe("cycle options and the parameter", () => {
  it("answers the boards' and the queue's options from the aggregate cache until a cycle is written", async () => {
    const scope = { provinceId: w.provinceId, agencyId: w.agencies.health.id };
    expect(await loadCachedCycleOptions(scope)).toEqual([]);
    const before = aggregateCacheStats();
    expect(await loadCachedCycleOptions(scope)).toEqual([]);
    expect(aggregateCacheStats()).toMatchObject({ hits: before.hits + 1, misses: before.misses });
    // a yearly task of the health department, its cycle last year's: the write moves the province's version
    const t = await makeTask(w, { agencyId: w.agencies.health.id, recurrence: "YEARLY", dueOn: day("2021-12-31") });
    await db.taskCycle.updateMany({ where: { taskId: t.id }, data: { key: PAST } });
    expect(await loadCachedCycleOptions(scope)).toEqual([{ key: PAST, label: `Năm ${PAST}` }]);
    // another province's options are its own (its cache entries are keyed by its own version)
    expect(await loadCachedCycleOptions({ provinceId: other.provinceId, agencyId: w.agencies.health.id })).toEqual([]);
    await db.task.delete({ where: { id: t.id } });
    expect(await loadCachedCycleOptions(scope)).toEqual([]);
  });

  it("offers the province's cycles newest first, and parses only those", async () => {
    const options = await loadCycleOptions({ provinceId: w.provinceId, planId: w.plan.id });
    expect(options).toEqual([
      { key: NOW, label: `Năm ${NOW}` },
      { key: PAST, label: `Năm ${PAST}` },
    ]);
    expect(await loadCycleOptions({ provinceId: w.provinceId, agencyId: w.agencies.health.id })).toEqual([]);
    expect(parseCycleParam(PAST, options)).toBe(PAST);
    expect(parseCycleParam([` ${PAST} `, NOW], options)).toBe(PAST);
    for (const garbage of [undefined, "", "abc", "2019", `${PAST}-Q1`, "'; drop table", "x".repeat(500)]) {
      expect(parseCycleParam(garbage, options)).toBeNull();
    }
  });
});

describe("views in a chosen cycle", () => {
  it("the overview counts last year's acceptance in last year only", async () => {
    expect((await financeRow(PAST))?.counts).toMatchObject({ ACCEPTED: 1, SUBMITTED: 1, NOT_STARTED: 0 });
    expect((await financeRow(PAST))?.total).toBe(2); // the one-off task has no such cycle
    expect((await financeRow(NOW))?.counts).toMatchObject({ ACCEPTED: 0, NOT_STARTED: 1, SUBMITTED: 0 });
    expect((await financeRow(NOW))?.total).toBe(1);
    // The current cycle (default) is unchanged: every task, in its current status.
    expect((await financeRow(null))?.counts).toMatchObject({
      ACCEPTED: 0,
      NOT_STARTED: 1,
      SUBMITTED: 1,
      IN_PROGRESS: 1,
    });
    const page = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today, PAST);
    expect([page?.cycle, page?.overview?.totals.counts.ACCEPTED]).toEqual([PAST, 1]);
    const garbage = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today, "không phải kỳ");
    expect([garbage?.cycle, garbage?.overview?.totals.total]).toEqual([null, 3]);
  });

  it("the dashboard counts it as won back in last year's view, not this year's", async () => {
    const tally = async (cycle: string | null) =>
      (await loadDashboard({ provinceId: w.provinceId }, { planId: w.plan.id, cycle }, today))?.remediation.tasks;
    expect(await tally(PAST)).toMatchObject({ total: 2, accepted: 1 });
    expect(await tally(NOW)).toMatchObject({ total: 1, accepted: 0 });
    expect(await tally(null)).toMatchObject({ total: 3, accepted: 0 });
    expect(await tally("1999")).toEqual(await tally(null)); // not a cycle of the plan → the current one
  });

  it("the board shows the task accepted in last year's cycle and afresh in this year's", async () => {
    const status = async (cycle: string) => {
      const board = await loadCycleBoard(w.users.financeHead, finance(), cycle);
      if (board.status !== "ok") throw new Error(board.status);
      return Object.fromEntries(board.data.cards.map((c) => [c.id, c.status]));
    };
    expect(await status(PAST)).toEqual({ [ids.accepted]: "ACCEPTED", [ids.waiting]: "SUBMITTED" });
    expect(await status(NOW)).toEqual({ [ids.accepted]: "NOT_STARTED" });
    const current = await loadAgencyBoard(w.users.financeHead, finance());
    expect(current.status === "ok" && current.data.cards.length).toBe(3);
  });

  it("the review queue of a cycle lists the work submitted in it", async () => {
    const queue = async (cycle: string | null) => {
      const q = await loadReviewQueue(w.users.homeAffairs, cycle);
      if (q.status !== "ok") throw new Error(q.status);
      return q.data.items.map((i) => i.id);
    };
    expect(await queue(PAST)).toEqual([ids.waiting]);
    expect(await queue(NOW)).toEqual([]);
    expect(await queue(null)).toEqual([ids.waiting]);
  });
});

describe("another province", () => {
  it("is offered none of these cycles and reads nothing of them through its own loaders", async () => {
    const options = await loadCycleOptions({ provinceId: other.provinceId });
    expect(options.map((o) => o.key)).not.toContain(PAST);
    expect(parseCycleParam(PAST, options)).toBeNull();
    // Even a loader handed the key directly (and province A's ids) reads nothing of province A.
    const overview = await loadOverview({ provinceId: other.provinceId }, w.plan.id, today, PAST);
    expect(overview.totals.total).toBe(0);
    const queue = await loadReviewQueue(other.users.homeAffairs, PAST);
    expect(queue.status === "ok" && queue.data.items).toEqual([]);
    const board = await loadCycleBoard(other.users.homeAffairs, finance(), PAST);
    expect(board.status).toBe("not_found");
    const dashboard = await loadDashboard({ provinceId: other.provinceId }, { planId: w.plan.id, cycle: PAST }, today);
    expect(dashboard?.ctx.planId).toBe(other.plan.id);
    expect(dashboard?.remediation.tasks.total).toBe(0);
    const page = await loadOverviewPage(other.users.homeAffairs, w.plan.id, today, PAST);
    expect([page?.plan?.id, page?.cycle, page?.overview?.totals.total]).toEqual([other.plan.id, null, 0]);
  });
});
