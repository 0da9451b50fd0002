// Evidence files: checked by extension and content, stored under EVIDENCE_DIR with a random key, moved into
// place only after the commit, served only to users allowed to see the task — and a failed upload leaves
// neither database rows nor files (final or temp) behind.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-files-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock("@/lib/evidence/storage", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/evidence/storage")>();
  return { ...real, writeTemp: vi.fn(real.writeTemp) };
});

import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { db } from "@/lib/db";
import { realUploads } from "@/lib/evidence/prepare";
import { EVIDENCE_ERRORS } from "@/lib/evidence/rules";
import { evidenceRoot, finalPath, writeTemp } from "@/lib/evidence/storage";
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
afterAll(removeEvidenceDir);
beforeAll(async () => {
  w = await buildTaskWorld();
});
beforeEach(() => signInAs(w.users.financeStaff));
afterEach(() => vi.mocked(writeTemp).mockClear());

const newTask = () =>
  makeTask(w, {
    agencyId: w.agencies.finance.id,
    supporters: [w.agencies.district.id],
    status: "IN_PROGRESS",
    progress: 10,
  });
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], "ảnh chụp.png");
const download = (id: string) => getEvidence(new Request("http://t"), { params: Promise.resolve({ id }) });

/** Attempts an upload and checks that it left the task, its history and the evidence folder untouched. */
async function refusedUpload(taskId: string, uploads: File[], fields: Record<string, unknown> = {}) {
  const before = await taskState(taskId);
  const files = evidenceFiles();
  const result = await saveTaskUpdate(
    w.users.financeStaff,
    "status",
    { taskId, version: 0, status: "SUBMITTED", ...fields },
    uploads,
  );
  expect(result.ok).toBe(false);
  expect(await taskState(taskId)).toEqual(before);
  expect(evidenceFiles()).toEqual(files);
  return result;
}

describe("a successful upload", () => {
  it("creates the folder, stores each file under a random key and records name, type, size and hash", async () => {
    expect(fs.existsSync(evidenceRoot())).toBe(false);
    const t = await newTask();
    const pdf = pdfUpload();
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const result = await saveTaskUpdate(
      w.users.financeStaff,
      "status",
      { taskId: t.id, version: 0, status: "SUBMITTED", note: "Hoàn thành", links: ["https://lamdong.gov.vn/a"] },
      [pdf, png()],
    );
    expect(result).toMatchObject({ ok: true });
    const { evidence, updates, task } = await taskState(t.id);
    expect(task).toMatchObject({ status: "SUBMITTED", progress: 100 });
    expect(updates).toHaveLength(1);
    const stored = evidence.find((e) => e.fileName === "Báo cáo kết quả.pdf");
    expect(stored).toMatchObject({
      kind: "file",
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(stored?.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(new Uint8Array(fs.readFileSync(finalPath(stored?.storageKey ?? "")))).toEqual(bytes);
    expect(evidence.find((e) => e.kind === "link")).toMatchObject({ url: "https://lamdong.gov.vn/a", fileName: null });
    expect(evidence.find((e) => e.mimeType === "image/png")?.fileName).toBe("ảnh chụp.png");
    expect(evidenceFiles().filter((f) => f.startsWith(".tmp"))).toEqual([]);
    expect(evidenceRoot()).not.toContain(`${path.sep}public${path.sep}`);
  });

  it("is served as an attachment with the stored type, an RFC 5987 name and nosniff", async () => {
    const t = await newTask();
    const saved = await saveTaskUpdate(
      w.users.districtHead,
      "comment",
      { taskId: t.id, version: 0, note: "Phối hợp" },
      [pdfUpload("Kết quả đợt 1.pdf")],
    );
    if (!saved.ok) throw new Error(saved.message);
    const evidence = await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } });
    signInAs(w.users.leader);
    const response = await download(evidence.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Ket qua dot 1.pdf"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20%C4%91%E1%BB%A3t%201.pdf`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await pdfUpload().arrayBuffer()));
  });

  it("a file missing from disk is reported, not served empty", async () => {
    const t = await newTask();
    const saved = await saveTaskUpdate(w.users.financeStaff, "comment", { taskId: t.id, version: 0 }, [pdfUpload()]);
    if (!saved.ok) throw new Error(saved.message);
    const evidence = await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } });
    fs.rmSync(finalPath(evidence.storageKey ?? ""));
    expect((await download(evidence.id)).status).toBe(404);
  });
});

