// "Lãnh đạo cơ quan duyệt": with the agency's switch on, a staff member's "hoàn thành" waits for the head (still
// work in progress for every count, not in Sở Nội vụ's queue), who forwards it (→ SUBMITTED, staff as the one who
// did it, head as approver) or sends it back with a reason; the staff member may withdraw it. Refusals change nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-head-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { POST as postDecision } from "@/app/api/tasks/[id]/duyet-hoan-thanh/route";
import { setHeadApproval } from "@/lib/agency-admin/settings-mutations";
import type { SessionUser } from "@/lib/auth/session";
import { openDueCycles } from "@/lib/cycles/open";
import { db } from "@/lib/db";
import { provinceTodayIso } from "@/lib/format";
import { loadOverview } from "@/lib/overview/data";
import { MESSAGES } from "@/lib/server/mutation";
import { headDecisionAction } from "@/lib/tasks/actions";
import { APPROVAL_ERRORS } from "@/lib/tasks/approval-strings";
import { summarizeBoard } from "@/lib/tasks/board-view";
import { loadAgencyBoard, loadReviewQueue, loadTaskDetail } from "@/lib/tasks/data";
import { decideHeadApproval, withdrawHeadApproval } from "@/lib/tasks/head-approval";
import { reviewTask, updateTaskStatus } from "@/lib/tasks/mutations";
import {
  buildTaskWorld,
  day,
  makeTask,
  readPageSession,
  removeEvidenceDir,
  type TaskWorld,
  taskState,
} from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let other: TaskWorld; // another province
let staff2: SessionUser; // a second staff member of Sở Tài chính
let healthStaff: SessionUser; // staff of Sở Y tế, whose switch stays off

async function staffOf(world: TaskWorld, agencyId: string, key: string): Promise<SessionUser> {
  const row = await db.user.create({
    data: {
      provinceId: world.provinceId,
      email: `${key}.${randomUUID().slice(0, 8)}@test.par.vn`,
      name: `Cán bộ ${key}`,
      role: "AGENCY_STAFF",
      agencyId,
      passwordHash: "x",
    },
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: "AGENCY_STAFF",
    provinceId: world.provinceId,
    provinceName: world.province.name,
    agencyId,
    agencyName: null,
  };
}

afterAll(removeEvidenceDir);
beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  staff2 = await staffOf(w, w.agencies.finance.id, "tc-canbo2");
  healthStaff = await staffOf(w, w.agencies.health.id, "yt-canbo");
  const on = await setHeadApproval(w.users.homeAffairs, { agencyId: w.agencies.finance.id, on: true });
  expect(on).toMatchObject({ ok: true, data: { on: true } });
});

const financeTask = (status: "NOT_STARTED" | "IN_PROGRESS" | "RETURNED" = "IN_PROGRESS") =>
  makeTask(w, { agencyId: w.agencies.finance.id, status, progress: status === "IN_PROGRESS" ? 40 : 0 });
const staff = () => w.users.financeStaff;
const head = () => w.users.financeHead;
/** The shell's review badge as Sở Nội vụ's pages read it, with the session (lib/auth/session-read.ts). */
async function reviewBadge(): Promise<number> {
  const count = (await readPageSession(w.users.homeAffairs.id, "head-approval")).shell.reviewCount;
  if (count === null) throw new Error("Sở Nội vụ's page has no review badge");
  return count;
}

/** The staff member marks the task "hoàn thành"; returns the task's new version. */
async function askHead(taskId: string, version = 0, by = staff()): Promise<number> {
  const result = await updateTaskStatus(by, { taskId, version, status: "SUBMITTED", note: "Đã xong" });
  expect(result).toMatchObject({ ok: true });
  return result.ok ? result.data.version : -1;
}

/** Who waits on the task's current cycle (the newest), or null. */
const waitingOn = async (taskId: string) =>
  (
    await db.taskCycle.findFirstOrThrow({
      where: { taskId },
      orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { key: "desc" }],
      select: { headApprovalRequestedById: true },
    })
  ).headApprovalRequestedById;

async function expectRefused(taskId: string, attempt: () => Promise<unknown>, match: Record<string, unknown>) {
  const before = await taskState(taskId);
  const waitingBefore = await waitingOn(taskId);
  expect(await attempt()).toMatchObject({ ok: false, ...match });
  expect(await taskState(taskId)).toEqual(before);
  expect(await waitingOn(taskId)).toBe(waitingBefore);
}

