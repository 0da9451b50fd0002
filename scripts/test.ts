// `npm test`: every test against a real Postgres, in fresh databases made for this run and dropped after it.
// The server is the DATABASE_URL given (its database part is replaced), else the local one on
// 127.0.0.1:5432, else an embedded PostgreSQL (so it passes on a laptop with no server).
// Stage 1: Vitest (unit + integration) on one database. Stage 2: the seed on a second database, a production
// build into .next-test (so `npm start`'s build is left alone) and the Playwright journeys in Chromium.
// Stage 3 (`npm run test:bench` alone): issue 13's benchmarks at a reduced size on a third database, on the same
// build — bench:http --ci and bench:web --ci, failing on errors, wrong statuses, lost updates and page weight,
// never on speed (which measures the machine).
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { ensurePdfTools } from "./lib/pdf-tools";
import {
  canConnect,
  createDatabaseIfMissing,
  dropDatabase,
  type Server,
  startEmbedded,
  withDatabase,
} from "./lib/postgres";
import { root, run, step } from "./lib/proc";

const LOCAL = "postgres://postgres@127.0.0.1:5432/postgres";

async function findServer(): Promise<{ adminUrl: string; embedded?: Server }> {
  const given = process.env.DATABASE_URL;
  if (given) return { adminUrl: withDatabase(given, "postgres") };
  if (await canConnect(LOCAL)) return { adminUrl: LOCAL };
  step("Không thấy PostgreSQL trên 127.0.0.1:5432: dùng PostgreSQL nhúng (.data/pg-test)");
  const embedded = await startEmbedded(".data/pg-test", 54330);
  return { adminUrl: embedded.adminUrl, embedded };
}

type Stage = (env: NodeJS.ProcessEnv) => Promise<void>;

async function vitestStage(env: NodeJS.ProcessEnv): Promise<void> {
  step("Vitest: unit + integration");
  ensurePdfTools(); // the export tests read the PDFs back with pdftotext
  await run("vitest", ["run"], { ...env, NODE_ENV: "test" });
}

async function browserStage(env: NodeJS.ProcessEnv): Promise<void> {
  ensurePdfTools(); // the reporting journey reads its downloaded PDF with pdftotext
  step("Nạp dữ liệu mẫu cho kiểm thử trình duyệt");
  await run("tsx", ["prisma/seed.ts"], env);
  step("next build (.next-test)");
  await run("next", ["build"], { ...env, NODE_ENV: "production" });
  step("Playwright (Chromium)");
  await run("playwright", ["test"], { ...env, CHROMIUM_PATH: ensureChromium() });
}

/** A small national-shape database (3 provinces, 800 tasks), then both benchmarks in their CI mode. */
async function benchStage(env: NodeJS.ProcessEnv): Promise<void> {
  const small = ["--provinces", "3", "--years", "2", "--agencies", "80", "--tasks", "800", "--updates", "4000"];
  step("Dữ liệu quy mô nhỏ cho benchmark (db:seed:scale)");
  await run("tsx", ["scripts/seed-scale.ts", ...small, "--quiet"], env);
  // Ports after the Playwright server's (E2E_PORT), so helpers running side by side do not collide.
  const base = Number(env.E2E_PORT ?? 3100);
  const benchEnv = { ...env, BENCH_DIST_DIR: ".next-test", CHROMIUM_PATH: ensureChromium() };
  // Both run even when the first fails, so one report says every page over its budget.
  const failed: string[] = [];
  for (const [name, script, port] of [
    ["bench:http --ci", "scripts/bench-http.ts", base + 3],
    ["bench:web --ci", "scripts/bench-web.ts", base + 7],
  ] as const) {
    step(name);
    await run("tsx", [script, "--ci", "--port", String(port)], benchEnv).catch(() => failed.push(name));
  }
  if (failed.length > 0) throw new Error(`Vượt ngân sách hoặc lỗi trong: ${failed.join(", ")} (xem bảng ở trên).`);
}

/** Runs one stage on its own fresh, migrated database. */
async function withFreshDatabase(adminUrl: string, name: string, stage: Stage): Promise<void> {
  const database = `par_test_${name}_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(adminUrl, database);
  const env = {
    ...process.env,
    DATABASE_URL: withDatabase(adminUrl, database),
    NEXTAUTH_SECRET: "test-secret-for-this-run-only-0123456789",
    ALLOW_DEMO_ACCOUNTS: "1",
    NEXT_DIST_DIR: ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    EVIDENCE_DIR: `.data/evidence-test-${database}`,
  };
  try {
    step(`Cơ sở dữ liệu kiểm thử: ${database}`);
    await run("prisma", ["migrate", "deploy"], env);
    await stage(env);
  } finally {
    await dropDatabase(adminUrl, database).catch((e) => console.error(`Không xoá được ${database}: ${e}`));
    fs.rmSync(path.join(root, env.EVIDENCE_DIR), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv[2]; // "unit" | "e2e" | "bench" | undefined (all)
  const { adminUrl, embedded } = await findServer();
  try {
    await run("prisma", ["generate"]);
    if (only === undefined || only === "unit") await withFreshDatabase(adminUrl, "unit", vitestStage);
    if (only === undefined || only === "e2e") await withFreshDatabase(adminUrl, "e2e", browserStage);
    if (only === undefined || only === "bench") await withFreshDatabase(adminUrl, "bench", benchStage);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
