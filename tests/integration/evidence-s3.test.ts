// Evidence in an S3-compatible bucket (issue 13: many app instances share one store): an in-process s3rver is
// started here, the app is pointed at it through the S3_* settings, and a file goes upload → download → delete
// through the same write path and download route as with the local folder; evidence:check reads the bucket.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { DeleteObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const BUCKET = "par-evidence-test";
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "par-s3rver-"));
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: BUCKET, configs: [] }],
});
const { port } = (await server.run()) as { port: number };
const endpoint = `http://127.0.0.1:${port}`;
// Before the app's modules load: lib/env.ts reads the environment once.
const s3Env = {
  S3_ENDPOINT: endpoint,
  S3_BUCKET: BUCKET,
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  S3_FORCE_PATH_STYLE: "1",
};
Object.assign(process.env, s3Env, { EVIDENCE_DIR: path.join(directory, "never-used-local-folder") });

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const { GET: getEvidence } = await import("@/app/api/evidence/[id]/route");
const { db } = await import("@/lib/db");
const { env, evidenceStorage } = await import("@/lib/env");
const { describeMissing, findMissingEvidenceFiles } = await import("@/lib/evidence/check");
const storage = await import("@/lib/evidence/storage");
const { saveTaskUpdate } = await import("@/lib/tasks/mutations");
const { buildTaskWorld, makeTask, pdfUpload } = await import("./tasks-fixtures");
const { signInAs } = await import("./tasks-session-mock");

const client = new S3Client({
  endpoint,
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
});
async function objectKeys(): Promise<string[]> {
  const answer = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (answer.Contents ?? []).map((o) => o.Key ?? "").sort();
}
const download = (id: string) => getEvidence(new Request("http://t"), { params: Promise.resolve({ id }) });

let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  w = await buildTaskWorld();
});
afterAll(async () => {
  client.destroy();
  await server.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("the S3 driver, on its own", () => {
  it("is the one chosen when S3_BUCKET is set", () => {
    expect(evidenceStorage()).toMatchObject({ driver: "s3", s3: { bucket: BUCKET, forcePathStyle: true } });
    expect(storage.evidenceStore().label).toBe(`bucket S3 ${BUCKET}`);
  });

  it("upload → download → delete, with staged objects under .tmp/ until promoted", async () => {
    const key = storage.newStorageKey();
    const bytes = new Uint8Array([1, 2, 3, 250, 251]);
    await storage.writeTemp(key, bytes);
    expect(await objectKeys()).toContain(`.tmp/${key}.part`);
    expect(await storage.readEvidence(key)).toBeNull();
    await storage.promote([key]);
    expect(await objectKeys()).toContain(`${key.slice(0, 2)}/${key}`);
    expect(await objectKeys()).not.toContain(`.tmp/${key}.part`);
    expect(new Uint8Array((await storage.readEvidence(key)) ?? [])).toEqual(bytes);
    expect(await storage.evidenceExists(key)).toBe(true);
    await storage.discard([key]);
    expect(await storage.readEvidence(key)).toBeNull();
    expect(await storage.evidenceExists(key)).toBe(false);
    await storage.discard([key]); // a second delete of a missing object is fine
  });

  it("a file that was never staged cannot be promoted: the write path's store error", async () => {
    await expect(storage.promote([storage.newStorageKey()])).rejects.toBeInstanceOf(storage.EvidenceStoreError);
  });

  it("refuses a key that is not one of its own (no path tricks into the bucket)", async () => {
    await expect(storage.readEvidence("../../etc/passwd")).rejects.toThrow(/Khoá lưu trữ không hợp lệ/);
  });

  it("a half-set configuration is refused with what is missing", () => {
    const saved = { ...env };
    try {
      Object.assign(env, { EVIDENCE_STORAGE: "s3", S3_BUCKET: undefined });
      expect(() => evidenceStorage()).toThrow(/cần S3_BUCKET/);
      Object.assign(env, { S3_BUCKET: BUCKET, S3_SECRET_ACCESS_KEY: undefined });
      expect(() => evidenceStorage()).toThrow(/S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY/);
    } finally {
      Object.assign(env, saved);
    }
  });
});

describe("the app with evidence in S3", () => {
  it("an update's file is stored in the bucket, downloads through the route, and a failed write leaves none", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.finance.id });
    const saved = await saveTaskUpdate(w.users.financeStaff, "comment", { taskId: task.id, version: 0 }, [
      pdfUpload("Báo cáo S3.pdf"),
    ]);
    if (!saved.ok) throw new Error(saved.message);
    const evidence = await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } });
    const key = evidence.storageKey ?? "";
    expect(await objectKeys()).toContain(`${key.slice(0, 2)}/${key}`);
    expect(fs.existsSync(env.EVIDENCE_DIR)).toBe(false); // nothing written to the local folder
    signInAs(w.users.leader);
    const response = await download(evidence.id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await pdfUpload().arrayBuffer()));

    const before = await objectKeys();
    const stale = await saveTaskUpdate(w.users.financeStaff, "comment", { taskId: task.id, version: 0 }, [pdfUpload()]);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await objectKeys()).toEqual(before);
  });

  it("evidence:check lists a record whose object went missing from the bucket (function and npm script)", async () => {
    const task = await makeTask(w, { agencyId: w.agencies.finance.id });
    const saved = await saveTaskUpdate(w.users.financeStaff, "comment", { taskId: task.id, version: 0 }, [
      pdfUpload("Mất khỏi bucket.pdf"),
    ]);
    if (!saved.ok) throw new Error(saved.message);
    const evidence = await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } });
    expect((await findMissingEvidenceFiles()).map((m) => m.evidenceId)).not.toContain(evidence.id);
    const key = evidence.storageKey ?? "";
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `${key.slice(0, 2)}/${key}` }));
    const missing = await findMissingEvidenceFiles();
    expect(missing.find((m) => m.evidenceId === evidence.id)).toMatchObject({ fileName: "Mất khỏi bucket.pdf" });
    expect(describeMissing(missing)).toContain(`bản ghi không còn tệp trong bucket S3 ${BUCKET}`);

    const run = promisify(execFile);
    const failure = await run("npx", ["tsx", "--conditions=react-server", "scripts/evidence-check.ts"], {
      env: { ...process.env, ...s3Env },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`Mất khỏi bucket.pdf (bản ghi ${evidence.id}, nhiệm vụ ${task.id})`);
    expect(failure?.stderr).toContain(`bucket S3 ${BUCKET}`);
  }, 60_000);
});
