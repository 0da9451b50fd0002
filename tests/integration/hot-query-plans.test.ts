// Issue 13: every hot query's plan is checked, no sequential scan over tasks or updates. Each hot loader (board,
// its one-column list, task page, review queue and its next item, my tasks, notifications, a page's session with the
// shell's badges) runs once through a
// Prisma client that records the SQL it sends; each statement is then EXPLAINed with its own parameters, with
// sequential scans disabled (`enable_seqscan = off`), so any scan of "Task", "TaskUpdate" or "TaskCycle" that is
// still sequential (no index can serve it) or a full index scan with no condition (a whole-table read by an
// index, e.g. a relation count grouping every update) fails the test. Without the task page's per-cycle count
// fix, Prisma's `_count` grouped the whole TaskUpdate table.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-plans-${process.pid}-${Date.now()}`;
});

type Sent = { query: string; params: string };
const sent: Sent[] = [];
let recording = false;
const recorder = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
  log: [{ emit: "event", level: "query" }],
});
recorder.$on("query", (e) => {
  if (recording) sent.push({ query: e.query, params: e.params });
});
// lib/db.ts takes the client already on globalThis: the loaders below send their SQL through the recorder
(globalThis as unknown as { prisma?: PrismaClient }).prisma = recorder;

const { db } = await import("@/lib/db");
const data = await import("@/lib/tasks/data");
const { loadNotifications } = await import("@/lib/notifications/data");
const { loadCriterionDetail } = await import("@/lib/dashboard/criterion");
const { buildTaskWorld, readPageSession } = await import("./tasks-fixtures");
const { isPrepared, PREPARED } = await import("@/lib/db-statements");
const { clearAggregateCache } = await import("@/lib/server/aggregate-cache");

const WATCHED = new Set(["Task", "TaskUpdate", "TaskCycle", "TaskSupporter", "Notification"]);
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
};

/**
 * Partial indexes that hold only work in flight, never history, so reading one whole is not reading the table: the
 * cycles waiting for their agency head (cleared when the head decides), which the card statements read once.
 */
const IN_FLIGHT_INDEXES = new Set(["TaskCycle_waiting_head_idx"]);

/** The scans of watched tables that read the whole table: sequential, or an index scan without a condition. */
function wholeTableScans(node: PlanNode, out: string[] = []): string[] {
  const table = node["Relation Name"];
  if (table && WATCHED.has(table)) {
    const type = node["Node Type"];
    if (type.includes("Seq Scan")) out.push(`${type} on ${table}`);
    else if (
      /^Index (Only )?Scan$/.test(type) &&
      !node["Index Cond"] &&
      !IN_FLIGHT_INDEXES.has(node["Index Name"] ?? "")
    )
      out.push(`${type} on ${table} (${node["Index Name"]}) without a condition`);
  }
  for (const child of node.Plans ?? []) wholeTableScans(child, out);
  return out;
}

/** A read, PREPARED's leading comment (lib/db-statements.ts) or not: every prepared statement starts with it. */
const READS = /^\s*(\/\*[^*]*\*\/\s*)?(select|with)\b/i;

/** The reads `run` sends with nothing cached (an agency's board is kept in the aggregate cache). */
async function statementsOf(run: () => Promise<unknown>): Promise<Sent[]> {
  clearAggregateCache();
  sent.length = 0;
  recording = true;
  try {
    await run();
  } finally {
    recording = false;
  }
  return sent.splice(0).filter((s) => READS.test(s.query));
}

/** A parameter as an SQL literal of EXECUTE's argument list (PREPARE infers each parameter's type, as a Parse does). */
function literal(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return literal(`{${value.map((v) => `"${String(v).replaceAll('"', '\\"')}"`).join(",")}}`);
  return `'${String(value).replaceAll("'", "''")}'`;
}

type Explained = { "QUERY PLAN": { Plan: PlanNode }[] }[];

/**
 * The plan of a statement with its own parameters, or with `generic` the plan Postgres may keep for it once it is
 * prepared under a name (lib/db-statements.ts: after five runs the plan cache may stop planning with the actual
 * parameters).
 */
