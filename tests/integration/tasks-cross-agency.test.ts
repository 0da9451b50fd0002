// An agency head (Sở Y tế) tries to read and to update another agency's task (Sở Tài chính's, supported by
// the district) through every path — page loaders, pages, server actions, route handlers, evidence download
// — and is refused each time with nothing changed: task row, history, evidence rows, audit rows, files.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-cross-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import AgencyBoardPage from "@/app/(app)/co-quan/[agencyId]/page";
import TaskPage from "@/app/(app)/nhiem-vu/[taskId]/page";
import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { GET as getTask, PATCH as patchTask } from "@/app/api/tasks/[id]/route";
import { db } from "@/lib/db";
import { assignTaskAction, reviewTaskAction, saveTaskUpdateAction } from "@/lib/tasks/actions";
import { loadAgencyBoard, loadTaskDetail } from "@/lib/tasks/data";
import { saveTaskUpdate } from "@/lib/tasks/mutations";
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
let taskId: string;
let unassignedId: string;
let evidenceId: string;

afterAll(removeEvidenceDir);
beforeAll(async () => {
  w = await buildTaskWorld();
  const task = await makeTask(w, {
    agencyId: w.agencies.finance.id,
    supporters: [w.agencies.district.id],
    status: "SUBMITTED",
  });
  taskId = task.id;
  unassignedId = (await makeTask(w, { agencyId: null, criterion: null })).id;
  const saved = await saveTaskUpdate(w.users.financeHead, "comment", { taskId, version: 0, note: "Báo cáo" }, [
    pdfUpload(),
  ]);
  if (!saved.ok) throw new Error(saved.message);
  evidenceId = (await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } })).id;
});

beforeEach(() => signInAs(w.users.healthHead));

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
/** forbidden(): the page answers HTTP 403 (not a redirect to a page that answers 200). */
const forbidden403 = expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });

/** Runs the attempt and checks that the task and the evidence folder are exactly as before. */
async function unchanged(attempt: () => Promise<unknown>): Promise<unknown> {
  const before = await taskState(taskId);
  const files = evidenceFiles();
  const outcome = await attempt().catch((error: unknown) => error);
  expect(await taskState(taskId)).toEqual(before);
  expect(evidenceFiles()).toEqual(files);
  return outcome;
}

function form(fields: Record<string, string>, file?: File): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  if (file) data.append("files", file);
  return data;
}

describe("reading another agency's task", () => {
  it("page loaders refuse and return nothing", async () => {
    expect(await loadTaskDetail(w.users.healthHead, taskId)).toEqual({ status: "forbidden" });
    expect(await loadAgencyBoard(w.users.healthHead, w.agencies.finance.id)).toEqual({ status: "forbidden" });
    const own = await loadAgencyBoard(w.users.healthHead, w.agencies.health.id);
    expect(own.status === "ok" && own.data.cards.map((c) => c.id)).not.toContain(taskId);
  });

  it("the task page and the other agency's board answer 403", async () => {
    expect(
      await unchanged(() => TaskPage({ params: Promise.resolve({ taskId }), searchParams: Promise.resolve({}) })),
    ).toEqual(forbidden403);
    const board = AgencyBoardPage({
      params: Promise.resolve({ agencyId: w.agencies.finance.id }),
      searchParams: Promise.resolve({}),
    });
    await expect(board).rejects.toEqual(forbidden403);
  });

  it("GET /api/tasks/[id] answers 403 without the task", async () => {
    const response = (await unchanged(() => getTask(new Request("http://t/api/tasks/x"), ctx(taskId)))) as Response;
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).not.toContain("Nhiệm vụ thử");
  });

  it("GET /api/evidence/[id] answers 403 without the file", async () => {
    const response = (await unchanged(() =>
      getEvidence(new Request("http://t/api/evidence/x"), ctx(evidenceId)),
    )) as Response;
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/json");
  });

  it("the lead, the supporter, Sở Nội vụ and leadership do get it", async () => {
    for (const user of [w.users.financeStaff, w.users.districtHead, w.users.homeAffairs, w.users.leader]) {
      signInAs(user);
      expect((await getTask(new Request("http://t"), ctx(taskId))).status).toBe(200);
      expect((await getEvidence(new Request("http://t"), ctx(evidenceId))).status).toBe(200);
    }
  });
});

