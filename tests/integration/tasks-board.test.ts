// Boards and the review queue against a real database: scope, roles, lost points, derived overdue (never
// stored), and the "one query per list" promise at province scale (~150 agencies, thousands of tasks); the task
// page's statements too.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-board-${process.pid}-${Date.now()}`;
});

import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { clearAggregateCache } from "@/lib/server/aggregate-cache";
import { loadAgencyBoard, loadBoardLayout, loadReviewQueue, loadTaskDetail, REVIEW_PAGE_SIZE } from "@/lib/tasks/data";
import { commentOnTask } from "@/lib/tasks/mutations";
import { boardFiltersSchema } from "@/lib/tasks/schema";
import { buildTaskWorld, makeTask, type TaskWorld } from "./tasks-fixtures";

let w: TaskWorld;
const ids = {
  lead: "",
  overdue: "",
  acceptedLate: "",
  yearly: "",
  support: "",
  others: "",
  unassigned: "",
  submitted: "",
  bigAgency: "",
};
const today = provinceToday();
const daysFromToday = (n: number) => new Date(today.getTime() + n * 86_400_000);

beforeAll(async () => {
  w = await buildTaskWorld();
  const finance = w.agencies.finance.id;
  ids.lead = (
    await makeTask(w, { agencyId: finance, supporters: [w.agencies.district.id], title: "Công khai dự toán" })
  ).id;
  ids.overdue = (await makeTask(w, { agencyId: finance, status: "IN_PROGRESS", dueOn: daysFromToday(-1) })).id;
  ids.acceptedLate = (await makeTask(w, { agencyId: finance, status: "ACCEPTED", dueOn: daysFromToday(-30) })).id;
  ids.yearly = (
    await makeTask(w, { agencyId: finance, dueOn: new Date("2021-12-31T00:00:00Z"), recurrence: "YEARLY" })
  ).id;
  ids.support = (await makeTask(w, { agencyId: w.agencies.health.id, supporters: [finance], criterion: "other" })).id;
  ids.others = (await makeTask(w, { agencyId: w.agencies.health.id })).id;
  ids.unassigned = (await makeTask(w, { agencyId: null, criterion: null, title: "Nhiệm vụ chung chưa giao" })).id;
  ids.submitted = (await makeTask(w, { agencyId: w.agencies.district.id, status: "SUBMITTED" })).id;
  await commentOnTask(w.users.districtHead, { taskId: ids.lead, version: 0, note: "Đã gửi số liệu" });
  await commentOnTask(w.users.districtHead, {
    taskId: ids.submitted,
    version: 0,
    links: ["https://a.vn/1", "https://a.vn/2"],
  });
});