async function explain({ query, params }: Sent, generic = false): Promise<PlanNode> {
  const values = JSON.parse(params) as unknown[];
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("set local enable_seqscan = off");
    if (!generic) return tx.$queryRawUnsafe<Explained>(`explain (format json) ${query}`, ...values);
    await tx.$executeRawUnsafe("set local plan_cache_mode = force_generic_plan");
    await tx.$executeRawUnsafe(`prepare par_generic_check as ${query}`);
    try {
      const args = values.length > 0 ? `(${values.map(literal).join(", ")})` : "";
      return await tx.$queryRawUnsafe<Explained>(`explain (format json) execute par_generic_check${args}`);
    } finally {
      await tx.$executeRawUnsafe("deallocate par_generic_check");
    }
  });
  const plan = rows[0]?.["QUERY PLAN"][0]?.Plan;
  if (!plan) throw new Error(`no ${generic ? "generic " : ""}plan for ${query}`);
  return plan;
}

let w: Awaited<ReturnType<typeof buildTaskWorld>>;
let taskId = "";

beforeAll(async () => {
  w = await buildTaskWorld();
  const statuses = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;
  // A province's shape, not two agencies': finance leads one task in twenty, forty more agencies lead the others
  // and every task has one supporting agency, so the planner sees selective indexes as at national scale, whatever
  // other test files have written (alone on a fresh database, with finance leading a third of the tasks and no
  // supporters, three cases failed: the card statement and the supporters were read whole by an index).
  const others = await db.agency.createManyAndReturn({
    data: Array.from({ length: 40 }, (_, i) => ({
      provinceId: w.provinceId,
      name: `Cơ quan đo ${w.tag} ${i}`,
      kind: "DEPARTMENT" as const,
    })),
    select: { id: true },
  });
  const all = [w.agencies.health.id, ...others.map((a) => a.id)];
  const lead = (i: number) => (i % 20 === 0 ? w.agencies.finance.id : (all[i % all.length] ?? w.agencies.health.id));
  const tasks = await db.task.createManyAndReturn({
    data: Array.from({ length: 3000 }, (_, i) => ({
      planId: w.plan.id,
      source: "DUTY" as const,
      sourceRef: `P:${i}`,
      agencyId: lead(i),
      title: `Nhiệm vụ ${i}`,
      status: statuses[(i + Math.floor(i / 20)) % 5], // finance's tasks (every 20th) get every status too
      responsibleUserId: i % 20 === 0 ? w.users.financeStaff.id : null,
    })),
    select: { id: true },
  });
  taskId = tasks[0]?.id ?? "";
  const supporters = [w.agencies.finance.id, ...all];
  await db.taskSupporter.createMany({
    data: tasks.map((t, i) => ({ taskId: t.id, agencyId: supporters[(i * 7 + 1) % supporters.length] ?? "" })),
    skipDuplicates: true,
  });
  await db.taskUpdate.createMany({
    data: tasks.flatMap((t) => [0, 1, 2].map((n) => ({ taskId: t.id, userId: w.users.financeStaff.id, note: `${n}` }))),
  });
  await db.notification.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      provinceId: w.provinceId,
      userId: w.users.financeStaff.id,
      kind: "report.late",
      title: `Thông báo ${i}`,
      body: "x",
      dedupeKey: `plans-${w.tag}-${i}`,
    })),
  });
  for (const table of WATCHED) await db.$executeRawUnsafe(`analyze "${table}"`);
}, 120_000);

/** The criterion page of the world's one measure, as Sở Nội vụ reads it (the measure's tasks by Task.measureId). */
async function criterionPage() {
  const { code } = await db.criterion.findUniqueOrThrow({ where: { id: w.measure.criterionId } });
  const detail = await loadCriterionDetail(w.users.homeAffairs, w.plan.id, code, "2026-12-01");
  if (!detail) throw new Error("criterion page not found");
  return detail;
}

