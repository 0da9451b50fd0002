// npm run db:seed:scale -- --provinces 34 --years 5 --agencies 2000 --tasks 200000 --updates 2000000 [--seed N]
// Grows a database to national size for measuring (issue 13): the regular seed (Lâm Đồng's real plan and demo
// accounts) plus synthetic provinces, agencies, frameworks, plans, tasks with their cycles, updates, audit rows and
// link evidence — all clearly named as synthetic ("Tỉnh thử nghiệm 07"). Counts are totals, Lâm Đồng included.
// Builds into DATABASE_URL, or into a new database it creates and names. Deterministic for the same flags, seed
// and --until (default: today). See scripts/lib/scale-sql.ts for the shapes.
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import pg from "pg";
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { BCRYPT_COST } from "@/lib/auth/password-hash";
import { env } from "@/lib/env";
import { createDatabaseIfMissing, withDatabase } from "./lib/postgres";
import { run, step } from "./lib/proc";
import { checkShape, type ScaleShape, scaleStatements } from "./lib/scale-sql";
import { printScaleSummary } from "./lib/scale-summary";

const { values: flags } = parseArgs({
  options: {
    provinces: { type: "string", default: "34" },
    years: { type: "string", default: "5" },
    agencies: { type: "string", default: "2000" },
    tasks: { type: "string", default: "200000" },
    updates: { type: "string", default: "2000000" },
    seed: { type: "string", default: "1" },
    until: { type: "string" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    quiet: { type: "boolean", default: false },
  },
});

/** The demo password's hash with a salt drawn from the seed, so the rows are identical run to run. */
function demoHash(seed: number): string {
  const alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const digest = createHash("sha256").update(`par-scale-${seed}`).digest();
  const salt = Array.from({ length: 22 }, (_, i) => alphabet[(digest[i] ?? 0) % 64]).join("");
  return bcrypt.hashSync(DEMO_PASSWORD, `$2b$${BCRYPT_COST}$${salt}`);
}

async function targetDatabase(seed: number): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const name = `par_scale_${seed}_${stamp}`;
  await createDatabaseIfMissing(flags.server, name);
  const url = withDatabase(flags.server, name);
  console.log(`Đã tạo cơ sở dữ liệu mới: ${url}`);
  return url;
}

type Counts = { provinces: number; agencies: number; tasks: number; updates: number; synthetic: number };

async function existing(client: pg.Client): Promise<Counts> {
  const { rows } = await client.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM "Province") AS provinces, (SELECT count(*) FROM "Agency") AS agencies,
           (SELECT count(*) FROM "Task") AS tasks, (SELECT count(*) FROM "TaskUpdate") AS updates,
           (SELECT count(*) FROM "Province" WHERE code LIKE 'thu-nghiem-%') AS synthetic`);
  const row = rows[0] ?? {};
  const n = (key: keyof Counts) => Number(row[key] ?? 0);
  return {
    provinces: n("provinces"),
    agencies: n("agencies"),
    tasks: n("tasks"),
    updates: n("updates"),
    synthetic: n("synthetic"),
  };
}

async function grow(client: pg.Client, shape: ScaleShape): Promise<void> {
  const checked = checkShape(shape);
  if (typeof checked === "string") throw new Error(checked);
  await client.query("BEGIN");
  // Triggers and foreign-key checks off for this transaction: the rows are consistent by construction, and the
  // cycles the Task trigger would make (with random ids) are written here deterministically instead.
  await client.query("SET LOCAL session_replication_role = replica");
  await client.query("SET LOCAL work_mem = '256MB'");
  await client.query("SET LOCAL maintenance_work_mem = '512MB'");
  // The big tables' secondary indexes are built once after the load (much faster than row by row), in the same
  // transaction: if anything fails, the rollback restores them.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename IN ('TaskUpdate', 'AuditLog', 'Evidence', 'TaskCycle')
       AND indexname NOT LIKE '%_pkey'`,
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  for (const { label, sql } of scaleStatements(checked)) await timed(label, () => client.query(sql));
  await timed(`${indexes.length} chỉ mục`, async () => {
    for (const index of indexes) await client.query(index.def);
  });
  await client.query("COMMIT");
}

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function numberFlag(name: keyof typeof flags): number {
  const raw = flags[name];
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`--${name} phải là số nguyên (nhận: ${String(raw)}).`);
  return value;
}

async function main(): Promise<void> {
  const started = performance.now();
  const seed = numberFlag("seed");
  const url = await targetDatabase(seed);
  const childEnv = { ...process.env, DATABASE_URL: url };
  step("Áp dụng migration và dữ liệu mẫu Lâm Đồng");
  await run("prisma", ["migrate", "deploy"], childEnv);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const before = await existing(client);
    if (before.synthetic > 0)
      throw new Error("Cơ sở dữ liệu này đã có dữ liệu tổng hợp; hãy dùng một cơ sở dữ liệu mới (bỏ DATABASE_URL).");
    if (before.provinces === 0) await run("tsx", ["prisma/seed.ts"], childEnv);
    const base = await existing(client);
    const until = flags.until ?? new Date().toISOString().slice(0, 10);
    const shape: ScaleShape = {
      seed,
      provinces: Math.max(1, numberFlag("provinces") - base.provinces),
      years: numberFlag("years"),
      agencies: Math.max(1, numberFlag("agencies") - base.agencies),
      tasks: Math.max(1, numberFlag("tasks") - base.tasks),
      updates: Math.max(0, numberFlag("updates") - base.updates),
      until,
      passwordHash: demoHash(seed),
    };
    step(
      `Sinh dữ liệu tổng hợp: ${shape.provinces} tỉnh, ${shape.agencies} cơ quan, ${shape.years} kế hoạch mỗi tỉnh, ` +
        `${shape.tasks} nhiệm vụ, ${shape.updates} cập nhật (seed ${seed}, đến ngày ${until})`,
    );
    await grow(client, shape);
    // VACUUM as well: rows just copied in have no visibility map yet, so every index-only scan (a task's latest
    // update, the review queue's order) would read the table too until autovacuum passes, as it has on any
    // database that has lived a while
    step("Thống kê cho bộ tối ưu truy vấn và bản đồ hiển thị (VACUUM ANALYZE)");
    await client.query("VACUUM ANALYZE");
    await run("tsx", ["scripts/lib/scale-calendar.ts"], childEnv);
    await printScaleSummary(client, url, flags.quiet);
  } finally {
    await client.end();
  }
  console.log(`\nXong sau ${((performance.now() - started) / 1000).toFixed(0)} s. DATABASE_URL=${url}`);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
