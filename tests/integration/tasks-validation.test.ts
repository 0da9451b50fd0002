// Progress and empty updates are checked on the server, in the form's server action and in the JSON API alike:
// a whole number 0–100 or a Vietnamese message on the progress field, and an update must change something.
// Every refusal leaves the task, its history and the audit log as they were.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-validation-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { PATCH as patchTask } from "@/app/api/tasks/[id]/route";
import { MESSAGES } from "@/lib/server/mutation";
import { saveTaskUpdateAction } from "@/lib/tasks/actions";
import { TASK_ERRORS } from "@/lib/tasks/strings";
import { buildTaskWorld, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});
beforeEach(() => signInAs(w.users.financeStaff));

const inProgress = () => makeTask(w, { agencyId: w.agencies.finance.id, status: "IN_PROGRESS", progress: 30 });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries({ intent: "status", ...fields })) data.set(k, v);
  return data;
}

async function patch(taskId: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await patchTask(
    new Request("http://t/api/tasks/x", {
      method: "PATCH",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
    { params: Promise.resolve({ id: taskId }) },
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const badProgress: [string, unknown, string][] = [
  ["words", "bốn mươi", TASK_ERRORS.progressNotNumber],
  ["above 100", "150", TASK_ERRORS.progressRange],
  ["a decimal (dot)", "40.5", TASK_ERRORS.progressWhole],
  ["a decimal (comma)", "40,5", TASK_ERRORS.progressWhole],
  ["negative", "-5", TASK_ERRORS.progressRange],
  ["exponent", "4e1", TASK_ERRORS.progressNotNumber],
];

describe("progress in the update form (server action)", () => {
  for (const [name, value, message] of badProgress) {
    it(`refuses ${name} next to the field, saving nothing`, async () => {
      const t = await inProgress();
      const before = await taskState(t.id);
      const state = await saveTaskUpdateAction(
        { status: "idle" },
        form({ taskId: t.id, version: "0", progress: String(value) }),
      );
      expect(state).toMatchObject({ status: "error", fieldErrors: { progress: [message] } });
      expect(await taskState(t.id)).toEqual(before);
    });
  }

  it("saves a whole number typed with spaces", async () => {
    const t = await inProgress();
    const state = await saveTaskUpdateAction(
      { status: "idle" },
      form({ taskId: t.id, version: "0", progress: " 45 " }),
    );
    expect(state).toMatchObject({ status: "ok" });
    expect((await taskState(t.id)).task).toMatchObject({ progress: 45, version: 1 });
  });

  it("refuses an update that changes nothing: same progress, no status, no note, no evidence", async () => {
    const t = await inProgress();
    const before = await taskState(t.id);
    const empty: Record<string, string>[] = [{ progress: "30" }, {}, { note: "   " }, { status: "" }];
    for (const fields of empty) {
      const state = await saveTaskUpdateAction({ status: "idle" }, form({ taskId: t.id, version: "0", ...fields }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { note: [TASK_ERRORS.nothingToSave] } });
    }
    const comment = await saveTaskUpdateAction(
      { status: "idle" },
      form({ intent: "comment", taskId: t.id, version: "0", note: " " }),
    );
    expect(comment).toMatchObject({ status: "error", fieldErrors: { note: [TASK_ERRORS.commentEmpty] } });
    expect(await taskState(t.id)).toEqual(before);
  });
});

describe("progress in PATCH /api/tasks/[id]", () => {
  const apiBad: [string, unknown, string][] = [
    ...badProgress,
    ["an empty string", "", TASK_ERRORS.progressNotNumber],
    ["a boolean", true, TASK_ERRORS.progressRange],
    ["a fraction", 40.5, TASK_ERRORS.progressWhole],
    ["a number above 100", 101, TASK_ERRORS.progressRange],
  ];
  for (const [name, value, message] of apiBad) {
    it(`answers 422 for ${name}, saving nothing`, async () => {
      const t = await inProgress();
      const before = await taskState(t.id);
      const { status, json } = await patch(t.id, { version: 0, progress: value });
      expect(status).toBe(422);
      expect(json).toMatchObject({ code: "INVALID", fieldErrors: { progress: [message] } });
      expect(await taskState(t.id)).toEqual(before);
    });
  }

  it("refuses an empty update, and a note of blanks", async () => {
    const t = await inProgress();
    const before = await taskState(t.id);
    expect(await patch(t.id, { version: 0 })).toMatchObject({
      status: 422,
      json: { fieldErrors: { note: [TASK_ERRORS.commentEmpty] } },
    });
    expect(await patch(t.id, { version: 0, note: "  \n " })).toMatchObject({ status: 422 });
    expect(await patch(t.id, { version: 0, progress: 30 })).toMatchObject({
      status: 422,
      json: { fieldErrors: { note: [TASK_ERRORS.nothingToSave] } },
    });
    expect(await taskState(t.id)).toEqual(before);
  });

  it("accepts 0 and 100 as numbers", async () => {
    const t = await inProgress();
    expect(await patch(t.id, { version: 0, progress: 0 })).toMatchObject({ status: 200 });
    expect(await patch(t.id, { version: 1, progress: 100 })).toMatchObject({ status: 200 });
    expect((await taskState(t.id)).task).toMatchObject({ progress: 100, status: "IN_PROGRESS" });
  });
});

describe("text carrying U+0000, which Postgres cannot store (it answered 500)", () => {
  it("PATCH: 422 next to the note, nothing saved", async () => {
    const t = await inProgress();
    const before = await taskState(t.id);
    expect(await patch(t.id, { version: 0, note: "Đã họp\u0000 xong" })).toMatchObject({
      status: 422,
      json: { code: "INVALID", fieldErrors: { note: [MESSAGES.NUL] } },
    });
    expect(await taskState(t.id)).toEqual(before);
  });

  it("the update form: the message on the note field, nothing saved", async () => {
    const t = await inProgress();
    const before = await taskState(t.id);
    const state = await saveTaskUpdateAction(
      { status: "idle" },
      form({ intent: "comment", taskId: t.id, version: "0", note: "a\u0000b" }),
    );
    expect(state).toMatchObject({ status: "error", fieldErrors: { note: [MESSAGES.NUL] } });
    expect(await taskState(t.id)).toEqual(before);
  });
});