describe("hot queries at scale use indexes", () => {
  const cases: [string, () => Promise<unknown>][] = [
    ["agency board", () => data.loadAgencyBoard(w.users.financeHead, w.agencies.finance.id)],
    [
      "a board column's list",
      () => data.loadAgencyBoard(w.users.financeHead, w.agencies.finance.id, { status: "IN_PROGRESS" }),
    ],
    ["task page", () => data.loadTaskDetail(w.users.financeStaff, taskId)],
    ["review queue", () => data.loadReviewQueue(w.users.homeAffairs, null, 2)],
    ["next in the review queue", () => data.loadNextReviewId(w.users.homeAffairs, taskId)],
    [
      "a page's session and badges, as Sở Nội vụ (awaiting review)",
      () => readPageSession(w.users.homeAffairs.id, `plans-${w.tag}`),
    ],
    [
      "a page's session and badges, as staff (300 notifications)",
      () => readPageSession(w.users.financeStaff.id, `plans-${w.tag}`),
    ],
    ["my tasks", () => data.loadMyTasks(w.users.financeStaff, 2)],
    ["notifications", () => loadNotifications(w.users.financeStaff, { page: 2, unreadOnly: false })],
    ["criterion page", async () => criterionPage()],
  ];

  it.each(cases)("%s", async (_name, run) => {
    const statements = await statementsOf(run);
    expect(statements.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const s of statements) {
      for (const scan of wholeTableScans(await explain(s))) found.push(`${scan}: ${s.query.slice(0, 120)}`);
      // a named statement's generic plan must not read a whole table either
      if (isPrepared(s.query))
        for (const scan of wholeTableScans(await explain(s, true)))
          found.push(`generic plan: ${scan}: ${s.query.slice(0, 120)}`);
    }
    expect(found).toEqual([]);
  });

  it("the check reads the prepared statements too (each starts with PREPARED's comment)", async () => {
    const statements = await statementsOf(() => data.loadAgencyBoard(w.users.financeHead, w.agencies.finance.id));
    // the cards (the agency's statement is not prepared: its generic plan read Task whole)
    expect(statements.filter((s) => isPrepared(s.query))).toHaveLength(1);
  });

  it("the task page's task and agencies statements are prepared (Prisma's relation query for the task took 2,7 ms to plan every time)", async () => {
    const statements = await statementsOf(() => data.loadTaskDetail(w.users.financeStaff, taskId));
    const prepared = statements.filter((s) => isPrepared(s.query));
    expect(prepared).toHaveLength(2);
    expect(prepared.some((s) => s.query.includes('from "TaskUpdate" u'))).toBe(true); // the task and its history
    expect(prepared.some((s) => s.query.includes('from "RestructuringEvent" e'))).toBe(true); // the agencies' names
  });

  it("the board's agency statement counts the agency's tasks once, for its plans and for the chosen one", async () => {
    // Pulled up, the lateral that sums the plans was copied into both arms of the chosen plan's ids: three countings
    // of every task the agency leads or supports (5 ms of Postgres a large board at national scale, 2 ms counted once).
    const statements = await statementsOf(() => data.loadAgencyBoard(w.users.financeHead, w.agencies.finance.id));
    const agency = statements.find((s) => s.query.includes('from "Agency" a'));
    if (!agency) throw new Error("no agency statement");
    expect(agency.query).toContain("json_agg");
    const supporterScans = (node: PlanNode): number =>
      (node["Relation Name"] === "TaskSupporter" ? 1 : 0) +
      (node.Plans ?? []).reduce((n, child) => n + supporterScans(child), 0);
    // one for the plans, one for the supported tasks of the chosen plan
    expect(supporterScans(await explain(agency))).toBe(2);
  });

  it("the check itself sees a whole-table read (a relation count over every update)", async () => {
    // Loaded one statement per relation (the strategy before relationJoins), a `_count` groups the whole table.
    const statements = await statementsOf(() =>
      db.taskCycle.findMany({
        relationLoadStrategy: "query",
        where: { taskId },
        select: { id: true, _count: { select: { updates: true } } },
      }),
    );
    const scans = (await Promise.all(statements.map((s) => explain(s)))).flatMap((p) => wholeTableScans(p));
    expect(scans.some((s) => s.includes("TaskUpdate"))).toBe(true);
  });

  it("the generic check sees a whole-table read that only the generic plan makes", async () => {
    // With its parameter known the planner drops the `is null` arm and uses Task's plan index; a generic plan
    // cannot, so it reads every task.
    const statement = {
      query: `${PREPARED.sql} select id from "Task" where "planId" = $1 or $1::text is null`,
      params: JSON.stringify([w.plan.id]),
    };
    expect(wholeTableScans(await explain(statement))).toEqual([]);
    expect(wholeTableScans(await explain(statement, true)).some((s) => s.includes("Task"))).toBe(true);
  });
});