describe("the agency switch", () => {
  it("is off by default, set by Sở Nội vụ or the agency's own head, audited; others are refused", async () => {
    expect((await db.agency.findUniqueOrThrow({ where: { id: w.agencies.district.id } })).headApprovesTasks).toBe(
      false,
    );
    expect(await setHeadApproval(w.users.districtHead, { agencyId: w.agencies.district.id, on: "true" })).toMatchObject(
      { ok: true },
    );
    expect(
      await setHeadApproval(w.users.districtHead, { agencyId: w.agencies.district.id, on: "false" }),
    ).toMatchObject({ ok: true });
    const audits = await db.auditLog.findMany({
      where: { entity: "Agency", entityId: w.agencies.district.id, action: "agency.head_approval" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.after)).toEqual([{ headApprovesTasks: true }, { headApprovesTasks: false }]);
    for (const user of [w.users.healthHead, w.users.financeStaff, w.users.leader, other.users.homeAffairs]) {
      expect(await setHeadApproval(user, { agencyId: w.agencies.district.id, on: true })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: MESSAGES.FORBIDDEN,
      });
    }
    expect((await db.agency.findUniqueOrThrow({ where: { id: w.agencies.district.id } })).headApprovesTasks).toBe(
      false,
    );
  });
});

describe("a staff member's hoàn thành", () => {
  it("goes straight to Sở Nội vụ when the agency's switch is off", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.health.id, status: "IN_PROGRESS", progress: 50 });
    await askHead(t.id, 0, healthStaff);
    expect((await taskState(t.id)).task).toMatchObject({ status: "SUBMITTED", progress: 100 });
    expect(await waitingOn(t.id)).toBeNull();
  });

  it("waits for the head: in progress at 100 %, not in the review queue or its count, on the head's board, head notified", async () => {
    const countBefore = await reviewBadge();
    const t = await financeTask();
    await askHead(t.id);
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ status: "IN_PROGRESS", progress: 100, version: 1 });
    expect(state.audits.map((a) => a.action)).toEqual(["task.approval_request"]);
    expect(await waitingOn(t.id)).toBe(staff().id);
    expect(await reviewBadge()).toBe(countBefore);
    const queue = await loadReviewQueue(w.users.homeAffairs);
    expect(queue.status === "ok" && queue.data.items.some((i) => i.id === t.id)).toBe(false);
    const board = await loadAgencyBoard(head(), w.agencies.finance.id);
    const card = board.status === "ok" ? board.data.cards.find((c) => c.id === t.id) : undefined;
    expect(card).toMatchObject({ status: "IN_PROGRESS", awaitingHead: true });
    const notes = await db.notification.findMany({ where: { userId: head().id, kind: "task.approval" } });
    expect(notes.some((n) => n.href === `/nhiem-vu/${t.id}` && n.body.includes(staff().name))).toBe(true);
    const detail = await loadTaskDetail(head(), t.id);
    expect(detail.status === "ok" && detail.data.can).toMatchObject({ approve: true, nextStatuses: [] });
    expect(detail.status === "ok" && detail.data.headApproval?.requestedBy).toBe(staff().name);
  });

  it("is forwarded by the head: SUBMITTED, the staff member as author and the head as approver, then in the queue", async () => {
    const t = await financeTask("RETURNED");
    const version = await askHead(t.id);
    expect(
      await decideHeadApproval(head(), { taskId: t.id, version, decision: "FORWARD", reason: "Đồng ý" }),
    ).toMatchObject({ ok: true, data: { version: version + 1 } });
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ status: "SUBMITTED", progress: 100 });
    const last = state.updates.at(-1);
    expect(last).toMatchObject({
      userId: staff().id,
      approvedById: head().id,
      fromStatus: "IN_PROGRESS",
      toStatus: "SUBMITTED",
      note: "Đồng ý",
    });
    expect(state.audits.map((a) => [a.action, a.userId])).toEqual([
      ["task.approval_request", staff().id],
      ["task.approve", head().id],
    ]);
    expect(await waitingOn(t.id)).toBeNull();
    const queue = await loadReviewQueue(w.users.homeAffairs);
    expect(queue.status === "ok" && queue.data.items.some((i) => i.id === t.id)).toBe(true);
    expect(
      await reviewTask(w.users.homeAffairs, { taskId: t.id, version: version + 1, decision: "ACCEPT" }),
    ).toMatchObject({ ok: true });
  });

  it("is sent back by the head only with a reason; the staff member is told why", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    await expectRefused(t.id, () => decideHeadApproval(head(), { taskId: t.id, version, decision: "RETURN" }), {
      code: "INVALID",
      fieldErrors: { reason: [APPROVAL_ERRORS.reasonRequired] },
    });
    expect(
      await decideHeadApproval(head(), { taskId: t.id, version, decision: "RETURN", reason: "Thiếu quyết định" }),
    ).toMatchObject({ ok: true });
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ status: "IN_PROGRESS" });
    expect(state.updates.at(-1)?.note).toContain("Thiếu quyết định");
    expect(await waitingOn(t.id)).toBeNull();
    const notes = await db.notification.findMany({ where: { userId: staff().id, kind: "task.sent_back" } });
    expect(notes.some((n) => n.body.includes("Thiếu quyết định"))).toBe(true);
    // worked on again and resubmitted: it waits again
    await askHead(t.id, version + 1);
    expect(await waitingOn(t.id)).toBe(staff().id);
  });

  it("can be withdrawn by the one who asked, and no one else", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    await expectRefused(t.id, () => withdrawHeadApproval(staff2, { taskId: t.id, version }), {
      code: "INVALID",
      message: APPROVAL_ERRORS.onlyRequester,
    });
    await expectRefused(t.id, () => withdrawHeadApproval(head(), { taskId: t.id, version }), {
      code: "INVALID",
      message: APPROVAL_ERRORS.onlyRequester,
    });
    expect(await withdrawHeadApproval(staff(), { taskId: t.id, version })).toMatchObject({ ok: true });
    expect(await waitingOn(t.id)).toBeNull();
    expect((await taskState(t.id)).audits.at(-1)?.action).toBe("task.approval_withdraw");
    // nothing waits any more: the head has nothing to decide
    await expectRefused(
      t.id,
      () => decideHeadApproval(head(), { taskId: t.id, version: version + 1, decision: "FORWARD" }),
      { code: "INVALID", message: APPROVAL_ERRORS.notWaiting },
    );
  });

  it("locks status and progress while it waits, for the staff and for Sở Nội vụ acting on behalf", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    await expectRefused(
      t.id,
      () => updateTaskStatus(staff(), { taskId: t.id, version, status: "IN_PROGRESS", progress: 90 }),
      { code: "INVALID", fieldErrors: { status: [APPROVAL_ERRORS.waitingLocked] } },
    );
    await expectRefused(
      t.id,
      () => updateTaskStatus(w.users.homeAffairs, { taskId: t.id, version, status: "SUBMITTED", onBehalf: true }),
      { code: "INVALID", fieldErrors: { status: [APPROVAL_ERRORS.waitingLocked] } },
    );
    await expectRefused(t.id, () => reviewTask(w.users.homeAffairs, { taskId: t.id, version, decision: "ACCEPT" }), {
      code: "INVALID",
    });
  });
});

