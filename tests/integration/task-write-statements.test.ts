// Issue 13's write budget: what one task write asks of the database. Inside the transaction a comment is one read
// (the task, its plan's province and its supporters in one statement), the UPDATE, the history row and the audit
// row; the successors of ended agencies are looked up only for an action an inherited scope allows (marking a
// task seen), never for a write. The statements are counted on a client of the test's own that logs them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const logged = vi.hoisted(() => ({ statements: [] as string[] }));
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("@/lib/db", async () => {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/generated/prisma/client");
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
    log: [{ emit: "event", level: "query" }],
  });
  db.$on("query", (e) => logged.statements.push(e.query));
  return { db };
});

const { db } = await import("@/lib/db");
const { commentOnTask, updateTaskStatus } = await import("@/lib/tasks/mutations");
const { markTaskSeen } = await import("@/lib/tasks/responsible");
const { loadTaskForWrite } = await import("@/lib/tasks/write");
const { writeAudit } = await import("@/lib/server/audit");
const { default: cuid } = await import("@bugsnag/cuid");
const { buildTaskWorld, makeTask } = await import("./tasks-fixtures");

let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  w = await buildTaskWorld();
});
afterAll(() => db.$disconnect());

/** The statements `run` sends, without the transaction's BEGIN and its COMMIT or ROLLBACK. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  logged.statements.length = 0;
  await run();
  return logged.statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.trim()));
}

const touches = (table: string) => (s: string) => s.includes(`"${table}"`);

describe("a task write's statements", () => {
  it("a comment: one read, the update, the history row and the audit row; no successor lookup", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, supporters: [w.agencies.district.id] });
    const sent = await statementsOf(async () => {
      const result = await commentOnTask(w.users.districtHead, { taskId: t.id, version: 0, note: "Phối hợp xong" });
      expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    });
    expect(sent).toHaveLength(4);
    expect(sent.filter(touches("Agency"))).toEqual([]);
    expect(sent.filter(touches("Plan"))).toHaveLength(1); // inside the one read
  });

  it("a status update adds only the current cycle, read with who asked for approval in one statement", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 10 });
    const sent = await statementsOf(async () => {
      const result = await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, progress: 40 });
      expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    });
    expect(sent).toHaveLength(5);
    expect(sent.filter(touches("TaskCycle"))).toHaveLength(1);
    expect(sent.filter(touches("Agency"))).toEqual([]);
  });

  it("a stale write: the read, then the task as it now is with its newest history row in one statement", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 10 });
    const first = await updateTaskStatus(w.users.financeStaff, {
      taskId: t.id,
      version: 0,
      progress: 60,
      note: "Xong 60 %",
    });
    expect(first.ok).toBe(true);
    let stale: Awaited<ReturnType<typeof commentOnTask>> | undefined;
    const sent = await statementsOf(async () => {
      stale = await commentOnTask(w.users.financeHead, { taskId: t.id, version: 0, note: "Muộn" });
    });
    expect(sent).toHaveLength(2);
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      current: {
        status: "IN_PROGRESS",
        progress: 60,
        version: 1,
        lastUpdate: { by: w.users.financeStaff.name, note: "Xong 60 %", toStatus: null },
      },
    });
  });

  it("marking a task seen still follows the successors its read scope allows", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id });
    const sent = await statementsOf(async () => {
      expect((await markTaskSeen(w.users.financeStaff, { taskId: t.id })).ok).toBe(true);
    });
    expect(sent.filter(touches("Agency"))).toHaveLength(1);
  });
});

describe("loadTaskForWrite", () => {
  it("reads the task with its province, lead and supporting agencies, and null for an unknown id", async () => {
    const supporters = [w.agencies.health.id, w.agencies.district.id];
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, supporters, status: "RETURNED", progress: 35 });
    const [loaded, missing] = await db.$transaction(async (tx) => [
      await loadTaskForWrite(tx, t.id, { inherited: false }),
      await loadTaskForWrite(tx, "no-such-task", { inherited: false }),
    ]);
    const target = { provinceId: w.provinceId, agencyId: w.agencies.finance.id, supportAgencyIds: supporters.sort() };
    expect(loaded).toEqual({
      record: {
        id: t.id,
        planId: w.plan.id,
        sourceRef: t.sourceRef,
        status: "RETURNED",
        progress: 35,
        version: 0,
        agencyId: w.agencies.finance.id,
        target,
      },
      target,
    });
    expect(missing).toBeNull();
  });
});

// The history row, the UPDATE and the audit rows are plain SQL (Prisma's query building cost each write about
// 0,5 ms a call): the rows must be those Prisma wrote, ids that grow with time included (lists break a tie on
// createdAt by id).
describe("the rows a write leaves", () => {
  it("a comment: a cuid history row and audit row after the earlier ones, at the app's time, the task bumped", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 10 });
    const first = await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, progress: 40 });
    const before = new Date();
    const second = await commentOnTask(w.users.financeHead, { taskId: t.id, version: 1, note: "Ghi chú" });
    const after = new Date();
    expect(first.ok && second.ok).toBe(true);
    const updates = await db.taskUpdate.findMany({ where: { taskId: t.id }, orderBy: { createdAt: "asc" } });
    expect(updates.map((u) => [u.progress, u.note])).toEqual([
      [40, null],
      [null, "Ghi chú"],
    ]);
    const [older, newer] = updates;
    expect(updates.every((u) => cuid.isCuid(u.id))).toBe(true);
    expect((older?.id ?? "") < (newer?.id ?? "")).toBe(true);
    expect(newer?.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(newer?.createdAt.getTime()).toBeLessThanOrEqual(after.getTime());
    expect(newer?.cycleId).toBe(older?.cycleId); // the trigger filled it, as for Prisma's insert
    const task = await db.task.findUniqueOrThrow({ where: { id: t.id } });
    expect(task).toMatchObject({ version: 2, status: "IN_PROGRESS", progress: 40 });
    expect(task.updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    const audits = await db.auditLog.findMany({ where: { entityId: t.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["task.status", "task.comment"]);
    expect(audits[1]).toMatchObject({
      provinceId: w.provinceId,
      userId: w.users.financeHead.id,
      entity: "Task",
      agencyId: w.agencies.finance.id,
      before: { status: "IN_PROGRESS", progress: 40, version: 1 },
      after: { status: "IN_PROGRESS", progress: 40, version: 2, note: "Ghi chú", evidence: [] },
    });
  });

  it("writeAudit: thousands of rows in order, one time, JSON as Prisma stored it, none when there is nothing", async () => {
    const tag = `audit-batch-${Date.now()}`;
    const at = new Date("2026-11-20T02:00:00Z");
    // beyond Postgres's 65 535 parameters in one statement (10 a row): the rows go in batches
    const many = Array.from({ length: 7_000 }, (_, i) => ({
      action: tag,
      entity: "Test",
      entityId: String(i).padStart(5, "0"),
      before: i === 0 ? null : undefined,
      after: { at, skipped: undefined, n: i },
    }));
    await db.$transaction((tx) => writeAudit(tx, { provinceId: w.provinceId, userId: null }, many));
    const rows = await db.auditLog.findMany({ where: { action: tag }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(7_000);
    expect(rows.map((r) => r.entityId)).toEqual(many.map((m) => m.entityId));
    expect(new Set(rows.map((r) => r.createdAt.getTime())).size).toBe(1);
    expect(rows[0]).toMatchObject({
      before: null,
      after: { at: at.toISOString(), n: 0 },
      userId: null,
      agencyId: null,
    });
    expect(rows[0]?.after).not.toHaveProperty("skipped");
    await db.$transaction((tx) => writeAudit(tx, { provinceId: w.provinceId, userId: null }, []));
    expect(await db.auditLog.count({ where: { action: tag } })).toBe(7_000);
    await db.auditLog.deleteMany({ where: { action: tag } });
  });
});
