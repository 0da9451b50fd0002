// npm run bench:http [-- --duration 10 --warmup 10 --connections 50 --instances 1 --json --quick --ci --absolute --report-only]
// Issue 13's measure: the production build (its own NEXT_DIST_DIR, built when missing) against the database of
// DATABASE_URL (a db:seed:scale database), driven over HTTP with autocannon as signed-in users of each role.
// Per page: req/s under load, p50/p95/p99 alone and under load, errors, bytes per response; compared with the
// budgets (scripts/lib/bench-http/report.ts); exits 1 when any is exceeded (unless --report-only). The relative
// budget measures the static page (the prerendered 404 page) again just before each page whose req/s is budgeted,
// and judges it by that; the sign-in page, measured there too, is printed beside it and judges nothing.
// --quick: seeds its own small scale database (3 provinces, 200 tasks), 3 s per page, then drops it.
// --only TEXT: only the pages whose name contains TEXT (e.g. --only PATCH for the write).
// --warmup S: each page is first driven S seconds at --connections, unmeasured (default: --duration; 0 with --ci).
// A route's code is compiled by V8 over its first thousand or so requests: measured alone from its first request,
// the task page's p50 went 22 → 14 ms and its p95 34 → 21 ms over 20 s. A server in service is long past that.
// --ci: 3 s per page, and fails only on what is wrong on any machine (HTTP status, errors, lost updates, page
// weight), never on speed (npm run test:bench). With --quick it seeds its own database, else DATABASE_URL's.
// --instances N: N app processes behind nginx (deploy/nginx.conf).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env } from "@/lib/env";
import { BENCH_DIST, ensureBuild, type RunningApp, startApp } from "./lib/bench-http/app";
import { drained, measure, probe, type Target } from "./lib/bench-http/measure";
import {
  ceilingNote,
  type JudgeMode,
  judge,
  machine,
  type PageResult,
  renderedCeiling,
  table,
} from "./lib/bench-http/report";
import { benchTargets } from "./lib/bench-http/targets";
import { dropDatabase, withDatabase } from "./lib/postgres";
import { run, step } from "./lib/proc";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string", default: "50" },
    instances: { type: "string", default: "1" },
    port: { type: "string", default: "3400" },
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    ci: { type: "boolean", default: false },
    only: { type: "string" },
    absolute: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});

// With --json, standard output carries the JSON alone: every progress line (ours and the helpers') goes to stderr.
const print = console.log;
if (flags.json) console.log = console.error;
const log = (message: string) => console.log(message);

function intFlag(
  name: "duration" | "warmup" | "connections" | "instances" | "port",
  fallback: number,
  min = 1,
): number {
  const value = Number(flags[name] ?? fallback);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} phải là số nguyên ${min === 0 ? "không âm" : "dương"}.`);
  return value;
}

/** --quick: a small scale database of its own (dropped at the end). */
async function quickDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `par_bench_quick_${process.pid}`;
  const url = withDatabase(flags.server, name);
  await dropDatabase(flags.server, name);
  step(`Cơ sở dữ liệu nhỏ cho --quick: ${name}`);
  const args = ["scripts/seed-scale.ts", "--provinces", "3", "--years", "2", "--agencies", "80", "--tasks", "800"];
  await run(
    "tsx",
    [...args, "--updates", "4000", "--quiet", "--server", flags.server],
    { ...process.env, DATABASE_URL: url },
    flags.json ? "stderr" : "inherit",
  );
  return { url, drop: () => dropDatabase(flags.server, name) };
}

/** Per task: history rows and version, to check that every committed write left exactly one of each. */
async function writeState(
  client: pg.Client,
  taskIds: string[],
): Promise<Map<string, { rows: number; version: number }>> {
  const { rows } = await client.query<{ id: string; rows: string; version: number }>(
    `SELECT t.id, t.version, (SELECT count(*) FROM "TaskUpdate" u WHERE u."taskId" = t.id) AS rows
     FROM "Task" t WHERE t.id = ANY($1)`,
    [taskIds],
  );
  return new Map(rows.map((r) => [r.id, { rows: Number(r.rows), version: r.version }]));
}

/**
 * Lost updates: an acknowledged write whose history row is missing, or a task whose version moved by a different
 * number of steps than its history grew (a write that overwrote another instead of conflicting).
 */
async function lostUpdates(
  client: pg.Client,
  before: Map<string, { rows: number; version: number }>,
  acknowledged: string[],
): Promise<number> {
  const after = await writeState(client, [...before.keys()]);
  let lost = 0;
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a || a.version - b.version !== a.rows - b.rows) lost += 1;
  }
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "TaskUpdate" WHERE id = ANY($1)`, [
    acknowledged,
  ]);
  return lost + (acknowledged.length - Number(rows[0]?.n ?? 0));
}

async function benchTarget(client: pg.Client, app: RunningApp, target: Target, seconds: number, connections: number) {
  const baseUrl = app.baseUrl;
  const first = await probe(baseUrl, target);
  const ids = target.write?.tasks.map((t) => t.id) ?? [];
  const before = target.write ? await writeState(client, ids) : null;
  // the warm-up's writes moved the versions: start from the stored ones
  for (const task of target.write?.tasks ?? []) task.version = before?.get(task.id)?.version ?? task.version;
  const alone = await measure(baseUrl, target, 1, seconds);
  await drained(baseUrl, app.alive);
  if (target.write) {
    // Writes the first run abandoned at its end may have committed since: start the second from the stored versions.
    const now = await writeState(client, ids);
    for (const task of target.write.tasks) task.version = now.get(task.id)?.version ?? task.version;
  }
  const load = await measure(baseUrl, target, connections, seconds);
  if (!(await drained(baseUrl, app.alive))) throw new Error(`Ứng dụng không còn trả lời sau khi đo ${target.path}.`);
  const lost = before ? await lostUpdates(client, before, target.write?.acknowledged ?? []) : undefined;
  return {
    name: target.name,
    path: target.path,
    status: first.status,
    ...(target.status ? { expectedStatus: target.status } : {}),
    ...(target.budget === "floor" ? { prerendered: first.prerendered } : {}),
    htmlBytes: first.htmlBytes,
    alone,
    load,
    lostUpdates: lost,
  };
}