describe("the numbers", () => {
  it("count a hoàn thành waiting for the head as in progress (overview, board summary), never as submitted", async () => {
    const overviewCounts = async () => {
      const { rows } = await loadOverview({ provinceId: w.provinceId }, w.plan.id, provinceTodayIso());
      const row = rows.find((r) => r.agencyId === w.agencies.finance.id);
      if (!row) throw new Error("no overview row for Sở Tài chính");
      return row.counts;
    };
    const summary = async () => {
      const board = await loadAgencyBoard(head(), w.agencies.finance.id);
      if (board.status !== "ok") throw new Error(board.status);
      return summarizeBoard(board.data.cards);
    };
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "NOT_STARTED", dueOn: day("2021-12-31") });
    const [countsBefore, summaryBefore] = [await overviewCounts(), await summary()];
    await askHead(t.id);
    expect(await overviewCounts()).toEqual({
      ...countsBefore,
      NOT_STARTED: countsBefore.NOT_STARTED - 1,
      IN_PROGRESS: countsBefore.IN_PROGRESS + 1,
    });
    // still overdue (only accepted work is not), one more waiting for the head, none more for Sở Nội vụ
    expect(await summary()).toEqual({ ...summaryBefore, awaitingHead: summaryBefore.awaitingHead + 1 });
  });
});

