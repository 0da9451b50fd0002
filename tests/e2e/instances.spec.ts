// Two app instances on one database, as behind a load balancer (issue 13): the app keeps nothing of its own
// between requests. Both run the same production build with evidence in an S3-compatible bucket (an s3rver
// started here) and each with a local evidence folder of its own that must stay empty. A session made on one
// instance is valid on the other; an evidence file uploaded through one downloads through the other; a form
// rendered by one (a server action) is accepted by the other.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import S3rver from "s3rver";
import { ACCOUNTS, signIn, withDb } from "./helpers";

const PDF = path.join(process.cwd(), "tests/fixtures/bao-cao-kiem-chung.pdf");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 40;
const MARKER = "[hai-phien-ban]";
const BUCKET = "par-e2e-instances";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "par-e2e-instances-"));
const localFolders = [path.join(scratch, "a"), path.join(scratch, "b")];
const children: ChildProcess[] = [];
let s3: S3rver | null = null;
let taskId = "";

const urlOf = (i: number) => `http://localhost:${BASE_PORT + i}`;

async function healthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance ${url} exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance ${url} not healthy after 120 s`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(scratch, "s3"),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await s3.run()) as { port: number };
  for (const [i, folder] of localFolders.entries()) {
    fs.mkdirSync(folder, { recursive: true });
    // A server left from an earlier run would answer the health check in place of this one.
    const stale = await fetch(`${urlOf(i)}/api/health`).then(
      () => true,
      () => false,
    );
    if (stale) throw new Error(`port ${BASE_PORT + i} is already serving: stop that process first`);
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/server.ts"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(BASE_PORT + i),
        NEXTAUTH_URL: urlOf(i),
        EVIDENCE_DIR: folder,
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: BUCKET,
        S3_REGION: "us-east-1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_FORCE_PATH_STYLE: "1",
      },
    });
    children.push(child);
  }
  await Promise.all(children.map((child, i) => healthy(urlOf(i), child)));
  taskId = await withDb(async (c) => {
    const { rows } = await c.query(
      `select t.id from "Task" t join "Agency" a on a.id = t."agencyId" join "Criterion" c on c.id = t."criterionId"
       where a.name = 'Sở Tài chính' and t.status = 'NOT_STARTED' and c.code <> '3.4.1' order by c.code limit 1`,
    );
    return rows[0]?.id ?? "";
  });
});

test.afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await s3?.close();
  await withDb((c) => c.query(`delete from "TaskUpdate" where note like $1`, [`${MARKER}%`]));
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function pageOn(browser: import("@playwright/test").Browser, i: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: urlOf(i) });
  return context.newPage();
}

test("evidence uploaded through one instance downloads through the other; nothing is kept locally", async ({
  browser,
}) => {
  expect(taskId, "the seed has a Sở Tài chính task not yet started").not.toBe("");
  const a = await pageOn(browser, 0);
  await signIn(a, ACCOUNTS.finance);
  await a.goto(`/nhiem-vu/${taskId}`);
  await a.getByLabel("Ghi chú").fill(`${MARKER} biên bản kiểm tra kèm theo`);
  await a.getByLabel("Tệp kiểm chứng").setInputFiles(PDF);
  await a.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(a.getByTestId("task-update-message")).toContainText("Đã lưu cập nhật.");
  const link = a.getByTestId("history-entry").first().getByTestId("evidence-link");
  await expect(link).toHaveText("bao-cao-kiem-chung.pdf");
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/api\/evidence\//);

  // The session cookie made by instance A is sent to B (same host): B accepts it and serves the file.
  const fromB = await a.context().request.get(`${urlOf(1)}${href}`);
  expect(fromB.status()).toBe(200);
  expect(Buffer.from(await fromB.body()).equals(fs.readFileSync(PDF))).toBe(true);
  for (const folder of localFolders) expect(fs.readdirSync(folder, { recursive: true })).toEqual([]);
});

test("a form rendered by one instance is accepted by the other, and each sees the other's write", async ({
  browser,
}) => {
  const a = await pageOn(browser, 0);
  await signIn(a, ACCOUNTS.finance);
  await a.goto(`/nhiem-vu/${taskId}`);
  // As a load balancer would: the page came from A, its form's POST (the server action) goes to B.
  let sentToB = 0;
  await a.route(`${urlOf(0)}/nhiem-vu/**`, (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    sentToB += 1;
    // A balancer keeps the address the browser used (deploy/nginx.conf passes Host on): the server action's
    // origin check compares it with the page's origin.
    const headers = { ...request.headers(), "x-forwarded-host": `localhost:${BASE_PORT}` };
    return route.continue({ url: request.url().replace(urlOf(0), urlOf(1)), headers });
  });
  await a.getByLabel("Ghi chú").fill(`${MARKER} bổ sung qua phiên bản thứ hai`);
  await a.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(a.getByTestId("task-update-message")).toContainText("Đã lưu cập nhật.");
  expect(sentToB).toBeGreaterThan(0);

  const b = await pageOn(browser, 1);
  await b.context().addCookies(await a.context().cookies());
  await b.goto(`/nhiem-vu/${taskId}`);
  await expect(b.getByTestId("history-entry").first()).toContainText("bổ sung qua phiên bản thứ hai");
  await expect(b.getByTestId("history-entry").nth(1)).toContainText("biên bản kiểm tra kèm theo");
});