const judgeMode: JudgeMode = flags.ci ? "ci" : flags.absolute ? "absolute" : "relative";
/** The pages whose requests per second are budgeted. */
const isPaced = (target: Target) => target.budget === "page" || target.budget === "html";

/** Starts the app, measures every target, stops everything it started (the --quick database too). */
async function measureAll(
  seconds: number,
  warmup: number,
  connections: number,
  instances: number,
): Promise<PageResult[]> {
  const quick = flags.quick ? await quickDatabase() : null;
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), "par-bench-evidence-"));
  let app: RunningApp | null = null;
  let client: pg.Client | null = null;
  const results: PageResult[] = [];
  try {
    const databaseUrl = quick?.url ?? env.DATABASE_URL;
    if (!databaseUrl)
      throw new Error("Thiếu DATABASE_URL (cơ sở dữ liệu của `npm run db:seed:scale`), hoặc dùng --quick.");
    await ensureBuild(flags.rebuild, databaseUrl, flags.json ? "stderr" : "inherit");
    step(`Khởi động ${instances} tiến trình ứng dụng (${BENCH_DIST})${instances > 1 ? " sau nginx" : ""}`);
    app = await startApp({ databaseUrl, instances, port: intFlag("port", 3400), evidenceDir });
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { targets, accounts } = await benchTargets(client, app.baseUrl, connections);
    log(`Người dùng: ${accounts.join(", ")}`);
    // --only TEXT: the targets whose name contains TEXT (and the two the ratios need: the floor and the sign-in page)
    const reference = (t: Target) => t.budget === "floor" || t.budget === "signin";
    const chosen = flags.only ? targets.filter((t) => reference(t) || t.name.includes(flags.only ?? "")) : targets;
    const floor = targets.find((t) => t.budget === "floor");
    const signIn = targets.find((t) => t.budget === "signin");
    let floorRps = 0;
    let signInRps = 0;
    // each measurement starts on a quiet app: the previous one's requests answered, and the app still alive
    const running = app;
    const settle = async () => {
      if (!(await drained(running.baseUrl, running.alive))) throw new Error("Ứng dụng đã dừng giữa chừng.");
    };
    for (const target of chosen) {
      log(`  đo ${target.name} …`);
      await settle();
      if (warmup > 0) {
        await measure(app.baseUrl, target, connections, warmup);
        await settle();
      }
      // The relative budget compares a page with the floor measured just before it: this machine's speed moves by
      // a third within minutes, so a floor taken at the start misjudges the pages measured last.
      const paired = floor !== undefined && judgeMode === "relative" && isPaced(target);
      if (paired) {
        floorRps = (await measure(app.baseUrl, floor, connections, seconds)).rps;
        await settle();
        if (signIn) {
          signInRps = (await measure(app.baseUrl, signIn, connections, seconds)).rps;
          await settle();
        }
      }
      const r = await benchTarget(client, app, target, seconds, connections);
      if (target.budget === "floor") floorRps = r.load.rps;
      if (target.budget === "signin") signInRps = r.load.rps;
      // only what was measured just before is printed beside the page (as its ratios)
      const ratios = paired ? { floorRps, ...(signIn ? { signInRps } : {}) } : {};
      results.push({ ...r, ...ratios, failures: judge(target, r, floorRps, judgeMode) });
    }
    return results;
  } finally {
    await client?.end();
    await app?.stop();
    fs.rmSync(evidenceDir, { recursive: true, force: true });
    await quick?.drop();
  }
}

async function main(): Promise<void> {
  const seconds = intFlag("duration", flags.quick || flags.ci ? 3 : 10);
  const warmup = intFlag("warmup", flags.ci ? 0 : seconds, 0);
  const connections = intFlag("connections", 50);
  const instances = intFlag("instances", 1);
  const results = await measureAll(seconds, warmup, connections, instances);
  const ok = results.every((r) => r.failures.length === 0);
  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { seconds, warmup, connections, instances, quick: flags.quick, budget: judgeMode },
    results,
    renderedCeiling: renderedCeiling(results),
    ok,
  };
  if (flags.json) print(JSON.stringify(summary, null, 2));
  else {
    console.log(`\n${table(results, connections)}\n`);
    console.log(
      `${summary.date} · ${summary.machine.cpus} × ${summary.machine.model} · ${summary.machine.memoryGiB} GiB`,
    );
    const ceiling = ceilingNote(summary.renderedCeiling);
    if (ceiling) console.log(ceiling);
    console.log(ok ? "Mọi trang trong ngân sách." : "Có trang vượt ngân sách (xem cột cuối).");
    if (flags.ci) console.log("(--ci: tốc độ không được chấm; chỉ mã HTTP, lỗi, cập nhật bị mất và dung lượng trang.)");
  }
  // Exits explicitly (an open handle of a library must not keep the process, nor its exit code), once stdout is
  // flushed: the JSON can be large and go to a pipe.
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(ok || flags["report-only"] ? 0 : 1);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
