// `npm start`: one command from a fresh clone to a running app. Without DATABASE_URL it boots an embedded
// PostgreSQL in .data/pg, applies the migrations, seeds the Lâm Đồng plan once, builds if the sources changed
// and serves http://localhost:$PORT (3000).

import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-stamp";
import { createDatabaseIfMissing, type Server, startEmbedded, withDatabase } from "./lib/postgres";
import { root, run, startProcess, step } from "./lib/proc";

const EMBEDDED_PORT = 54329;

async function databaseUrl(): Promise<{ url: string; server?: Server }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  step(`Khởi động PostgreSQL nhúng (.data/pg, cổng ${EMBEDDED_PORT})`);
  const server = await startEmbedded(".data/pg", EMBEDDED_PORT, { supervised: true });
  await createDatabaseIfMissing(server.adminUrl, "par_tracker");
  return { url: withDatabase(server.adminUrl, "par_tracker"), server };
}

async function isSeeded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`select count(*)::int as n from "Plan"`);
    return result.rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/** A stable secret per installation, so sessions survive restarts without anyone configuring one. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Next's server-actions encryption key, stable per installation (env or .data), so a restart of the same build
 * keeps the forms a browser has open working.
 */
function actionsKey(): string {
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  const file = path.join(root, ".data", "server-actions-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The scheduled jobs (reminders, emails) run in their own process beside the web server: scripts/worker.ts. */
function startJobWorker(env: NodeJS.ProcessEnv) {
  step("Công việc định kỳ: nhắc hạn, thông báo, email (graphile-worker)");
  return startProcess("tsx", ["scripts/worker.ts"], {
    ...env,
    NODE_ENV: "production",
    PAR_SUPERVISOR_PID: String(process.pid),
  });
}

async function main(): Promise<void> {
  const port = process.env.PORT ?? "3000";
  const { url, server } = await databaseUrl();
  const env = {
    ...process.env,
    DATABASE_URL: url,
    PORT: port,
    NEXTAUTH_SECRET: authSecret(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey(),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // Demo accounts are for a local try-out; a real deployment sets DATABASE_URL and runs without them.
    ALLOW_DEMO_ACCOUNTS: process.env.ALLOW_DEMO_ACCOUNTS ?? (process.env.DATABASE_URL ? "0" : "1"),
  };
  step("Sinh Prisma Client");
  await run("prisma", ["generate"], env);
  step("Áp dụng migration");
  await run("prisma", ["migrate", "deploy"], env);
  if (!(await isSeeded(url))) {
    step("Nạp dữ liệu mẫu: tỉnh Lâm Đồng, Kế hoạch 6006/KH-UBND");
    await run("tsx", ["prisma/seed.ts"], env);
  }
  // The actions key is part of the build: a new key needs a new build.
  const fingerprint = sourceFingerprint(
    crypto.createHash("sha256").update(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).digest("hex"),
  );
  if (!buildIsCurrent(fingerprint)) {
    step("Build bản production (next build)");
    await run("next", ["build"], { ...env, NODE_ENV: "production" });
    recordBuild(fingerprint);
  }
  step(`PAR Tracker: http://localhost:${port}`);
  const app = startProcess("tsx", ["scripts/server.ts"], {
    ...env,
    NODE_ENV: "production",
    PAR_SUPERVISOR_PID: String(process.pid),
  });
  const worker = startJobWorker(env);
  await supervise([app, worker], server);
}

/** Resolves when the child has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/**
 * Forwards Ctrl+C / SIGTERM to the app server and the job worker, waits for both, stops Postgres last. Exits
 * non-zero when a child died on its own (a crash, a kill), so a supervisor (systemd, Docker) sees the failure and
 * restarts; the other child is then stopped too, never left orphaned.
 */
async function supervise(children: ChildProcess[], server: Server | undefined): Promise<void> {
  let stopping = false;
  const stopAll = (signal: NodeJS.Signals) => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    stopAll(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  process.on("SIGHUP", () => forward("SIGTERM"));
  const first = await Promise.race(children.map(exited));
  const unexpected = !stopping;
  stopAll("SIGTERM");
  await Promise.all(children.map(exited));
  await server?.stop().catch((error) => console.error(`Không dừng được PostgreSQL nhúng: ${error}`));
  if (unexpected) {
    console.error(`\n✖ Một tiến trình của ứng dụng dừng bất thường (${first.signal ?? `mã ${first.code}`}).`);
    // explicitly: a beforeExit hook of a dependency would otherwise end the process with 0
    process.exit(first.code && first.code !== 0 ? first.code : 1);
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
