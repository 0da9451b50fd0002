// The status workflow as stored: valid transitions, forced progress, reasons, and refusals that change nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-flow-${process.pid}-${Date.now()}`;
});

import { db } from "@/lib/db";
import { assignTask, commentOnTask, reviewTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { TASK_ERRORS } from "@/lib/tasks/strings";
import { buildTaskWorld, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";

let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});

const lead = () => w.users.financeStaff;
const task = (
  status: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "ACCEPTED" | "RETURNED" = "NOT_STARTED",
  progress?: number,
) => makeTask(w, { agencyId: w.agencies.finance.id, supporters: [w.agencies.district.id], status, progress });

async function expectRefused(taskId: string, attempt: () => Promise<unknown>, match: Record<string, unknown>) {
  const before = await taskState(taskId);
  expect(await attempt()).toMatchObject({ ok: false, ...match });
  expect(await taskState(taskId)).toEqual(before);
}

describe("lead agency", () => {
  it("walks NOT_STARTED → IN_PROGRESS → SUBMITTED, progress forced to 100, history old → new", async () => {
    const t = await task();
    expect(
      await updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "IN_PROGRESS", progress: 30 }),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    expect(
      await updateTaskStatus(lead(), { taskId: t.id, version: 1, progress: 60, note: "Đã xong dự thảo" }),
    ).toMatchObject({ ok: true });
    expect(
      await updateTaskStatus(lead(), { taskId: t.id, version: 2, status: "SUBMITTED", progress: 70 }),
    ).toMatchObject({ ok: true });
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ status: "SUBMITTED", progress: 100, version: 3 });
    expect(state.updates.map((u) => [u.fromStatus, u.toStatus, u.progress, u.note])).toEqual([
      ["NOT_STARTED", "IN_PROGRESS", 30, null],
      [null, null, 60, "Đã xong dự thảo"],
      ["IN_PROGRESS", "SUBMITTED", 100, null],
    ]);
    expect(state.audits.map((a) => a.action)).toEqual(["task.status", "task.status", "task.status"]);
    expect(state.audits[2]).toMatchObject({
      before: { status: "IN_PROGRESS", progress: 60 },
      after: { status: "SUBMITTED", progress: 100 },
    });
  });

  it("may submit straight from NOT_STARTED, and resubmit after a return", async () => {
    const t = await task();
    expect(await updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "SUBMITTED" })).toMatchObject({
      ok: true,
    });
    expect(
      await reviewTask(w.users.homeAffairs, {
        taskId: t.id,
        version: 1,
        decision: "RETURN",
        reason: "Bổ sung minh chứng",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await updateTaskStatus(lead(), { taskId: t.id, version: 2, status: "SUBMITTED", note: "Đã bổ sung" }),
    ).toMatchObject({ ok: true });
    expect((await taskState(t.id)).task).toMatchObject({ status: "SUBMITTED", version: 3 });
  });

  it("cannot move backwards or skip review", async () => {
    const t = await task("IN_PROGRESS", 40);
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "NOT_STARTED" }), {
      code: "INVALID",
    });
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "ACCEPTED" }), {
      code: "INVALID",
    });
  });

  it("cannot change a submitted task, but can still add evidence to it", async () => {
    const t = await task("SUBMITTED");
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "NOT_STARTED" }), {
      code: "INVALID",
    });
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0, progress: 50 }), {
      message: TASK_ERRORS.submittedLocked,
    });
    expect(
      await commentOnTask(lead(), { taskId: t.id, version: 0, links: ["https://lamdong.gov.vn/cong-khai"] }),
    ).toMatchObject({ ok: true });
  });

  it("may withdraw (“Rút lại”) a submission not yet reviewed, but not one already reviewed", async () => {
    const t = await task("SUBMITTED");
    expect(
      await updateTaskStatus(lead(), {
        taskId: t.id,
        version: 0,
        status: "IN_PROGRESS",
        progress: 90,
        note: "Rút lại để bổ sung",
      }),
    ).toMatchObject({ ok: true });
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ status: "IN_PROGRESS", progress: 90 });
    expect(state.updates.at(-1)).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "IN_PROGRESS" });
    const reviewed = await task("SUBMITTED");
    expect(
      await reviewTask(w.users.homeAffairs, { taskId: reviewed.id, version: 0, decision: "ACCEPT" }),
    ).toMatchObject({ ok: true });
    await expectRefused(
      reviewed.id,
      () => updateTaskStatus(lead(), { taskId: reviewed.id, version: 1, status: "IN_PROGRESS" }),
      { message: TASK_ERRORS.acceptedFinal },
    );
    // a stale withdraw form after the review loses on the version check
    const raced = await task("SUBMITTED");
    await reviewTask(w.users.homeAffairs, {
      taskId: raced.id,
      version: 0,
      decision: "RETURN",
      reason: "Thiếu số liệu",
    });
    await expectRefused(
      raced.id,
      () => updateTaskStatus(lead(), { taskId: raced.id, version: 0, status: "IN_PROGRESS" }),
      { code: "CONFLICT" },
    );
  });

  it("cannot touch an accepted task at all", async () => {
    const t = await task("ACCEPTED");
    await expectRefused(
      t.id,
      () => updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "IN_PROGRESS", note: "Làm lại" }),
      { message: TASK_ERRORS.acceptedFinal },
    );
    await expectRefused(t.id, () => commentOnTask(lead(), { taskId: t.id, version: 0, note: "Ghi chú" }), {
      message: TASK_ERRORS.acceptedFinal,
    });
  });

  it("refuses progress on a task not started, and an empty update", async () => {
    const t = await task();
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0, progress: 10 }), {
      message: TASK_ERRORS.progressNotStarted,
      fieldErrors: { progress: [TASK_ERRORS.progressNotStarted] },
    });
    await expectRefused(t.id, () => updateTaskStatus(lead(), { taskId: t.id, version: 0 }), {
      message: TASK_ERRORS.nothingToSave,
    });
    await expectRefused(
      t.id,
      () => updateTaskStatus(lead(), { taskId: t.id, version: 0, status: "IN_PROGRESS", progress: 101 }),
      { code: "INVALID", fieldErrors: { progress: [TASK_ERRORS.progressRange] } },
    );
    await expectRefused(t.id, () => commentOnTask(w.users.districtHead, { taskId: t.id, version: 0, note: "   " }), {
      fieldErrors: { note: [TASK_ERRORS.commentEmpty] },
    });
  });

  it("accepts only http(s) links", async () => {
    const t = await task();
    for (const link of ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.vn/a", "không phải link"]) {
      await expectRefused(t.id, () => commentOnTask(lead(), { taskId: t.id, version: 0, links: [link] }), {
        code: "INVALID",
        fieldErrors: { "links.0": [TASK_ERRORS.link] },
      });
    }
  });

  it("stores notes in NFC", async () => {
    const t = await task();
    await commentOnTask(lead(), { taskId: t.id, version: 0, note: "  Đa\u0303 hoa\u0300n tha\u0300nh  " });
    expect((await taskState(t.id)).updates[0]?.note).toBe("Đã hoàn thành");
  });
});