describe("reading the form's file parts", () => {
  it("treats an untouched file input as no file, but keeps an empty file that has a name", () => {
    const untouched = [new File([], ""), new File([], "undefined", { type: "application/octet-stream" })];
    expect(realUploads(["text", ...untouched])).toEqual([]);
    const named = new File([], "rong.pdf");
    expect(realUploads([named, pdfUpload()])).toHaveLength(2);
  });
});

describe("a refused upload writes nothing", () => {
  it("a renamed executable (.pdf that is not a PDF)", async () => {
    const t = await newTask();
    const fake = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0])], "bao-cao.pdf");
    const result = await refusedUpload(t.id, [pdfUpload(), fake]);
    expect(result).toMatchObject({ code: "INVALID", fieldErrors: { files: [EVIDENCE_ERRORS.content("bao-cao.pdf")] } });
  });

  it("a type outside the list, an empty file, a file over 10 MB, more than 5 files", async () => {
    const t = await newTask();
    expect(await refusedUpload(t.id, [new File(["MZ"], "setup.exe")])).toMatchObject({
      fieldErrors: { files: [EVIDENCE_ERRORS.extension("setup.exe")] },
    });
    expect(await refusedUpload(t.id, [new File([], "rong.pdf")])).toMatchObject({
      fieldErrors: { files: [EVIDENCE_ERRORS.empty("rong.pdf")] },
    });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(await refusedUpload(t.id, [new File([big], "lon.pdf")])).toMatchObject({
      fieldErrors: { files: [EVIDENCE_ERRORS.tooLarge("lon.pdf")] },
    });
    expect(
      await refusedUpload(
        t.id,
        Array.from({ length: 6 }, () => pdfUpload()),
      ),
    ).toMatchObject({ fieldErrors: { files: [EVIDENCE_ERRORS.tooMany] } });
  });

  it("a bad field next to good files (a javascript: link)", async () => {
    const t = await newTask();
    expect(await refusedUpload(t.id, [pdfUpload()], { links: ["javascript:alert(1)"] })).toMatchObject({
      code: "INVALID",
    });
  });

  it("the disk fails on the second file: the first staged file is deleted too", async () => {
    const t = await newTask();
    vi.mocked(writeTemp).mockImplementationOnce(async (key, bytes) => {
      const { writeTemp: real } =
        await vi.importActual<typeof import("@/lib/evidence/storage")>("@/lib/evidence/storage");
      await real(key, bytes);
    });
    vi.mocked(writeTemp).mockRejectedValueOnce(new Error("ENOSPC: no space left on device"));
    const result = await refusedUpload(t.id, [pdfUpload(), png()]);
    expect(result).toMatchObject({ code: "INTERNAL" });
    expect(writeTemp).toHaveBeenCalledTimes(2);
  });

  it("the database fails after the files were staged (audit insert refused): rows and files all gone", async () => {
    const t = await newTask();
    await db.$executeRawUnsafe(`
      create or replace function par_test_fail_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit refused for test'; end $$`);
    await db.$executeRawUnsafe(`
      create trigger par_test_fail_audit before insert on "AuditLog" for each row
      when (new."entityId" = '${t.id}') execute function par_test_fail_audit()`);
    try {
      const result = await refusedUpload(t.id, [pdfUpload(), png()], { note: "Sẽ không được lưu" });
      expect(result).toMatchObject({ code: "INTERNAL" });
      expect(writeTemp).toHaveBeenCalledTimes(2); // the files really were staged before the failure
    } finally {
      await db.$executeRawUnsafe(`drop trigger if exists par_test_fail_audit on "AuditLog"`);
      await db.$executeRawUnsafe(`drop function if exists par_test_fail_audit()`);
    }
  });
});
