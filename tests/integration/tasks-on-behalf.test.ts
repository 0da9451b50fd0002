// Sở Nội vụ may update a task for its lead agency (after a return, say), but only as an explicit step: without
// "onBehalf" the write is refused and nothing changes; with it, the audit row says it was done on behalf.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-behalf-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { PATCH as patchTask } from "@/app/api/tasks/[id]/route";
import { describeAudit } from "@/lib/audit/describe";
import { saveTaskUpdateAction } from "@/lib/tasks/actions";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { TASK_ERRORS } from "@/lib/tasks/strings";
import { buildTaskWorld, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});
beforeEach(() => signInAs(w.users.homeAffairs));

const returned = () => makeTask(w, { agencyId: w.agencies.finance.id, status: "RETURNED", progress: 60 });

describe("updating for the lead agency", () => {
  it("is refused unless marked as on behalf, in the mutation, the form and the API, changing nothing", async () => {
    const t = await returned();
    const before = await taskState(t.id);
    expect(
      await updateTaskStatus(w.users.homeAffairs, { taskId: t.id, version: 0, status: "SUBMITTED" }),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { onBehalf: [TASK_ERRORS.onBehalfRequired] },
    });
    const form = new FormData();
    for (const [k, v] of Object.entries({ intent: "status", taskId: t.id, version: "0", status: "SUBMITTED" }))
      form.set(k, v);
    expect(await saveTaskUpdateAction({ status: "idle" }, form)).toMatchObject({
      status: "error",
      fieldErrors: { onBehalf: [TASK_ERRORS.onBehalfRequired] },
    });
    const response = await patchTask(
      new Request("http://t", { method: "PATCH", body: JSON.stringify({ version: 0, progress: 70 }) }),
      { params: Promise.resolve({ id: t.id }) },
    );
    expect(response.status).toBe(422);
    expect(await taskState(t.id)).toEqual(before);
  });

  it("is audited as on behalf when marked (form)", async () => {
    const t = await returned();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      intent: "status",
      taskId: t.id,
      version: "0",
      progress: "80",
      onBehalf: "1",
      note: "Sở đề nghị cập nhật hộ",
    }))
      form.set(k, v);
    expect(await saveTaskUpdateAction({ status: "idle" }, form)).toMatchObject({ status: "ok" });
    const state = await taskState(t.id);
    expect(state.task).toMatchObject({ progress: 80, status: "RETURNED" });
    expect(state.audits).toHaveLength(1);
    expect(state.audits[0]).toMatchObject({
      action: "task.status_on_behalf",
      userId: w.users.homeAffairs.id,
      agencyId: w.agencies.finance.id,
      after: { onBehalf: true, progress: 80 },
    });
    expect(describeAudit(state.audits[0]!, new Map()).actionLabel).toBe("Cập nhật nhiệm vụ thay cơ quan chủ trì");
  });

  it("is audited as on behalf when marked (API)", async () => {
    const t = await returned();
    const body = JSON.stringify({ version: 0, status: "SUBMITTED", onBehalf: true });
    const response = await patchTask(new Request("http://t", { method: "PATCH", body }), {
      params: Promise.resolve({ id: t.id }),
    });
    expect(response.status).toBe(200);
    expect((await taskState(t.id)).audits.map((a) => a.action)).toEqual(["task.status_on_behalf"]);
  });

  it("is not needed by the lead agency itself, whose update is an ordinary one", async () => {
    const t = await returned();
    signInAs(w.users.financeStaff);
    expect(await updateTaskStatus(w.users.financeStaff, { taskId: t.id, version: 0, progress: 65 })).toMatchObject({
      ok: true,
    });
    const [audit] = (await taskState(t.id)).audits;
    expect(audit?.action).toBe("task.status");
    expect(audit?.after).not.toHaveProperty("onBehalf");
  });
});