describe("Sở Nội vụ", () => {
  it("returns only with a reason, and only submitted tasks", async () => {
    const t = await task("SUBMITTED");
    await expectRefused(t.id, () => reviewTask(w.users.homeAffairs, { taskId: t.id, version: 0, decision: "RETURN" }), {
      fieldErrors: { reason: [TASK_ERRORS.reasonRequired] },
    });
    const open = await task("IN_PROGRESS", 10);
    await expectRefused(
      open.id,
      () => reviewTask(w.users.homeAffairs, { taskId: open.id, version: 0, decision: "ACCEPT" }),
      { message: TASK_ERRORS.reviewNotSubmitted },
    );
  });

  it("reopens an accepted task only with a reason", async () => {
    const t = await task("ACCEPTED");
    await expectRefused(
      t.id,
      () => updateTaskStatus(w.users.homeAffairs, { taskId: t.id, version: 0, status: "IN_PROGRESS" }),
      { message: TASK_ERRORS.reopenReason, fieldErrors: { note: [TASK_ERRORS.reopenReason] } },
    );
    expect(
      await updateTaskStatus(w.users.homeAffairs, {
        taskId: t.id,
        version: 0,
        status: "IN_PROGRESS",
        progress: 80,
        note: "Thanh tra phát hiện thiếu số liệu",
      }),
    ).toMatchObject({ ok: true });
    expect((await taskState(t.id)).task).toMatchObject({ status: "IN_PROGRESS", progress: 80 });
  });

  it("assigns a duty once, to an agency of the province, and records it", async () => {
    const t = await makeTask(w, { agencyId: null, criterion: null });
    await expectRefused(
      t.id,
      () => updateTaskStatus(w.users.homeAffairs, { taskId: t.id, version: 0, status: "IN_PROGRESS" }),
      { message: TASK_ERRORS.unassigned },
    );
    const other = await buildTaskWorld();
    await expectRefused(
      t.id,
      () => assignTask(w.users.homeAffairs, { taskId: t.id, version: 0, agencyId: other.agencies.finance.id }),
      { fieldErrors: { agencyId: [TASK_ERRORS.agencyNotFound] } },
    );
    expect(
      await assignTask(w.users.homeAffairs, { taskId: t.id, version: 0, agencyId: w.agencies.health.id }),
    ).toMatchObject({ ok: true });
    const state = await taskState(t.id);
    expect(state.task?.agencyId).toBe(w.agencies.health.id);
    expect(state.updates[0]?.note).toBe("Giao Sở Y tế chủ trì thực hiện.");
    expect(state.audits[0]).toMatchObject({
      action: "task.assign",
      agencyId: w.agencies.health.id,
      before: { agencyId: null },
      after: { agencyId: w.agencies.health.id },
    });
    await expectRefused(
      t.id,
      () => assignTask(w.users.homeAffairs, { taskId: t.id, version: 1, agencyId: w.agencies.finance.id }),
      { message: TASK_ERRORS.alreadyAssigned },
    );
  });

  it("cannot give a duty to an agency that already has the same duty", async () => {
    const mine = await makeTask(w, { agencyId: w.agencies.finance.id, criterion: null });
    const copy = await makeTask(w, { agencyId: null, criterion: null });
    await db.task.update({ where: { id: copy.id }, data: { sourceRef: mine.sourceRef } });
    await expectRefused(
      copy.id,
      () => assignTask(w.users.homeAffairs, { taskId: copy.id, version: 0, agencyId: w.agencies.finance.id }),
      { message: TASK_ERRORS.agencyHasTask },
    );
  });
});
