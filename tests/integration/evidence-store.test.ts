// Item 12: an evidence file is either stored and recorded, or the whole update fails with a clear message; the
// periodic check lists records whose file has gone missing.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const { db } = await import("@/lib/db");
const { describeMissing, findMissingEvidenceFiles } = await import("@/lib/evidence/check");
const { evidenceRoot, finalPath } = await import("@/lib/evidence/storage");
const { saveTaskUpdate } = await import("@/lib/tasks/mutations");
const { TASK_ERRORS } = await import("@/lib/tasks/strings");
const { buildTaskWorld, evidenceFiles, makeTask, pdfUpload } = await import("./tasks-fixtures");

let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  w = await buildTaskWorld();
});

/** Makes every final folder <root>/<xx> impossible to create (a file stands where the folder would go). */
function blockFinalFolders(): () => void {
  const root = evidenceRoot();
  fs.mkdirSync(root, { recursive: true });
  const moved: string[] = [];
  for (let i = 0; i < 256; i++) {
    const name = path.join(root, i.toString(16).padStart(2, "0"));
    if (fs.existsSync(name)) {
      fs.renameSync(name, `${name}.keep`);
      moved.push(name);
    }
    fs.writeFileSync(name, "");
  }
  return () => {
    for (let i = 0; i < 256; i++) fs.rmSync(path.join(root, i.toString(16).padStart(2, "0")), { force: true });
    for (const name of moved) fs.renameSync(`${name}.keep`, name);
  };
}

describe("evidence: stored and recorded, or nothing", () => {
  let unblock: (() => void) | null = null;
  afterAll(() => unblock?.());

  it("when the final move fails, the update is refused with a clear message and nothing is kept", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.finance.id });
    const filesBefore = evidenceFiles();
    unblock = blockFinalFolders();
    let result: Awaited<ReturnType<typeof saveTaskUpdate>> | undefined;
    try {
      result = await saveTaskUpdate(
        w.users.financeStaff,
        "status",
        { taskId: task.id, version: 0, status: "IN_PROGRESS", progress: "30", note: "Có tệp" },
        [pdfUpload()],
      );
    } finally {
      unblock();
      unblock = null;
    }
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: TASK_ERRORS.evidenceNotStored });
    expect(await db.taskUpdate.count({ where: { taskId: task.id } })).toBe(0);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("NOT_STARTED");
    expect(evidenceFiles()).toEqual(filesBefore);
  });

  it("stored normally otherwise; the periodic check names a record whose file went missing", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.finance.id });
    const result = await saveTaskUpdate(
      w.users.financeStaff,
      "comment",
      { taskId: task.id, version: 0, note: "Kèm báo cáo" },
      [pdfUpload("Báo cáo quý.pdf")],
    );
    expect(result.ok).toBe(true);
    const evidence = await db.evidence.findFirstOrThrow({ where: { update: { taskId: task.id } } });
    expect(fs.existsSync(finalPath(evidence.storageKey!))).toBe(true);
    expect((await findMissingEvidenceFiles()).map((m) => m.evidenceId)).not.toContain(evidence.id);
    fs.rmSync(finalPath(evidence.storageKey!));
    const missing = await findMissingEvidenceFiles();
    expect(missing.find((m) => m.evidenceId === evidence.id)).toMatchObject({
      fileName: "Báo cáo quý.pdf",
      taskId: task.id,
      provinceId: w.province.id,
    });
    expect(describeMissing(missing)).toMatch(/bản ghi không còn tệp trong thư mục lưu trữ/);
    expect(describeMissing(missing)).toContain(`Báo cáo quý.pdf (bản ghi ${evidence.id}, nhiệm vụ ${task.id})`);
  });
});