describe("the next cycle", () => {
  it("does not open over a hoàn thành waiting for the head (as for work waiting for Sở Nội vụ)", async () => {
    const recurring = () =>
      makeTask(w, {
        agencyId: w.agencies.finance.id,
        status: "IN_PROGRESS",
        progress: 40,
        recurrence: "YEARLY",
        dueOn: day("2026-12-31"),
      });
    const waiting = await recurring();
    const control = await recurring();
    await askHead(waiting.id);
    await openDueCycles(new Date("2027-01-15T03:00:00Z"), { planIds: [w.plan.id] });
    const keys = async (taskId: string) =>
      (await db.taskCycle.findMany({ where: { taskId }, select: { key: true } })).map((c) => c.key);
    expect(await keys(control.id)).toContain("2027");
    expect(await keys(waiting.id)).not.toContain("2027");
    expect((await taskState(waiting.id)).task).toMatchObject({ status: "IN_PROGRESS", progress: 100 });
    expect(await waitingOn(waiting.id)).toBe(staff().id);
  });
});

describe("who may decide", () => {
  it("refuses the staff, another agency's head, another province and leadership; nothing changes", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    for (const user of [
      staff(),
      staff2,
      w.users.healthHead,
      w.users.leader,
      w.users.homeAffairs,
      other.users.financeHead,
    ]) {
      await expectRefused(t.id, () => decideHeadApproval(user, { taskId: t.id, version, decision: "FORWARD" }), {
        code: "FORBIDDEN",
        message: MESSAGES.FORBIDDEN,
      });
    }
    expect(await waitingOn(t.id)).toBe(staff().id);
  });

  it("sends a head's own hoàn thành straight to Sở Nội vụ", async () => {
    const t = await financeTask();
    expect(await updateTaskStatus(head(), { taskId: t.id, version: 0, status: "SUBMITTED" })).toMatchObject({
      ok: true,
    });
    expect((await taskState(t.id)).task).toMatchObject({ status: "SUBMITTED" });
    expect(await waitingOn(t.id)).toBeNull();
  });

  it("lets one of two parallel forwards win; the other is refused and the task is submitted once", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    const results = await Promise.all([
      decideHeadApproval(head(), { taskId: t.id, version, decision: "FORWARD" }),
      decideHeadApproval(head(), { taskId: t.id, version, decision: "FORWARD" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    const state = await taskState(t.id);
    expect(state.updates.filter((u) => u.toStatus === "SUBMITTED")).toHaveLength(1);
    expect(state.audits.filter((a) => a.action === "task.approve")).toHaveLength(1);
  });
});

describe("the form and the API answer refusals in Vietnamese", () => {
  it("server action: a staff member cannot approve; a return without reason is explained next to the field", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries({ taskId: t.id, version: String(version), ...fields })) data.set(k, v);
      return data;
    };
    signInAs(staff());
    expect(await headDecisionAction(undefined, form({ decision: "FORWARD" }))).toMatchObject({
      status: "error",
      message: MESSAGES.FORBIDDEN,
    });
    signInAs(head());
    expect(await headDecisionAction(undefined, form({ decision: "RETURN" }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: [APPROVAL_ERRORS.reasonRequired] },
    });
    expect(await waitingOn(t.id)).toBe(staff().id);
  });

  it("API: 403 for another agency's head, 422 without a reason, 200 for the head", async () => {
    const t = await financeTask();
    const version = await askHead(t.id);
    const post = (body: unknown) =>
      postDecision(new Request("http://x/api", { method: "POST", body: JSON.stringify(body) }), {
        params: Promise.resolve({ id: t.id }),
      });
    signInAs(w.users.healthHead);
    const refused = await post({ version, decision: "FORWARD" });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: MESSAGES.FORBIDDEN });
    signInAs(head());
    const noReason = await post({ version, decision: "RETURN" });
    expect(noReason.status).toBe(422);
    expect(await noReason.json()).toMatchObject({ fieldErrors: { reason: [APPROVAL_ERRORS.reasonRequired] } });
    const ok = await post({ version, decision: "FORWARD" });
    expect(ok.status).toBe(200);
    expect((await taskState(t.id)).task).toMatchObject({ status: "SUBMITTED" });
  });
});
