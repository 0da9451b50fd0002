// Every task action × role against a real database: allowed ones change the task, write one history row and
// one audit row (same transaction); refused ones leave the task, its history and the audit log untouched.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-perm-${process.pid}-${Date.now()}`;
});

import type { SessionUser } from "@/lib/auth/session";
import { loadTaskDetail } from "@/lib/tasks/data";
import { assignTask, commentOnTask, reviewTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { buildTaskWorld, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";

let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});

type UserKey = keyof TaskWorld["users"];
const EVERYONE: UserKey[] = ["homeAffairs", "leader", "financeHead", "financeStaff", "districtHead", "healthHead"];

type Case = {
  action: string;
  allowed: UserKey[];
  /** A fresh task for the attempt (finance leads, the district supports). */
  setup: () => Promise<{ id: string; version: number }>;
  run: (user: SessionUser, task: { id: string; version: number }) => Promise<{ ok: boolean; code?: string }>;
  after?: { status?: string; progress?: number; agencyId?: string };
};

const financeTask =
  (status: "NOT_STARTED" | "SUBMITTED" = "NOT_STARTED") =>
  () =>
    makeTask(w, { agencyId: w.agencies.finance.id, supporters: [w.agencies.district.id], status });

const CASES: Case[] = [
  {
    action: "task.status (lead agency moves status/progress)",
    allowed: ["homeAffairs", "financeHead", "financeStaff"],
    setup: financeTask(),
    // onBehalf: Sở Nội vụ, outside the lead agency, says so (tasks-on-behalf.test.ts); members ignore the flag
    run: (u, t) =>
      updateTaskStatus(u, {
        taskId: t.id,
        version: t.version,
        status: "IN_PROGRESS",
        progress: 20,
        note: "Bắt đầu",
        onBehalf: true,
      }),
    after: { status: "IN_PROGRESS", progress: 20 },
  },
  {
    action: "task.comment (note without status)",
    allowed: ["homeAffairs", "financeHead", "financeStaff", "districtHead"],
    setup: financeTask(),
    run: (u, t) =>
      commentOnTask(u, {
        taskId: t.id,
        version: t.version,
        note: "Đã phối hợp cung cấp số liệu",
        links: ["https://lamdong.gov.vn/tin"],
      }),
    after: { status: "NOT_STARTED", progress: 0 },
  },
  {
    action: "task.review accept",
    allowed: ["homeAffairs"],
    setup: financeTask("SUBMITTED"),
    run: (u, t) => reviewTask(u, { taskId: t.id, version: t.version, decision: "ACCEPT" }),
    after: { status: "ACCEPTED", progress: 100 },
  },
  {
    action: "task.review return with a reason",
    allowed: ["homeAffairs"],
    setup: financeTask("SUBMITTED"),
    run: (u, t) =>
      reviewTask(u, { taskId: t.id, version: t.version, decision: "RETURN", reason: "Thiếu văn bản công khai" }),
    after: { status: "RETURNED" },
  },
  {
    action: "task.assign (unassigned duty)",
    allowed: ["homeAffairs"],
    setup: () => makeTask(w, { agencyId: null, criterion: null }),
    run: (u, t) => assignTask(u, { taskId: t.id, version: t.version, agencyId: w.agencies.finance.id }),
    after: { agencyId: "finance" },
  },
];

describe.each(CASES)("$action", (c) => {
  it.each(EVERYONE)("%s", async (key) => {
    const task = await c.setup();
    const before = await taskState(task.id);
    const user = w.users[key];
    const result = await c.run(user, task);
    const after = await taskState(task.id);
    if (!c.allowed.includes(key)) {
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(after).toEqual(before);
      return;
    }
    expect(result).toMatchObject({ ok: true });
    const expected = { ...c.after, agencyId: c.after?.agencyId ? w.agencies.finance.id : undefined };
    expect(after.task).toMatchObject(
      Object.fromEntries(Object.entries({ ...expected, version: task.version + 1 }).filter(([, v]) => v !== undefined)),
    );
    expect(after.updates).toHaveLength(before.updates.length + 1);
    expect(after.updates.at(-1)).toMatchObject({ userId: user.id });
    expect(after.audits).toHaveLength(before.audits.length + 1);
    expect(after.audits.at(-1)).toMatchObject({
      userId: user.id,
      provinceId: w.provinceId,
      entityId: task.id,
      before: { version: task.version },
    });
    expect((after.audits.at(-1)?.after as { version: number }).version).toBe(task.version + 1);
  });
});

describe("task.read (page loader and GET route share it)", () => {
  const readers: UserKey[] = ["homeAffairs", "leader", "financeHead", "financeStaff", "districtHead"];
  it.each(EVERYONE)("%s", async (key) => {
    const task = await financeTask()();
    const loaded = await loadTaskDetail(w.users[key], task.id);
    expect(loaded.status).toBe(readers.includes(key) ? "ok" : "forbidden");
    if (loaded.status === "forbidden") expect(loaded).toEqual({ status: "forbidden" }); // nothing leaks with a refusal
  });

  it("offers each role only its own forms", async () => {
    const task = await financeTask()();
    const can = async (key: UserKey) => {
      const loaded = await loadTaskDetail(w.users[key], task.id);
      return loaded.status === "ok" ? loaded.data.can : null;
    };
    expect(await can("financeStaff")).toMatchObject({
      edit: "status",
      review: false,
      nextStatuses: ["IN_PROGRESS", "SUBMITTED"],
    });
    expect(await can("districtHead")).toMatchObject({ edit: "comment", review: false, nextStatuses: [] });
    expect(await can("leader")).toMatchObject({ edit: null, review: false, assign: false, evidence: true });
    expect(await can("homeAffairs")).toMatchObject({ edit: "status" });
  });

  it("refuses a user of another province as not found", async () => {
    const task = await financeTask()();
    const other = await buildTaskWorld();
    expect(await loadTaskDetail(other.users.homeAffairs, task.id)).toEqual({ status: "not_found" });
    const before = await taskState(task.id);
    expect(
      await updateTaskStatus(other.users.homeAffairs, { taskId: task.id, version: 0, status: "IN_PROGRESS" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await taskState(task.id)).toEqual(before);
  });
});

describe("signed out", () => {
  it("is refused before anything is read", async () => {
    const task = await financeTask()();
    const before = await taskState(task.id);
    for (const result of [
      await updateTaskStatus(null, { taskId: task.id, version: 0, status: "IN_PROGRESS" }),
      await commentOnTask(null, { taskId: task.id, version: 0, note: "x" }),
      await reviewTask(null, { taskId: task.id, version: 0, decision: "ACCEPT" }),
      await assignTask(null, { taskId: task.id, version: 0, agencyId: w.agencies.finance.id }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(await taskState(task.id)).toEqual(before);
  });
});
