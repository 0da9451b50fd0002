// Two people update the same task from the same version: exactly one wins, the other gets CONFLICT with the
// task as it now is ("đã có người cập nhật"), and nothing the winner wrote is lost or overwritten.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-conc-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { PATCH as patchTask } from "@/app/api/tasks/[id]/route";
import { saveTaskUpdateAction } from "@/lib/tasks/actions";
import { commentOnTask, reviewTask, saveTaskUpdate, updateTaskStatus } from "@/lib/tasks/mutations";
import { TASK_ERRORS } from "@/lib/tasks/strings";
import {
  buildTaskWorld,
  evidenceFiles,
  makeTask,
  pdfUpload,
  removeEvidenceDir,
  type TaskWorld,
  taskState,
} from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
afterAll(removeEvidenceDir);
beforeAll(async () => {
  w = await buildTaskWorld();
});
beforeEach(() => signInAs(w.users.financeStaff));

const newTask = () =>
  makeTask(w, {
    agencyId: w.agencies.finance.id,
    supporters: [w.agencies.district.id],
    status: "IN_PROGRESS",
    progress: 10,
  });

describe("concurrent updates", () => {
  it("in parallel from the same version: one wins, the other gets the new state", async () => {
    const t = await newTask();
    const [a, b] = await Promise.all([
      updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, progress: 40, note: "Trưởng phòng cập nhật" }),
      updateTaskStatus(w.users.financeStaff, {
        taskId: t.id,
        version: 0,
        status: "SUBMITTED",
        note: "Cán bộ báo hoàn thành",
      }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers[0]).toMatchObject({ code: "CONFLICT", message: TASK_ERRORS.conflict, current: { version: 1 } });
    const state = await taskState(t.id);
    expect(state.task?.version).toBe(1);
    expect(state.updates).toHaveLength(1);
    expect(state.audits).toHaveLength(1);
    // The loser is shown exactly what the winner left.
    const current = (losers[0] as { current: { status: string; progress: number; lastUpdate: { note: string } } })
      .current;
    expect(current).toMatchObject({
      status: state.task?.status,
      progress: state.task?.progress,
      lastUpdate: { note: state.updates[0]?.note },
    });
  });

  it("many writers at once: versions stay a gap-free sequence, one history row per success", async () => {
    const t = await newTask();
    const writers = [w.users.financeHead, w.users.financeStaff, w.users.districtHead, w.users.homeAffairs];
    const results = await Promise.all(
      writers.map((u, i) => commentOnTask(u, { taskId: t.id, version: 0, note: `Ghi chú ${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "CONFLICT")).toBe(true);
    expect((await taskState(t.id)).updates).toHaveLength(1);
  });

  it("a stale form (someone saved since it was opened) is refused with the new state", async () => {
    const t = await makeTask(w, {
      agencyId: w.agencies.finance.id,
      supporters: [w.agencies.district.id],
      status: "SUBMITTED",
    });
    expect(
      await reviewTask(w.users.homeAffairs, {
        taskId: t.id,
        version: 0,
        decision: "RETURN",
        reason: "Thiếu quyết định công khai",
      }),
    ).toMatchObject({ ok: true });
    const before = await taskState(t.id);
    const stale = await commentOnTask(w.users.districtHead, { taskId: t.id, version: 0, note: "Phối hợp xong" });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      current: {
        status: "RETURNED",
        version: 1,
        lastUpdate: { note: "Thiếu quyết định công khai", toStatus: "RETURNED" },
      },
    });
    expect(await taskState(t.id)).toEqual(before);
  });

  it("a stale upload is refused and leaves no file behind", async () => {
    const t = await newTask();
    await commentOnTask(w.users.financeHead, { taskId: t.id, version: 0, note: "Trước" });
    const files = evidenceFiles();
    const result = await saveTaskUpdate(w.users.financeStaff, "status", { taskId: t.id, version: 0, progress: 50 }, [
      pdfUpload(),
    ]);
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(evidenceFiles()).toEqual(files);
  });

  it("the form's server action returns the message and the current state for display", async () => {
    const t = await newTask();
    await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, progress: 70, note: "Đã cập nhật 70 %" });
    const data = new FormData();
    for (const [k, v] of Object.entries({
      taskId: t.id,
      version: "0",
      intent: "status",
      progress: "20",
      note: "Nội dung tôi đã gõ",
    }))
      data.append(k, v);
    const state = await saveTaskUpdateAction({ status: "idle" }, data);
    expect(state).toMatchObject({
      status: "error",
      message: TASK_ERRORS.conflict,
      current: { progress: 70, version: 1, lastUpdate: { note: "Đã cập nhật 70 %" } },
    });
  });

  it("PATCH answers 409 with the current state", async () => {
    const t = await newTask();
    await updateTaskStatus(w.users.financeHead, { taskId: t.id, version: 0, progress: 30 });
    const response = await patchTask(
      new Request("http://t", { method: "PATCH", body: JSON.stringify({ version: 0, progress: 90 }) }),
      { params: Promise.resolve({ id: t.id }) },
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: "CONFLICT", current: { progress: 30, version: 1 } });
  });
});