describe("agency board", () => {
  it("lists what the agency leads and supports, nothing else, with points at stake and the last update", async () => {
    const loaded = await loadAgencyBoard(w.users.financeStaff, w.agencies.finance.id);
    if (loaded.status !== "ok") throw new Error(loaded.status);
    const byId = new Map(loaded.data.cards.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual([ids.lead, ids.overdue, ids.acceptedLate, ids.yearly, ids.support].sort());
    expect(byId.get(ids.lead)).toMatchObject({
      role: "lead",
      criterionCode: "3.4.3",
      fieldCode: "3",
      lostPoints: "0.996",
      agencyName: "Sở Tài chính",
    });
    // the last update is a detail, read for the cards the board draws
    const drawn = await loadBoardLayout(w.users.financeStaff, loaded.data.cards, boardFiltersSchema.parse({}));
    const columns = drawn.columns?.columns ?? [];
    const lead = columns.flatMap((c) => c.shown).find((i) => i.kind === "task" && i.card.id === ids.lead);
    expect(lead?.kind === "task" && lead.card).toMatchObject({ lastUpdateBy: w.users.districtHead.name });
    expect(byId.get(ids.support)).toMatchObject({
      role: "support",
      agencyName: "Sở Y tế",
      criterionCode: "5.1",
      lostPoints: "0.000",
    });
  });

  it("derives overdue and the yearly cycle at read time; the stored status is untouched", async () => {
    const loaded = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    if (loaded.status !== "ok") throw new Error(loaded.status);
    const byId = new Map(loaded.data.cards.map((c) => [c.id, c]));
    expect(byId.get(ids.overdue)).toMatchObject({ overdue: true, status: "IN_PROGRESS" });
    expect(byId.get(ids.acceptedLate)).toMatchObject({ overdue: false });
    expect(byId.get(ids.yearly)?.cycleDue).toEqual(new Date(Date.UTC(today.getUTCFullYear(), 11, 31)));
    expect(byId.get(ids.yearly)?.overdue).toBe(false);
    expect((await db.task.findUniqueOrThrow({ where: { id: ids.overdue } })).status).toBe("IN_PROGRESS");
  });

  it("is readable by its own agency and province roles, refused to other agencies", async () => {
    for (const user of [w.users.homeAffairs, w.users.leader, w.users.financeHead]) {
      expect((await loadAgencyBoard(user, w.agencies.finance.id)).status).toBe("ok");
    }
    expect(await loadAgencyBoard(w.users.healthHead, w.agencies.finance.id)).toEqual({ status: "forbidden" });
    expect(await loadAgencyBoard(w.users.districtHead, w.agencies.finance.id)).toEqual({ status: "forbidden" });
    const other = await buildTaskWorld();
    expect(await loadAgencyBoard(other.users.homeAffairs, w.agencies.finance.id)).toEqual({ status: "not_found" });
  });
});

describe("review queue", () => {
  it("holds the province's submitted tasks with their evidence count, and the unassigned duties", async () => {
    const loaded = await loadReviewQueue(w.users.homeAffairs);
    if (loaded.status !== "ok") throw new Error(loaded.status);
    expect(loaded.data.items.map((i) => i.id)).toEqual([ids.submitted]);
    expect(loaded.data.items[0]).toMatchObject({
      agencyName: "UBND huyện Đức Trọng",
      evidenceCount: 2,
      submittedBy: w.users.districtHead.name,
    });
    expect(loaded.data.total).toBe(1);
    expect(loaded.data.unassigned).toEqual({ total: 1, overdue: 0 });
  });

  it("is Sở Nội vụ's only", async () => {
    for (const user of [w.users.leader, w.users.financeHead, w.users.districtHead]) {
      expect(await loadReviewQueue(user)).toEqual({ status: "forbidden" });
    }
  });
});

describe("at province scale", () => {
  let big: TaskWorld;
  beforeAll(async () => {
    big = await buildTaskWorld();
    const agencies = await db.agency.createManyAndReturn({
      data: Array.from({ length: 150 }, (_, i) => ({
        provinceId: big.provinceId,
        name: `Cơ quan ${i}`,
        kind: "COMMUNE" as const,
      })),
      select: { id: true },
    });
    const statuses = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;
    const tasks = await db.task.createManyAndReturn({
      data: Array.from({ length: 4500 }, (_, i) => ({
        planId: big.plan.id,
        source: "MEASURE" as const,
        sourceRef: `S:${i}`,
        measureId: big.measure.id,
        criterionId: big.criteria.sub.id,
        agencyId: agencies[i % 150]?.id,
        title: `Nhiệm vụ ${i}`,
        status: statuses[i % 5],
        dueOn: daysFromToday((i % 60) - 30),
      })),
      select: { id: true, agencyId: true },
    });
    await db.taskSupporter.createMany({
      data: tasks.map((t, i) => ({ taskId: t.id, agencyId: agencies[(i + 1) % 150]?.id ?? "" })),
    });
    await db.taskUpdate.createMany({
      data: tasks.flatMap((t) =>
        [0, 1].map((n) => ({ taskId: t.id, userId: big.users.homeAffairs.id, note: `Cập nhật ${n}` })),
      ),
    });
    for (const table of ["Task", "TaskSupporter", "TaskUpdate"]) await db.$executeRawUnsafe(`analyze "${table}"`);
    ids.bigAgency = agencies[7]?.id ?? "";
  }, 120_000);

  it("an agency board is a version read and two statements (its agency with the province's ended agencies, its plans and the plan's ids; their cards), then the version read alone until a write", async () => {
    clearAggregateCache();
    const spy = vi.spyOn(db, "$queryRaw");
    const models = [vi.spyOn(db.agency, "findFirst"), vi.spyOn(db.agency, "findMany")];
    const started = performance.now();
    const loaded = await loadAgencyBoard(big.users.homeAffairs, ids.bigAgency);
    const elapsed = performance.now() - started;
    // outside a page's render the aggregate version is a statement of its own (a page reads it with its session)
    expect(spy).toHaveBeenCalledTimes(3);
    for (const model of models) expect(model).not.toHaveBeenCalled();
    // read again, and by another reader of the province: the same board, from the cache
    spy.mockClear();
    const again = await loadAgencyBoard(big.users.homeAffairs, ids.bigAgency);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(again).toEqual(loaded);
    // a merge asked of an agency that carries on no ended agency is the agency's own board
    spy.mockClear();
    const unmerged = await loadAgencyBoard(big.users.homeAffairs, ids.bigAgency, { merge: true });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    for (const model of models) model.mockRestore();
    expect(loaded.status === "ok" && loaded.data.cards.length).toBe(60); // 30 led + 30 supported
    expect(unmerged).toEqual(loaded);
    expect(elapsed).toBeLessThan(1000);
  });

  it("a task page is three statements (the task with its relations; the province's agencies and restructurings; the criterion's score)", async () => {
    const spy = vi.spyOn(db, "$queryRaw");
    const models = [
      vi.spyOn(db.agency, "findMany"),
      vi.spyOn(db.agency, "findFirst"),
      vi.spyOn(db.restructuringEvent, "findMany"),
    ];
    const find = vi.spyOn(db.task, "findFirst");
    const score = vi.spyOn(db.criterionScore, "findUnique");
    const loaded = await loadTaskDetail(w.users.financeHead, ids.lead);
    try {
      expect(spy).toHaveBeenCalledTimes(2); // the task with its relations (one prepared statement), the agencies
      expect(score).toHaveBeenCalledTimes(1);
      expect(find).not.toHaveBeenCalled();
      for (const model of models) expect(model).not.toHaveBeenCalled();
    } finally {
      for (const m of [spy, find, score, ...models]) m.mockRestore();
    }
    if (loaded.status !== "ok") throw new Error(loaded.status);
    // what the board's card says is at stake, and the history with its writer's agency as named then
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    const card = board.status === "ok" ? board.data.cards.find((c) => c.id === ids.lead) : undefined;
    expect(loaded.data.criterion?.lostPoints).toBe(card?.lostPoints);
    expect(loaded.data.criterion?.lostPoints).not.toBeNull();
    expect(loaded.data.history.map((h) => h.byAgency)).toEqual([w.agencies.district.name]);
  });

  it("the review queue is a version read and three queries (its count with the page's ids and the unassigned duties'; their cards; the reader's details), then the version and the details until a write, and pages by 30", async () => {
    clearAggregateCache();
    const spy = vi.spyOn(db, "$queryRaw");
    const started = performance.now();
    const loaded = await loadReviewQueue(big.users.homeAffairs);
    const elapsed = performance.now() - started;
    expect(spy).toHaveBeenCalledTimes(4);
    spy.mockClear();
    expect(await loadReviewQueue(big.users.homeAffairs)).toEqual(loaded);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    if (loaded.status !== "ok") throw new Error(loaded.status);
    expect(loaded.data.total).toBe(900);
    expect(loaded.data).toMatchObject({ page: 1, pageCount: 30 });
    expect(loaded.data.items).toHaveLength(REVIEW_PAGE_SIZE);
    expect(elapsed).toBeLessThan(2000);
    // the next page continues the order and repeats nothing; a page past the end is the last one
    const second = await loadReviewQueue(big.users.homeAffairs, null, 2);
    const last = await loadReviewQueue(big.users.homeAffairs, null, 99);
    if (second.status !== "ok" || last.status !== "ok") throw new Error("refused");
    expect(second.data.items).toHaveLength(REVIEW_PAGE_SIZE);
    const firstIds = new Set(loaded.data.items.map((i) => i.id));
    expect(second.data.items.some((i) => firstIds.has(i.id))).toBe(false);
    expect(last.data.page).toBe(30);
    expect(last.data.items).toHaveLength(REVIEW_PAGE_SIZE); // the last page's own items (900 = 30 × 30)
    expect(last.data.items.some((i) => firstIds.has(i.id))).toBe(false);
    // a page number no list has (an API caller's) is the last page too, never a database error
    const beyond = await loadReviewQueue(big.users.homeAffairs, null, 2 ** 40);
    expect(beyond.status === "ok" && beyond.data.page).toBe(30);
  });
});
