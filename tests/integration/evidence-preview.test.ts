// Evidence shown in the page: `?xem=1` serves a PDF inline, framable by this site only; without it, and for
// readers who may not see the task, nothing changes (download with sandbox, or the refusal).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-preview-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { db } from "@/lib/db";
import { isPreviewable } from "@/lib/evidence/rules";
import { saveTaskUpdate } from "@/lib/tasks/mutations";
import { buildTaskWorld, makeTask, pdfUpload, removeEvidenceDir, type TaskWorld } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let evidenceId = "";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  w = await buildTaskWorld();
  const task = await makeTask(w, { agencyId: w.agencies.finance.id });
  const saved = await saveTaskUpdate(w.users.financeHead, "comment", { taskId: task.id, version: 0, note: "Báo cáo" }, [
    pdfUpload(),
  ]);
  if (!saved.ok) throw new Error(saved.message);
  evidenceId = (await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } })).id;
});
afterAll(removeEvidenceDir);

describe("evidence preview", () => {
  it("serves a PDF inline for the page to frame, with no sandbox but nothing of ours allowed", async () => {
    signInAs(w.users.homeAffairs);
    const response = await getEvidence(new Request("http://t/api/evidence/x?xem=1"), ctx(evidenceId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename=/);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("stays a sandboxed download without ?xem=1, and for any other value", async () => {
    signInAs(w.users.financeStaff);
    for (const url of ["http://t/api/evidence/x", "http://t/api/evidence/x?xem=true"]) {
      const response = await getEvidence(new Request(url), ctx(evidenceId));
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    }
  });

  it("is refused to a reader outside the task, preview or not", async () => {
    signInAs(w.users.healthHead);
    expect((await getEvidence(new Request("http://t/api/evidence/x?xem=1"), ctx(evidenceId))).status).toBe(403);
  });

  it("previews only PDF and images: office files and anything else stay downloads", () => {
    expect(["application/pdf", "image/png", "image/jpeg"].every(isPreviewable)).toBe(true);
    expect(
      ["text/html", "image/svg+xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"].some(
        isPreviewable,
      ),
    ).toBe(false);
  });
});
