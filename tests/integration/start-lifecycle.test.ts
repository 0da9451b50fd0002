// Issue 8, items 13, 14 and 16 (cookies, HSTS), with the real `npm start` (scripts/start.ts) on a database of its
// own: it builds once into its own folder (NEXT_DIST_DIR=.next-start-test, kept between runs: a later run with the
// same sources builds nothing), serves; its server killed, it stops everything and exits non-zero; restarted, it
// does not rebuild and the server-action ids of the first run still work; stopped with SIGTERM, it leaves no
// process behind; killed with SIGKILL, its children stop on their own. Over https (NEXTAUTH_URL) the session cookie is __Secure- and Secure and HSTS is sent; over
// http neither.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { decodeSessionToken } from "@/lib/auth/session-token";
import {
  descendants,
  freePort,
  isAlive,
  listenerOf,
  portIsFree,
  type Started,
  signInCookie,
  startScript,
  waitForHealth,
} from "./start-process";

const DIST = ".next-start-test";
const SECRET = "start-lifecycle-test-secret-0123456789abcdef";
const BUILD_STEP = "Build bản production";
const admin = new URL(process.env.DATABASE_URL ?? "");
admin.pathname = "/postgres";
const database = `par_start_lifecycle_${process.pid}`;
let port: number;
let base: string;
let running: Started | null = null;
let actionId: string;

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function start(publicUrl: (port: number) => string): Started {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  const { NODE_ENV: _testMode, ...inherited } = process.env; // as a user runs it: start.ts sets it per child
  running = startScript({
    ...inherited,
    DATABASE_URL: url.toString(),
    PORT: String(port),
    NEXT_DIST_DIR: DIST,
    NEXTAUTH_URL: publicUrl(port),
    NEXTAUTH_SECRET: SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    ALLOW_DEMO_ACCOUNTS: "1",
    EVIDENCE_DIR: `.data/evidence-${database}`,
  });
  return running;
}

const buildId = () => fs.readFileSync(path.join(DIST, "BUILD_ID"), "utf8");
const manifest = () =>
  JSON.parse(fs.readFileSync(path.join(DIST, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, unknown>;
  };

/**
 * POSTs a server action by id, without a session (so the action itself refuses before doing anything): Next answers
 * 409 with x-nextjs-action-not-found for an id this build does not know.
 */
async function actionKnown(id: string): Promise<boolean> {
  const response = await fetch(`${base}/dang-nhap`, {
    method: "POST",
    headers: { "Next-Action": id, "content-type": "text/plain;charset=UTF-8", origin: base },
    body: "[]",
  });
  await response.text();
  return response.headers.get("x-nextjs-action-not-found") === null && response.status !== 404;
}

async function stopped(started: Started, timeoutMs: number): Promise<number | null> {
  return Promise.race([
    started.exit,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("npm start did not exit")), timeoutMs)),
  ]);
}

beforeAll(async () => {
  await sql(`create database "${database}"`);
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill("SIGTERM");
    await stopped(running, 30_000).catch(() => running?.child.kill("SIGKILL"));
  }
  await sql(`drop database if exists "${database}" with (force)`);
  fs.rmSync(`.data/evidence-${database}`, { recursive: true, force: true });
}, 60_000);

describe("npm start", () => {
  it("serves over https with __Secure- Secure session cookies and HSTS; its server killed, it exits non-zero", async () => {
    const first = start((p) => `https://localhost:${p}`);
    await waitForHealth(base, first, 540_000);
    actionId = Object.keys(manifest().node)[0] ?? "";
    expect(actionId).toMatch(/^[0-9a-f]{20,}$/);
    expect(await actionKnown(actionId)).toBe(true);

    const page = await fetch(`${base}/dang-nhap`);
    expect(page.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const cookie = await signInCookie(base, "sonoivu@demo.par.vn");
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);

    const tree = descendants(first.child.pid ?? 0);
    const server = listenerOf(port, tree);
    expect(server).not.toBeNull();
    process.kill(server ?? 0, "SIGKILL");
    const code = await stopped(first, 60_000);
    expect(code).not.toBe(0);
    expect(first.output()).toMatch(/dừng bất thường/);
    expect(await portIsFree(port)).toBe(true);
    expect(tree.filter(isAlive)).toEqual([]);
  }, 600_000);

  it("restarts without rebuilding, keeps action ids; over http no Secure cookie, no HSTS; SIGTERM leaves nothing", async () => {
    const before = { buildId: buildId(), manifest: JSON.stringify(manifest()) };
    const second = start((p) => `http://localhost:${p}`);
    await waitForHealth(base, second, 180_000);
    expect(second.output()).not.toContain(BUILD_STEP);
    expect(buildId()).toBe(before.buildId);
    expect(JSON.stringify(manifest())).toBe(before.manifest);
    expect(await actionKnown(actionId)).toBe(true); // a form left open across the restart still posts
    expect(await actionKnown("00".repeat(21))).toBe(false);

    const page = await fetch(`${base}/dang-nhap`);
    expect(page.headers.get("strict-transport-security")).toBeNull();
    const cookie = await signInCookie(base, "sonoivu@demo.par.vn");
    expect(cookie).toMatch(/^next-auth\.session-token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    // the sealed token expires with the session (8 hours), not after next-auth's default 30 days
    const token = await decodeSessionToken(/^next-auth\.session-token=([^;]+)/.exec(cookie)?.[1], SECRET);
    expect(Number(token?.exp) - Number(token?.iat)).toBe(SESSION_MAX_AGE_SECONDS);

    const tree = descendants(second.child.pid ?? 0);
    expect(tree.length).toBeGreaterThanOrEqual(2); // the app server and the job worker, each under tsx
    second.child.kill("SIGTERM");
    expect(await stopped(second, 60_000)).toBe(0);
    expect(await portIsFree(port)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(tree.filter(isAlive)).toEqual([]);
  }, 300_000);

  it("killed with SIGKILL (which it cannot forward), its app server and job worker stop on their own", async () => {
    const third = start((p) => `http://localhost:${p}`);
    await waitForHealth(base, third, 180_000);
    const tree = descendants(third.child.pid ?? 0);
    // the node process running start.ts under the tsx launcher: its pid is what the children watch
    const script = tree.find((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.ts"));
    expect(script).toBeDefined();
    process.kill(script ?? 0, "SIGKILL");
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && tree.some(isAlive)) await new Promise((r) => setTimeout(r, 250));
    expect(tree.filter(isAlive)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  }, 300_000);
});
