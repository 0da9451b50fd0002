// Lists that grow with the years are bounded (issue 13): an agency board reads ONE plan (the newest by default,
// another by the plan picker), its one-column list view filters the status in SQL, the board in columns shows at
// most BOARD_CARD_LIMIT cards with whole-column totals, and "Việc của tôi" pages. Another province's plan id and
// another province's agency are refused.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-bounded-${process.pid}-${Date.now()}`;
});

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { BOARD_COLUMNS } from "@/lib/tasks/board";
import { boundedColumns, foldSupportDuties } from "@/lib/tasks/board-view";
import { loadAgencyBoard, loadBoardLayout, loadMyTasks, MY_TASKS_PAGE_SIZE } from "@/lib/tasks/data";
import { BOARD_CARD_LIMIT, boardFiltersSchema } from "@/lib/tasks/schema";
import { buildTaskWorld, day, type TaskWorld } from "./tasks-fixtures";

let w: TaskWorld;
let other: TaskWorld;
let newer: { id: string };
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;

async function tasksOf(planId: string, agencyId: string, n: number, prefix: string, responsibleUserId?: string) {
  return db.task.createManyAndReturn({
    data: Array.from({ length: n }, (_, i) => ({
      planId,
      source: "DUTY" as const,
      sourceRef: `${prefix}:${i}:${randomUUID().slice(0, 6)}`,
      agencyId,
      title: `${prefix} ${i}`,
      status: STATUSES[i % 5],
      dueOn: day("2030-12-31"),
      responsibleUserId,
    })),
    select: { id: true, status: true },
  });
}

beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  const finance = w.agencies.finance.id;
  newer = await db.plan.create({
    data: {
      provinceId: w.provinceId,
      assessmentId: w.plan.assessmentId,
      number: `${w.tag}-2/KH-UBND`,
      issuedOn: day("2025-03-01"),
      title: "Kế hoạch năm sau",
      sourceFileName: "y.txt",
      sourceText: "",
      sourceSha256: "1".repeat(64),
    },
  });
  await tasksOf(w.plan.id, finance, 7, "Cũ");
  // 100 tasks in the newer plan: 20 per column; 45 of them the staff member's own
  const made = await tasksOf(newer.id, finance, 100, "Mới");
  await db.task.updateMany({
    where: { id: { in: made.slice(0, 45).map((t) => t.id) } },
    data: { responsibleUserId: w.users.financeStaff.id },
  });
  // a supported task of the newer plan (another agency leads it) is on the board too
  const [led] = await tasksOf(newer.id, w.agencies.health.id, 1, "Phối hợp");
  await db.taskSupporter.create({ data: { taskId: led?.id ?? "", agencyId: finance } });
}, 60_000);

