// The task_cycles migration on real data: a database at the migration before it, tasks in every state with
// updates and evidence spread over several years, then the migration; nothing may be lost or change meaning.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const MINE = "task_cycles_and_reports";
const all = fs
  .readdirSync(MIGRATIONS)
  .filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory())
  .sort();
const mineIndex = all.findIndex((d) => d.endsWith(MINE));
const sql = (dir: string) => fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");

const database = `par_cycles_migration_${process.pid}_${Date.now()}`;
const serverUrl = new URL(env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const urlFor = (db: string) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
let client: pg.Client;

/** Inserts the world as it was before per-cycle status: times are UTC (Việt Nam is UTC+7). */
const BEFORE = `
INSERT INTO "Province" (id, code, name) VALUES ('p', 'p', 'Tỉnh thử');
INSERT INTO "Framework" (id, year, title) VALUES ('f', 2020, 'Khung');
INSERT INTO "Criterion" (id, "frameworkId", code, "sortKey", level, title, "standardPoints") VALUES ('c', 'f', '1', '001', 'FIELD', 'Lĩnh vực', 8);
INSERT INTO "Assessment" (id, "provinceId", year, "totalScore") VALUES ('a', 'p', 2020, 83.93);
INSERT INTO "Plan" (id, "provinceId", "assessmentId", number, "issuedOn", title, "sourceFileName", "sourceText", "sourceSha256", "updatedAt")
  VALUES ('plan', 'p', 'a', '1/KH', '2021-08-23', 'Kế hoạch', 'x', '', '0', now());
INSERT INTO "Agency" (id, "provinceId", name, kind, "updatedAt") VALUES ('ag', 'p', 'Sở Tài chính', 'DEPARTMENT', now());
INSERT INTO "User" (id, "provinceId", "agencyId", email, name, role, "passwordHash", "updatedAt") VALUES ('u', 'p', 'ag', 'u@x.vn', 'U', 'AGENCY_HEAD', 'x', now());
INSERT INTO "Task" (id, "planId", source, "sourceRef", "agencyId", "criterionId", title, status, progress, "dueOn", recurrence, version, "createdAt", "updatedAt") VALUES
  ('yearly',    'plan', 'MEASURE', 'M:1', 'ag', 'c', 'Hằng năm, đã xác nhận', 'ACCEPTED',    100, '2021-12-31', 'YEARLY',    4, '2021-09-01 03:00', now()),
  ('once',      'plan', 'DUTY',    'D:1', 'ag', NULL, 'Một lần, đang làm',    'IN_PROGRESS',  60, '2024-06-30', 'NONE',      2, '2021-09-01 03:00', now()),
  ('fresh',     'plan', 'MEASURE', 'M:2', 'ag', 'c', 'Hằng năm, chưa làm',    'NOT_STARTED',   0, '2021-12-31', 'YEARLY',    0, '2026-01-10 03:00', now()),
  ('quarterly', 'plan', 'MEASURE', 'M:3', 'ag', 'c', 'Hằng quý, đã gửi',      'SUBMITTED',   100, '2026-03-31', 'QUARTERLY', 1, '2026-01-02 03:00', now()),
  ('monthly',   'plan', 'MEASURE', 'M:4', 'ag', 'c', 'Hằng tháng, trả lại',   'RETURNED',     30, '2026-07-31', 'MONTHLY',   3, '2026-07-01 03:00', now()),
  ('unassigned','plan', 'DUTY',    'D:2', NULL, NULL, 'Chưa phân công',       'NOT_STARTED',   0, NULL,         'NONE',      0, '2021-09-01 03:00', now());
INSERT INTO "TaskUpdate" (id, "taskId", "userId", "fromStatus", "toStatus", progress, note, "createdAt") VALUES
  ('y1', 'yearly', 'u', 'NOT_STARTED', 'IN_PROGRESS', 40, 'Bắt đầu', '2021-10-01 03:00'),
  ('y2', 'yearly', 'u', 'IN_PROGRESS', 'SUBMITTED', 100, 'Xong', '2021-12-20 03:00'),
  ('y3', 'yearly', 'u', 'SUBMITTED', 'ACCEPTED', NULL, NULL, '2021-12-31 18:00'),
  ('y4', 'yearly', 'u', NULL, NULL, NULL, 'Bổ sung minh chứng', '2023-05-01 03:00'),
  ('o1', 'once', 'u', 'NOT_STARTED', 'IN_PROGRESS', 20, NULL, '2022-02-01 03:00'),
  ('o2', 'once', 'u', NULL, NULL, 60, 'Tiếp tục', '2024-03-01 03:00'),
  ('q1', 'quarterly', 'u', 'NOT_STARTED', 'SUBMITTED', 100, NULL, '2026-05-10 03:00'),
  ('m1', 'monthly', 'u', 'NOT_STARTED', 'IN_PROGRESS', 30, NULL, '2026-07-03 03:00'),
  ('m2', 'monthly', 'u', 'IN_PROGRESS', 'SUBMITTED', 100, NULL, '2026-07-20 03:00'),
  ('m3', 'monthly', 'u', 'SUBMITTED', 'RETURNED', 30, 'Thiếu số liệu', '2026-08-02 03:00');
INSERT INTO "Evidence" (id, "updateId", kind, "fileName", url) VALUES
  ('e1', 'y2', 'file', 'bao-cao.pdf', NULL), ('e2', 'y4', 'link', NULL, 'https://lamdong.gov.vn/a'), ('e3', 'm2', 'file', 'so-lieu.pdf', NULL);
`;

async function rows<T>(text: string): Promise<T[]> {
  return (await client.query(text)).rows as T[];
}

beforeAll(async () => {
  expect(mineIndex).toBeGreaterThan(0);
  const admin = new pg.Client({ connectionString: urlFor("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  for (const dir of all.slice(0, mineIndex)) await client.query(sql(dir));
  await client.query(BEFORE);
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: urlFor("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
  await admin.end();
});

describe("migration task_cycles_and_reports", () => {
  let before: { tasks: unknown[]; updates: unknown[]; evidence: unknown[] };

  it("applies on a database with tasks in every state", async () => {
    before = {
      tasks: await rows(`SELECT id, status, progress, version, "agencyId", "dueOn" FROM "Task" ORDER BY id`),
      updates: await rows(
        `SELECT id, "taskId", "fromStatus", "toStatus", progress, note, "createdAt" FROM "TaskUpdate" ORDER BY id`,
      ),
      evidence: await rows(`SELECT * FROM "Evidence" ORDER BY id`),
    };
    await client.query(sql(all[mineIndex] ?? ""));
  });

  it("keeps every task, update and evidence row as it was", async () => {
    expect(await rows(`SELECT id, status, progress, version, "agencyId", "dueOn" FROM "Task" ORDER BY id`)).toEqual(
      before.tasks,
    );
    expect(
      await rows(
        `SELECT id, "taskId", "fromStatus", "toStatus", progress, note, "createdAt" FROM "TaskUpdate" ORDER BY id`,
      ),
    ).toEqual(before.updates);
    expect(await rows(`SELECT * FROM "Evidence" ORDER BY id`)).toEqual(before.evidence);
  });

  it("files the history under the cycles it belongs to by date, each with the status it had then", async () => {
    const cycles = await rows<{
      taskId: string;
      key: string;
      status: string;
      progress: number;
      updates: string[] | null;
    }>(`
      SELECT c."taskId", c.key, c.status::text, c.progress,
             (SELECT array_agg(u.id ORDER BY u."createdAt") FROM "TaskUpdate" u WHERE u."cycleId" = c.id) AS updates
      FROM "TaskCycle" c ORDER BY c."taskId", c."startsOn" NULLS FIRST`);
    expect(cycles.map((c) => [c.taskId, c.key, c.status, c.progress, c.updates ?? []])).toEqual([
      ["fresh", "2026", "NOT_STARTED", 0, []],
      ["monthly", "2026-07", "SUBMITTED", 100, ["m1", "m2"]],
      ["monthly", "2026-08", "RETURNED", 30, ["m3"]],
      ["once", "once", "IN_PROGRESS", 60, ["o1", "o2"]],
      ["quarterly", "2026-Q1", "NOT_STARTED", 0, []],
      ["quarterly", "2026-Q2", "SUBMITTED", 100, ["q1"]],
      ["unassigned", "once", "NOT_STARTED", 0, []],
      // accepted at 01:00 on 1 January 2022 in Việt Nam: the review belongs to the 2022 cycle
      ["yearly", "2021", "SUBMITTED", 100, ["y1", "y2"]],
      ["yearly", "2022", "ACCEPTED", 100, ["y3"]],
      ["yearly", "2023", "ACCEPTED", 100, ["y4"]],
    ]);
    expect(await rows(`SELECT id FROM "TaskUpdate" WHERE "cycleId" IS NULL`)).toEqual([]);
  });

  it("the newest cycle of every task carries the task's own status and progress", async () => {
    const mismatched = await rows(`
      SELECT t.id FROM "Task" t
      JOIN LATERAL (SELECT * FROM "TaskCycle" c WHERE c."taskId" = t.id ORDER BY c."startsOn" DESC NULLS LAST LIMIT 1) c ON true
      WHERE c.status <> t.status OR c.progress <> t.progress`);
    expect(mismatched).toEqual([]);
  });

  it("from then on keeps tasks and their current cycle in step", async () => {
    await client.query(`UPDATE "Task" SET status = 'IN_PROGRESS', progress = 10 WHERE id = 'fresh'`);
    await client.query(
      `INSERT INTO "TaskUpdate" (id, "taskId", "userId", note) VALUES ('n1', 'yearly', 'u', 'Ghi chú mới')`,
    );
    await client.query(
      `INSERT INTO "Task" (id, "planId", source, "sourceRef", title, recurrence, "updatedAt") VALUES ('new', 'plan', 'DUTY', 'D:9', 'Mới', 'NONE', now())`,
    );
    expect(await rows(`SELECT key, status::text, progress FROM "TaskCycle" WHERE "taskId" = 'fresh'`)).toEqual([
      { key: "2026", status: "IN_PROGRESS", progress: 10 },
    ]);
    expect(
      await rows(`SELECT c.key FROM "TaskUpdate" u JOIN "TaskCycle" c ON c.id = u."cycleId" WHERE u.id = 'n1'`),
    ).toEqual([{ key: "2023" }]);
    expect(await rows(`SELECT key FROM "TaskCycle" WHERE "taskId" = 'new'`)).toEqual([{ key: "once" }]);
  });
});
