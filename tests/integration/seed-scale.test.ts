// db:seed:scale's SQL (issue 13): the same seed gives the same rows, ids included; the shapes are the ones the
// benchmark relies on (every status, a few large agencies, updates inside their task's cycles, never after
// --until, written by users of the task's own province); everything is named as synthetic. Each run is rolled back.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkShape, type ScaleShape, scaleStatements } from "@/scripts/lib/scale-sql";

const HASH = `$2b$04$${"a".repeat(53)}`;
const shape = (over: Partial<ScaleShape> = {}): ScaleShape => ({
  seed: 7,
  provinces: 2,
  years: 2,
  agencies: 70,
  tasks: 900,
  updates: 4000,
  until: "2026-11-30",
  passwordHash: HASH,
  ...over,
});

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
beforeAll(() => client.connect());
afterAll(() => client.end());

/** Grows the database inside a transaction, runs the checks, rolls back. */
async function grown<T>(s: ScaleShape, read: () => Promise<T>): Promise<T> {
  const checked = checkShape(s);
  if (typeof checked === "string") throw new Error(checked);
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    for (const { sql } of scaleStatements(checked)) await client.query(sql);
    return await read();
  } finally {
    await client.query("ROLLBACK");
    await client.query("DISCARD TEMP");
  }
}

const one = async (sql: string) => (await client.query(sql)).rows[0] as Record<string, unknown>;
const fingerprint = () =>
  one(`SELECT
    (SELECT md5(string_agg(id || status || progress || coalesce("agencyId", '-') || "planId", ',' ORDER BY id)) FROM "Task" WHERE id LIKE 'csc%') AS tasks,
    (SELECT md5(string_agg(id || "taskId" || "userId" || "createdAt"::text || coalesce("cycleId", '-'), ',' ORDER BY id)) FROM "TaskUpdate" WHERE id LIKE 'csc%') AS updates,
    (SELECT md5(string_agg(id || "entityId" || after::text, ',' ORDER BY id)) FROM "AuditLog" WHERE id LIKE 'csc%') AS audit`);

describe("db:seed:scale", () => {
  it("is deterministic for a seed, and another seed gives other rows", async () => {
    const a = await grown(shape(), fingerprint);
    const b = await grown(shape(), fingerprint);
    const c = await grown(shape({ seed: 8 }), fingerprint);
    expect(a).toEqual(b);
    expect(a.tasks).not.toEqual(c.tasks);
  });

  it("has the shapes the benchmark needs, all named as synthetic", async () => {
    const facts = await grown(shape(), () =>
      one(`SELECT
        (SELECT count(*) FROM "Task" WHERE id LIKE 'csc%') AS tasks,
        (SELECT count(*) FROM "TaskUpdate" WHERE id LIKE 'csc%') AS updates,
        (SELECT count(*) FROM "AuditLog" WHERE id LIKE 'csc%') AS audits,
        (SELECT count(DISTINCT status) FROM "Task" WHERE id LIKE 'csc%') AS statuses,
        (SELECT count(*) FROM "Evidence" WHERE id LIKE 'csc%') AS evidence,
        (SELECT max(n) FROM (SELECT count(*) n FROM "Task" WHERE id LIKE 'csc%' AND "agencyId" IS NOT NULL GROUP BY "agencyId") x) AS largest,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM (SELECT count(*) n FROM "Task" WHERE id LIKE 'csc%' AND "agencyId" IS NOT NULL GROUP BY "agencyId") x) AS median,
        (SELECT count(*) FROM "TaskUpdate" WHERE id LIKE 'csc%' AND "createdAt" >= '2026-11-30') AS after_until,
        (SELECT count(*) FROM "TaskUpdate" u LEFT JOIN "TaskCycle" c ON c.id = u."cycleId" AND c."taskId" = u."taskId"
           WHERE u.id LIKE 'csc%' AND c.id IS NULL) AS without_cycle,
        (SELECT count(*) FROM "TaskUpdate" u JOIN "Task" t ON t.id = u."taskId" JOIN "Plan" p ON p.id = t."planId"
           JOIN "User" us ON us.id = u."userId" WHERE u.id LIKE 'csc%' AND us."provinceId" <> p."provinceId") AS foreign_authors,
        (SELECT count(*) FROM "Province" WHERE id LIKE 'csc%' AND name NOT LIKE 'Tỉnh thử nghiệm %') AS unmarked_provinces,
        (SELECT count(*) FROM "Agency" WHERE id LIKE 'csc%' AND name NOT LIKE '%thử nghiệm%') AS unmarked_agencies,
        (SELECT count(*) FROM "Plan" WHERE id LIKE 'csc%' AND title NOT LIKE '%(dữ liệu tổng hợp)') AS unmarked_plans,
        (SELECT count(*) FROM "User" WHERE id LIKE 'csc%' AND NOT demo) AS non_demo_users`),
    );
    expect(facts).toMatchObject({
      tasks: "900",
      updates: "4000",
      audits: "4000",
      statuses: "5",
      after_until: "0",
      without_cycle: "0",
      foreign_authors: "0",
      unmarked_provinces: "0",
      unmarked_agencies: "0",
      unmarked_plans: "0",
      non_demo_users: "0",
    });
    expect(Number(facts.evidence)).toBeGreaterThan(200);
    expect(Number(facts.largest)).toBeGreaterThan(5 * Number(facts.median));
  });

  it("bumps the aggregate version of every province and of the national data (its triggers are off)", async () => {
    const versions = () =>
      one(`SELECT (SELECT count(*) FROM "Province" p
                    WHERE NOT EXISTS (SELECT FROM "AggregateVersion" v WHERE v.scope = p.id AND v.version > 0)) AS unversioned,
                  (SELECT coalesce(sum(version), 0) FROM "AggregateVersion") AS total`);
    const before = await versions();
    const after = await grown(shape(), versions);
    expect(after.unversioned).toBe("0");
    expect(Number(after.total)).toBeGreaterThan(Number(before.total));
  });

  it("refuses flags it would write into the SQL unchecked", () => {
    expect(checkShape(shape({ tasks: 1.5 }))).toMatch(/--tasks phải là số nguyên/);
    expect(checkShape(shape({ until: "2026-13-45'; drop table x; --" }))).toMatch(/--until phải là ngày/);
    expect(checkShape(shape({ passwordHash: "x'; drop" }))).toMatch(/Mã băm mật khẩu không hợp lệ/);
  });
});
