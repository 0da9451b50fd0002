// The aggregate cache (lib/server/aggregate-cache.ts) and the version triggers behind it: a read reuses the
// province's aggregates until a write that changes them commits — through the real mutation, through raw SQL or
// from another app process alike — and a write in another province leaves them cached.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-aggcache-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import pg from "pg";
import { readAggregateVersion } from "@/lib/aggregate-version";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { provinceTodayIso } from "@/lib/format";
import { loadOverviewPage } from "@/lib/overview/data";
import { aggregateCache, aggregateCacheStats } from "@/lib/server/aggregate-cache";
import type { Loaded } from "@/lib/server/loaded";
import { loadAgencyBoard, loadBoardLayout, loadReviewQueue } from "@/lib/tasks/data";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { boardFiltersSchema } from "@/lib/tasks/schema";
import { buildTaskWorld, makeTask, removeEvidenceDir, type TaskWorld } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let other: TaskWorld;
const today = provinceTodayIso();

afterAll(removeEvidenceDir);
beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  await makeTask(w, { agencyId: w.agencies.finance.id, status: "NOT_STARTED" });
  await makeTask(other, { agencyId: other.agencies.finance.id, status: "NOT_STARTED" });
});

/** A loader's data, or the test fails with its refusal. */
const dataOf = <T>(loaded: Loaded<T>): T => {
  if (loaded.status !== "ok") throw new Error(loaded.status);
  return loaded.data;
};

const financeRow = async (world: TaskWorld) => {
  const page = await loadOverviewPage(world.users.homeAffairs, world.plan.id, today);
  return page?.overview?.rows.find((r) => r.agencyId === world.agencies.finance.id);
};

