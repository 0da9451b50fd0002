import { describe, expect, it } from "vitest";
import { type TaskCardRow, toCard } from "./board";
import {
  boardLayout,
  boundedColumns,
  fillLayout,
  foldSupportDuties,
  layoutCardIds,
  pageOfList,
  sortCards,
  summarizeBoard,
} from "./board-view";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d("2026-11-30");

function row(id: string, over: Partial<TaskCardRow> = {}): TaskCardRow {
  return {
    id,
    title: id,
    status: "IN_PROGRESS",
    progress: 0,
    dueOn: d("2026-12-31"),
    recurrence: "NONE",
    agencyId: "mine",
    agencyName: "Sở Tài chính",
    criterionCode: "3.4.3",
    criterionTitle: "",
    fieldCode: "3",
    fieldTitle: "",
    lostPoints: "0.996",
    lastUpdateAt: null,
    lastUpdateBy: null,
    ...over,
  };
}
const card = (id: string, over: Partial<TaskCardRow> = {}) => toCard(row(id, over), "mine", today);

describe("summary strip", () => {
  it("counts what the agency leads: overdue, due in 30 days, points once per criterion, waiting, returned", () => {
    const cards = [
      card("late", { dueOn: d("2026-11-29"), criterionCode: "3.4", lostPoints: "1.5" }),
      card("soon", { dueOn: d("2026-12-30"), criterionCode: "3.4.1", lostPoints: "0.5" }), // inside 3.4: not added again
      card("big", { criterionCode: "9.2", lostPoints: "5.94", status: "SUBMITTED" }),
      card("back", { status: "RETURNED", criterionCode: null, lostPoints: null, dueOn: d("2026-12-01") }),
      card("done", { status: "ACCEPTED", criterionCode: "6.1.2", lostPoints: "1" }), // accepted: no longer at stake
      card("theirs", { agencyId: "other", dueOn: d("2020-01-01"), criterionCode: "5.1", lostPoints: "2" }), // support
    ];
    expect(summarizeBoard(cards)).toEqual({
      overdue: 1,
      dueSoon: 2,
      pointsAtStake: "7.44",
      waiting: 1,
      returned: 1,
      awaitingHead: 0,
    });
  });
});

describe("sorting", () => {
  const cards = [
    card("a", { criterionCode: "1.1", lostPoints: "0.25", dueOn: d("2027-01-01") }),
    card("b", { criterionCode: "9.2", lostPoints: "5.94", dueOn: d("2026-12-31") }),
    card("c", { criterionCode: null, lostPoints: null, dueOn: d("2026-12-01") }),
    card("d", { criterionCode: "3.10", lostPoints: "0.5", dueOn: null }),
  ];
  it("by points at stake, largest first (9.2 on top)", () =>
    expect(sortCards(cards, "points").map((c) => c.id)).toEqual(["b", "d", "a", "c"]));
  it("by deadline, nearest first, no date last", () =>
    expect(sortCards(cards, "due").map((c) => c.id)).toEqual(["c", "b", "a", "d"]));
  it("by criterion code, numerically, duties last", () =>
    expect(sortCards(cards, "code").map((c) => c.id)).toEqual(["a", "d", "b", "c"]));
});

describe("identical supporting duties", () => {
  it("fold into one item with a count, placed where work remains; lead cards never fold", () => {
    const duty = (id: string, agencyName: string, status: TaskCardRow["status"]) =>
      card(id, { agencyId: id, agencyName, title: "Khắc phục sau thanh tra", criterionCode: "4.3.3", status });
    const items = foldSupportDuties([
      card("lead1", { title: "Khắc phục sau thanh tra", criterionCode: "4.3.3" }),
      duty("s1", "Sở Y tế", "ACCEPTED"),
      card("single", { agencyId: "x", title: "Một việc riêng" }),
      duty("s2", "Sở Xây dựng", "IN_PROGRESS"),
      duty("s3", "UBND huyện Lạc Dương", "SUBMITTED"),
    ]);
    expect(items.map((i) => (i.kind === "task" ? i.card.id : `group:${i.members.length}:${i.status}`))).toEqual([
      "lead1",
      "group:3:IN_PROGRESS",
      "single",
    ]);
  });
});