describe("updating another agency's task", () => {
  it("server action (status, with a file) is refused and leaves no file", async () => {
    const state = await unchanged(() =>
      saveTaskUpdateAction(
        { status: "idle" },
        form({ taskId, version: "1", intent: "status", status: "ACCEPTED", note: "x" }, pdfUpload()),
      ),
    );
    expect(state).toMatchObject({ status: "error", message: "Bạn không có quyền thực hiện thao tác này." });
  });

  it("server action (comment, with a file) is refused and leaves no file", async () => {
    const state = await unchanged(() =>
      saveTaskUpdateAction(
        { status: "idle" },
        form({ taskId, version: "1", intent: "comment", note: "x" }, pdfUpload()),
      ),
    );
    expect(state).toMatchObject({ status: "error" });
  });

  it("review and assign actions are refused", async () => {
    expect(
      await unchanged(() => reviewTaskAction({ status: "idle" }, form({ taskId, version: "1", decision: "ACCEPT" }))),
    ).toMatchObject({ status: "error" });
    const before = await taskState(unassignedId);
    expect(
      await assignTaskAction(
        { status: "idle" },
        form({ taskId: unassignedId, version: "0", agencyId: w.agencies.health.id }),
      ),
    ).toMatchObject({ status: "error" });
    expect(await taskState(unassignedId)).toEqual(before);
  });

  it("PATCH /api/tasks/[id] answers 403 for a status change and for a note", async () => {
    for (const body of [
      { version: 1, status: "IN_PROGRESS" },
      { version: 1, note: "Ghi chú lạ" },
    ]) {
      const request = new Request("http://t/api/tasks/x", {
        method: "PATCH",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      });
      const response = (await unchanged(() => patchTask(request, ctx(taskId)))) as Response;
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("signed out, every path answers 401 or the sign-in page", async () => {
    signInAs(null);
    expect(((await unchanged(() => getTask(new Request("http://t"), ctx(taskId)))) as Response).status).toBe(401);
    expect(((await unchanged(() => getEvidence(new Request("http://t"), ctx(evidenceId)))) as Response).status).toBe(
      401,
    );
    const request = new Request("http://t", { method: "PATCH", body: JSON.stringify({ version: 1, note: "x" }) });
    expect(((await unchanged(() => patchTask(request, ctx(taskId)))) as Response).status).toBe(401);
    expect(
      await unchanged(() =>
        saveTaskUpdateAction({ status: "idle" }, form({ taskId, version: "1", note: "x" }, pdfUpload())),
      ),
    ).toMatchObject({ status: "error" });
    expect(
      await unchanged(() => TaskPage({ params: Promise.resolve({ taskId }), searchParams: Promise.resolve({}) })),
    ).toEqual(redirectTo("/dang-nhap"));
  });
});

describe("the lead agency through the same paths", () => {
  it("PATCH changes the status with the same mutation and audit", async () => {
    signInAs(w.users.financeHead);
    const own = await makeTask(w, { agencyId: w.agencies.finance.id });
    const request = new Request("http://t", {
      method: "PATCH",
      body: JSON.stringify({ version: 0, status: "IN_PROGRESS", progress: 25, note: "Qua API" }),
    });
    const response = await patchTask(request, ctx(own.id));
    expect(response.status).toBe(200);
    const state = await taskState(own.id);
    expect(state.task).toMatchObject({ status: "IN_PROGRESS", progress: 25, version: 1 });
    expect(state.audits).toHaveLength(1);
    const invalid = await patchTask(new Request("http://t", { method: "PATCH", body: "{oops" }), ctx(own.id));
    expect(invalid.status).toBe(422);
  });

  it("the task page renders for the lead", async () => {
    signInAs(w.users.financeStaff);
    await expect(
      TaskPage({ params: Promise.resolve({ taskId }), searchParams: Promise.resolve({}) }),
    ).resolves.toBeTruthy();
  });
});