describe("aggregate cache", () => {
  it("answers a repeated read from the cache, without running the aggregate again", async () => {
    const first = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today);
    const before = aggregateCacheStats();
    const second = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today);
    expect(second?.overview).toBe(first?.overview); // the same object: nothing was recomputed
    expect(aggregateCacheStats().hits).toBeGreaterThan(before.hits);
    expect(aggregateCacheStats().misses).toBe(before.misses);
  });

  it("shows an update made through the mutation on the next request (overview and dashboard)", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.finance.id, status: "NOT_STARTED" });
    const dashboardBefore = await loadDashboard({ provinceId: w.provinceId }, {}, today);
    const before = await financeRow(w);
    expect(before?.counts.IN_PROGRESS).toBe(0);
    signInAs(w.users.financeHead);
    const result = await updateTaskStatus(w.users.financeHead, {
      taskId: task.id,
      version: 0,
      status: "IN_PROGRESS",
      progress: 40,
      note: "Đang thực hiện",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await financeRow(w);
    expect(after?.counts.IN_PROGRESS).toBe(1);
    expect(after?.counts.NOT_STARTED).toBe((before?.counts.NOT_STARTED ?? 0) - 1);
    const dashboardAfter = await loadDashboard({ provinceId: w.provinceId }, {}, today);
    expect(dashboardAfter?.progress).not.toEqual(dashboardBefore?.progress); // 40 % of a task now counts
  });

  it("keeps this province's aggregates when another province writes", async () => {
    const mine = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today);
    const version = await readAggregateVersion(w.provinceId);
    const task = await makeTask(other, { agencyId: other.agencies.finance.id, status: "NOT_STARTED" });
    signInAs(other.users.financeHead);
    expect(
      (
        await updateTaskStatus(other.users.financeHead, {
          taskId: task.id,
          version: 0,
          status: "IN_PROGRESS",
          progress: 10,
          note: "Đang thực hiện",
        })
      ).ok,
    ).toBe(true);
    expect(await readAggregateVersion(w.provinceId)).toBe(version);
    const again = await loadOverviewPage(w.users.homeAffairs, w.plan.id, today);
    expect(again?.overview).toBe(mine?.overview);
    expect((await financeRow(other))?.counts.IN_PROGRESS).toBe(1); // and the other province sees its own write
  });

  it("keeps the dashboard's computed views too: a repeated request reuses them, a write recomputes them", async () => {
    const first = await loadDashboard({ provinceId: w.provinceId }, {}, today);
    const again = await loadDashboard({ provinceId: w.provinceId }, {}, today);
    expect(again?.progress).toBe(first?.progress); // the same objects: no view was computed again
    expect(again?.agencies).toBe(first?.agencies);
    expect(again?.headline).toBe(first?.headline);
    // another parameter is another view (the field filter, ?gop=1), never the cached one
    const merged = await loadDashboard({ provinceId: w.provinceId }, { merge: true }, today);
    expect(merged?.agencies).not.toBe(first?.agencies);
    await makeTask(w, { agencyId: w.agencies.finance.id, status: "NOT_STARTED" });
    const after = await loadDashboard({ provinceId: w.provinceId }, {}, today);
    expect(after?.progress).not.toBe(first?.progress);
  });

  it("follows an agency ended by a write in the dashboard's agency split (the cached lineage moves with it)", async () => {
    const { finance, health } = w.agencies;
    const bar = async (merge: boolean) =>
      (await loadDashboard({ provinceId: w.provinceId }, { merge }, today))?.agencies.bars.find(
        (b) => b.key === finance.id,
      );
    expect((await bar(false))?.successor).toBeNull();
    try {
      await db.$executeRaw`UPDATE "Agency" SET "endedOn" = now(), "successorId" = ${health.id} WHERE id = ${finance.id}`;
      expect((await bar(false))?.successor).toMatchObject({ id: health.id });
      expect(await bar(true)).toBeUndefined(); // ?gop=1: its share is now in its successor's line
    } finally {
      await db.$executeRaw`UPDATE "Agency" SET "endedOn" = null, "successorId" = null WHERE id = ${finance.id}`;
    }
    expect((await bar(false))?.successor).toBeNull();
  });

  it("is invalidated by a write in raw SQL (the trigger path), as another process's write would be", async () => {
    const before = await financeRow(w);
    const task = await makeTask(w, { agencyId: w.agencies.finance.id, status: "NOT_STARTED" });
    const counted = await financeRow(w);
    expect(counted?.total).toBe((before?.total ?? 0) + 1);
    await db.$executeRaw`UPDATE "Task" SET status = 'ACCEPTED', progress = 100 WHERE id = ${task.id}`;
    const after = await financeRow(w);
    expect(after?.counts.ACCEPTED).toBe((counted?.counts.ACCEPTED ?? 0) + 1);
  });

  it("bumps a province once per transaction, at commit, and not at all for a rolled-back one", async () => {
    const a = await makeTask(w, { agencyId: w.agencies.finance.id });
    const b = await makeTask(w, { agencyId: w.agencies.health.id });
    const start = await readAggregateVersion(w.provinceId);
    const [province] = start.split(".").map(Number);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Task" SET progress = 5 WHERE id = ${a.id}`;
      await tx.$executeRaw`UPDATE "Task" SET progress = 6 WHERE id = ${b.id}`;
      await tx.$executeRaw`INSERT INTO "TaskUpdate" (id, "taskId", "userId", progress) VALUES (${`agg-${a.id}`}, ${a.id}, ${w.users.financeHead.id}, 5)`;
      // not yet: the bump is deferred to COMMIT
      const inside = await tx.$queryRaw<{ v: number | null }[]>`
        SELECT sum(version)::int AS v FROM "AggregateVersion" WHERE scope = ${w.provinceId}`;
      expect(inside[0]?.v ?? 0).toBe(province);
    });
    expect(await readAggregateVersion(w.provinceId)).toBe(`${(province ?? 0) + 1}.${start.split(".")[1]}`);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Task" SET progress = 7 WHERE id = ${a.id}`;
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await readAggregateVersion(w.provinceId)).toBe(`${(province ?? 0) + 1}.${start.split(".")[1]}`);
  });

  it("moves the version with every commit whatever the order of concurrent writers (the sum of the slots)", async () => {
    const a = await makeTask(w, { agencyId: w.agencies.finance.id });
    const b = await makeTask(w, { agencyId: w.agencies.health.id });
    const [first, second] = [
      new pg.Client({ connectionString: env.DATABASE_URL }),
      new pg.Client({ connectionString: env.DATABASE_URL }),
    ];
    await Promise.all([first.connect(), second.connect()]);
    try {
      const province = () => readAggregateVersion(w.provinceId).then((v) => Number(v.split(".")[0]));
      const start = await province();
      await first.query("BEGIN");
      await first.query(`UPDATE "Task" SET progress = 11 WHERE id = $1`, [a.id]); // started first…
      await second.query("BEGIN");
      await second.query(`UPDATE "Task" SET progress = 12 WHERE id = $1`, [b.id]);
      await second.query("COMMIT"); // …committed last: its bump must still move the version
      expect(await province()).toBe(start + 1);
      await first.query("COMMIT");
      expect(await province()).toBe(start + 2);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it("moves the national version for national data, which every province's key includes", async () => {
    const [, national] = (await readAggregateVersion(w.provinceId)).split(".").map(Number);
    await db.$executeRaw`UPDATE "Province" SET name = name WHERE id = ${other.provinceId}`;
    const [, after] = (await readAggregateVersion(w.provinceId)).split(".").map(Number);
    expect(after).toBe((national ?? 0) + 1);
  });

  it("skips the triggers for a bulk load that says so (it bumps the versions itself)", async () => {
    const a = await makeTask(w, { agencyId: w.agencies.finance.id });
    const start = await readAggregateVersion(w.provinceId);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('par.aggregate_bump', 'off', true)`;
      await tx.$executeRaw`UPDATE "Task" SET progress = 9 WHERE id = ${a.id}`;
    });
    expect(await readAggregateVersion(w.provinceId)).toBe(start);
  });
  it("keeps an agency's board until a write to it commits, and still decides who may read it on every request", async () => {
    const finance = w.agencies.finance.id;
    const task = await makeTask(w, { agencyId: finance, status: "NOT_STARTED" });
    const board = async () => dataOf(await loadAgencyBoard(w.users.financeStaff, finance));
    const first = await board();
    const hits = aggregateCacheStats().hits;
    const again = await board();
    expect(again.cards).toBe(first.cards); // the same cards: nothing was read or computed again
    expect(aggregateCacheStats().hits).toBe(hits + 1);
    // the cached board is the agency's: another agency's head is refused it, another province finds no such agency
    expect((await loadAgencyBoard(w.users.healthHead, finance)).status).toBe("forbidden");
    expect((await loadAgencyBoard(other.users.homeAffairs, finance)).status).toBe("not_found");
    // a write through the mutation shows on the next load
    signInAs(w.users.financeHead);
    const moved = await updateTaskStatus(w.users.financeHead, {
      taskId: task.id,
      version: 0,
      status: "IN_PROGRESS",
      progress: 30,
      note: "Bắt đầu",
    });
    expect(moved).toMatchObject({ ok: true });
    const after = await board();
    expect(after.cards.find((c) => c.id === task.id)).toMatchObject({ status: "IN_PROGRESS", progress: 30 });
    // a write in raw SQL (another process) too, and a new task
    await db.$executeRaw`UPDATE "Task" SET progress = 55 WHERE id = ${task.id}`;
    const added = await makeTask(w, { agencyId: finance, status: "NOT_STARTED" });
    const latest = await board();
    expect(latest.cards.find((c) => c.id === task.id)?.progress).toBe(55);
    expect(latest.cards.some((c) => c.id === added.id)).toBe(true);
  });

  it("reads each reader's own details of a cached board ('Mới' until the user opens the task), which no version covers", async () => {
    const finance = w.agencies.finance.id;
    const task = await makeTask(w, { agencyId: finance, status: "IN_PROGRESS" });
    await db.task.update({ where: { id: task.id }, data: { assignedAt: new Date(Date.now() - 60_000) } });
    const filters = boardFiltersSchema.parse({ view: "list", status: "IN_PROGRESS" });
    const isNew = async () => {
      const { cards } = dataOf(await loadAgencyBoard(w.users.financeStaff, finance, { status: "IN_PROGRESS" }));
      const layout = await loadBoardLayout(w.users.financeStaff, cards, filters);
      return layout.list?.rows.find((c) => c.id === task.id)?.isNew;
    };
    expect(await isNew()).toBe(true);
    const version = await readAggregateVersion(w.provinceId);
    await db.taskView.create({ data: { userId: w.users.financeStaff.id, taskId: task.id } });
    expect(await readAggregateVersion(w.provinceId)).toBe(version); // opening a task moves no version…
    expect(await isNew()).toBe(false); // …and the card is no longer new for this reader
  });

  it("reads an agency's board again on a new day (what is overdue moves with the date, not with a write)", async () => {
    const finance = w.agencies.finance.id;
    const dueToday = await makeTask(w, {
      agencyId: finance,
      status: "IN_PROGRESS",
      dueOn: new Date(`${today}T00:00:00Z`),
    });
    const overdue = async () =>
      dataOf(await loadAgencyBoard(w.users.financeStaff, finance)).cards.find((c) => c.id === dueToday.id)?.overdue;
    expect(await overdue()).toBe(false);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(Date.now() + 86_400_000));
      expect(await overdue()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the province's aggregates however many boards and queue pages are read (a pool each)", async () => {
    const aggregates = await aggregateCache(w.provinceId);
    const kept = await aggregates.get(["pool-test"], async () => ({ n: 1 }));
    const pages = await aggregateCache(w.provinceId, "pages");
    for (let i = 0; i < 1_200; i += 1) await pages.get(["pool-test-board", i], async () => i);
    expect(await aggregates.get(["pool-test"], async () => ({ n: 2 }))).toBe(kept);
    // the pages' pool itself is bounded: its oldest entry was read again
    expect(await pages.get(["pool-test-board", 0], async () => -1)).toBe(-1);
  });

  it("keeps the review queue's page until a write moves it; the evidence count, which no version covers, is read each time", async () => {
    const queueOf = async () => dataOf(await loadReviewQueue(w.users.homeAffairs));
    const before = await queueOf();
    const task = await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS" });
    signInAs(w.users.financeHead);
    const sent = await updateTaskStatus(w.users.financeHead, {
      taskId: task.id,
      version: 0,
      status: "SUBMITTED",
      progress: 100,
      note: "Đã hoàn thành",
    });
    expect(sent).toMatchObject({ ok: true });
    const after = await queueOf();
    expect(after.total).toBe(before.total + 1);
    const item = after.items.find((i) => i.id === task.id);
    expect(item).toMatchObject({ evidenceCount: 0, submittedBy: w.users.financeHead.name });
    const update = await db.taskUpdate.findFirstOrThrow({ where: { taskId: task.id }, orderBy: { createdAt: "desc" } });
    const version = await readAggregateVersion(w.provinceId);
    await db.evidence.create({ data: { updateId: update.id, kind: "link", url: "https://example.gov.vn/bao-cao" } });
    expect(await readAggregateVersion(w.provinceId)).toBe(version);
    expect((await queueOf()).items.find((i) => i.id === task.id)?.evidenceCount).toBe(1);
  });
});