describe("an agency board", () => {
  it("shows the newest plan the agency has tasks in, and lists its plans with their counts", async () => {
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    if (board.status !== "ok") throw new Error(board.status);
    expect(board.data.plan?.id).toBe(newer.id);
    expect(board.data.plans.map((p) => [p.id, p.tasks])).toEqual([
      [newer.id, 101],
      [w.plan.id, 7],
    ]);
    // read as json in the agency's statement: the date column is still the Date Prisma gives (UTC midnight)
    expect(board.data.plans[0]?.issuedOn).toBeInstanceOf(Date);
    expect(board.data.plans[0]?.issuedOn.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(board.data.cards).toHaveLength(101);
    expect(board.data.cards.every((c) => !c.title.startsWith("Cũ"))).toBe(true);
    expect(board.data.cards.filter((c) => c.role === "support").map((c) => c.title)).toEqual(["Phối hợp 0"]);
  });

  it("shows another of its plans when chosen, and only that plan's tasks", async () => {
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id, { plan: w.plan.id });
    if (board.status !== "ok") throw new Error(board.status);
    expect(board.data.plan?.id).toBe(w.plan.id);
    expect(board.data.cards.map((c) => c.title).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Cũ ${i}`).sort());
  });

  it("refuses another province's plan id and a plan without the agency's tasks, and another province's agency", async () => {
    for (const plan of [other.plan.id, "khong-co"]) {
      expect(await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id, { plan })).toEqual({
        status: "not_found",
      });
    }
    // the other province's Sở Nội vụ reads no board of this province, with or without this province's plan id
    expect(await loadAgencyBoard(other.users.homeAffairs, w.agencies.finance.id, { plan: newer.id })).toEqual({
      status: "not_found",
    });
    // and its own agency's board does not show this province's plan
    expect(await loadAgencyBoard(other.users.homeAffairs, other.agencies.finance.id, { plan: newer.id })).toEqual({
      status: "not_found",
    });
  });

  it("in columns shows at most the card limit, with every column's whole count", async () => {
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    if (board.status !== "ok") throw new Error(board.status);
    const columns = boundedColumns(foldSupportDuties(board.data.cards), BOARD_CARD_LIMIT);
    expect(columns.reduce((n, c) => n + c.shown.length, 0)).toBe(BOARD_CARD_LIMIT);
    const counted = await db.task.groupBy({
      by: ["status"],
      where: {
        planId: newer.id,
        OR: [{ agencyId: w.agencies.finance.id }, { supporters: { some: { agencyId: w.agencies.finance.id } } }],
      },
      _count: true,
    });
    const inDb = Object.fromEntries(counted.map((c) => [c.status, c._count]));
    for (const c of columns) {
      expect(c.total).toBe(inDb[c.status] ?? 0);
      expect(c.shown.every((i) => i.kind === "task" && i.card.status === c.status)).toBe(true);
    }
    expect(columns.map((c) => c.status)).toEqual(BOARD_COLUMNS);
  });

  it("reads the details (person in charge, last update) of the drawn cards only, in columns and in a list page", async () => {
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    if (board.status !== "ok") throw new Error(board.status);
    // the board's own cards carry no details: a read of all 101 would be the cost this avoids
    expect(board.data.cards.every((c) => !("lastUpdateAt" in c) && !("responsibleName" in c))).toBe(true);
    const spy = vi.spyOn(db, "$queryRaw");
    const inColumns = await loadBoardLayout(w.users.financeHead, board.data.cards, boardFiltersSchema.parse({}));
    const asked = spy.mock.calls.map((call) => (call.slice(1) as unknown[]).find(Array.isArray) as string[]);
    spy.mockRestore();
    const drawn = (inColumns.columns?.columns ?? []).flatMap((c) => c.shown);
    expect(drawn).toHaveLength(BOARD_CARD_LIMIT);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.sort()).toEqual(drawn.map((i) => (i.kind === "task" ? i.card.id : i.sample.id)).sort());
    const mine = await loadMyTasks(w.users.financeStaff);
    const theirs = new Map(mine.items.map((c) => [c.id, c.responsibleName]));
    for (const item of drawn)
      if (item.kind === "task" && theirs.has(item.card.id))
        expect(item.card.responsibleName).toBe(w.users.financeStaff.name);
    expect(drawn.some((i) => i.kind === "task" && i.card.responsibleName === w.users.financeStaff.name)).toBe(true);
    const page2 = await loadBoardLayout(
      w.users.financeHead,
      board.data.cards,
      boardFiltersSchema.parse({ view: "list", page: "2" }),
    );
    expect(page2.list?.page).toBe(2);
    expect(page2.list?.rows.every((c) => "lastUpdateAt" in c)).toBe(true);
  });

  it("the one-column list reads only that status from the database, in the chosen plan", async () => {
    const spy = vi.spyOn(db, "$queryRaw");
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id, { status: "SUBMITTED" });
    spy.mockRestore();
    if (board.status !== "ok") throw new Error(board.status);
    expect(board.data.cards).toHaveLength(20);
    expect(board.data.cards.every((c) => c.status === "SUBMITTED")).toBe(true);
    const old = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id, {
      plan: w.plan.id,
      status: "SUBMITTED",
    });
    expect(old.status === "ok" && old.data.cards.map((c) => c.title).sort()).toEqual(["Cũ 2"]);
  });

  it("is refused to another agency's staff even with a plan id", async () => {
    expect(await loadAgencyBoard(w.users.healthHead, w.agencies.finance.id, { plan: newer.id })).toEqual({
      status: "forbidden",
    });
  });
});

describe("Việc của tôi", () => {
  it("pages the caller's tasks and counts them all", async () => {
    const first = await loadMyTasks(w.users.financeStaff, 1);
    expect(first).toMatchObject({ total: 45, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(MY_TASKS_PAGE_SIZE);
    const second = await loadMyTasks(w.users.financeStaff, 2);
    expect(second.items).toHaveLength(45 - MY_TASKS_PAGE_SIZE);
    const ids = new Set(first.items.map((c) => c.id));
    expect(second.items.some((c) => ids.has(c.id))).toBe(false);
    expect((await loadMyTasks(w.users.financeStaff, 50)).page).toBe(2);
    expect(await loadMyTasks(other.users.financeStaff, 1)).toMatchObject({ total: 0, items: [] });
  });
});
