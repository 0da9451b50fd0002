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