describe("a bounded board", () => {
  const items = (status: TaskCardRow["status"], n: number) =>
    Array.from({ length: n }, (_, i) => ({ kind: "task" as const, card: card(`${status}-${i}`, { status }) }));

  it("shows at most the limit, shared by the columns, and counts every column whole", () => {
    const all = [...items("NOT_STARTED", 50), ...items("IN_PROGRESS", 3), ...items("ACCEPTED", 100)];
    const columns = boundedColumns(all, 36);
    expect(columns.map((c) => [c.status, c.total, c.shown.length])).toEqual([
      ["NOT_STARTED", 50, 17],
      ["IN_PROGRESS", 3, 3],
      ["RETURNED", 0, 0],
      ["SUBMITTED", 0, 0],
      ["ACCEPTED", 100, 16],
    ]);
    // each column keeps its own order: the first cards of the column
    expect(columns[0]?.shown.map((i) => (i.kind === "task" ? i.card.id : ""))).toEqual(
      Array.from({ length: 17 }, (_, i) => `NOT_STARTED-${i}`),
    );
  });

  it("shows everything when the board is under the limit", () => {
    const columns = boundedColumns([...items("SUBMITTED", 4), ...items("RETURNED", 2)], 36);
    expect(columns.reduce((n, c) => n + c.shown.length, 0)).toBe(6);
  });
});

describe("a page of a list", () => {
  const rows = Array.from({ length: 60 }, (_, i) => i);

  it("slices the page and clamps a page past the end to the last", () => {
    expect(pageOfList(rows, 1, 25)).toEqual({ rows: rows.slice(0, 25), page: 1, pageCount: 3 });
    expect(pageOfList(rows, 3, 25)).toEqual({ rows: rows.slice(50), page: 3, pageCount: 3 });
    expect(pageOfList(rows, 9, 25).page).toBe(3);
    expect(pageOfList([], 2, 25)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});

describe("board layout", () => {
  const filters = { view: "columns", role: "all", sort: "code" } as const;
  const cards = [
    card("a"),
    card("b", { status: "SUBMITTED" }),
    // one measure supported with two lead agencies: one item, drawn by its first member
    card("s1", { agencyId: "x", title: "Phối hợp", criterionCode: "5.1" }),
    card("s2", { agencyId: "y", title: "Phối hợp", criterionCode: "5.1" }),
  ];

  it("in columns: the drawn cards' ids, a folded group by its first member, and the filled layout", () => {
    const layout = boardLayout(cards, filters);
    expect(layout).toMatchObject({ count: 4, list: null, columns: { items: 3 } });
    expect(layoutCardIds(layout).sort()).toEqual(["a", "b", "s1"]);
    const filled = fillLayout(layout, (c) => ({ ...c, title: `${c.title}!` }));
    const drawn = (filled.columns?.columns ?? []).flatMap((c) => c.shown);
    expect(drawn.map((i) => (i.kind === "task" ? i.card.title : i.sample.title)).sort()).toEqual([
      "Phối hợp!",
      "a!",
      "b!",
    ]);
    // a group's members keep only what the card lists of them
    expect(drawn.find((i) => i.kind === "group")).toMatchObject({ members: [{ id: "s1" }, { id: "s2" }] });
  });

  it("as a list: one page of the filtered cards, clamped to the pages there are", () => {
    const layout = boardLayout(cards, { ...filters, view: "list", role: "lead", page: 9 });
    expect(layout).toMatchObject({ count: 2, columns: null, list: { page: 1, pageCount: 1 } });
    expect(layoutCardIds(layout)).toEqual(["a", "b"]);
  });

  it("is computed once per array of cards and filters (a cached board's), and again for new cards or other filters", () => {
    const first = boardLayout(cards, filters);
    expect(boardLayout(cards, { ...filters })).toBe(first);
    expect(summarizeBoard(cards)).toBe(summarizeBoard(cards));
    expect(boardLayout(cards, { ...filters, sort: "points" })).not.toBe(first);
    const fresh = [...cards];
    expect(boardLayout(fresh, filters)).not.toBe(first);
    expect(boardLayout(fresh, filters)).toEqual(first);
    // any number of filters for one array (they come from the URL): the results kept are bounded, the answers right
    for (let page = 1; page <= 100; page += 1) boardLayout(cards, { ...filters, view: "list", page });
    expect(boardLayout(cards, { ...filters, view: "list", role: "lead" })).toMatchObject({ count: 2 });
  });
});
