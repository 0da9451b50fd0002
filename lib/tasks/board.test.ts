import { describe, expect, it } from "vitest";
import { compareCodes } from "@/lib/criteria/codes";
import { CRITERION_OPTION_LIMIT, filterCards, filterOptions, formerAgencyOf, type TaskCardRow, toCard } from "./board";
import { boardFiltersSchema, boardQuery } from "./schema";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d("2026-05-15");

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
    criterionTitle: "Công khai",
    fieldCode: "3",
    fieldTitle: "Cải cách tài chính công",
    lostPoints: "0.996",
    lastUpdateAt: null,
    lastUpdateBy: null,
    ...over,
  };
}

const cards = [
  row("lead-overdue", { dueOn: d("2026-05-01") }),
  row("lead-month", { dueOn: d("2026-05-31"), criterionCode: "3.4.1", awaitingHead: true }),
  row("support", { agencyId: "theirs", criterionCode: "5.1", fieldCode: "5", fieldTitle: "Cải cách thủ tục" }),
  row("accepted-late", { status: "ACCEPTED", dueOn: d("2026-01-01") }),
  row("duty", {
    criterionCode: null,
    criterionTitle: null,
    fieldCode: null,
    fieldTitle: null,
    lostPoints: null,
    dueOn: null,
  }),
].map((r) => toCard(r, "mine", today));

const filter = (query: Record<string, string>) =>
  filterCards(cards, boardFiltersSchema.parse({ role: "all", ...query })).map((c) => c.id);

describe("board filters", () => {
  it("keeps only the staff's hoàn thành waiting for the head with approval=head; drops an unknown value", () => {
    expect(filter({ approval: "head" })).toEqual(["lead-month"]);
    expect(filter({ approval: "other" })).toHaveLength(cards.length);
  });

  it("marks lead and support roles from the board's agency", () => {
    expect(cards.map((c) => c.role)).toEqual(["lead", "lead", "support", "lead", "lead"]);
  });

  it("filters by field, criterion (with its sub-criteria), role and due", () => {
    expect(filter({ field: "5" })).toEqual(["support"]);
    expect(filter({ criterion: "3.4" })).toEqual(["lead-overdue", "lead-month", "accepted-late"]);
    expect(filter({ criterion: "3.4.1" })).toEqual(["lead-month"]);
    expect(filter({ role: "support" })).toEqual(["support"]);
    expect(filter({ due: "overdue" })).toEqual(["lead-overdue"]);
    expect(filter({ due: "soon" })).toEqual(["lead-month"]); // due in the next 30 days, not already late
    expect(filterCards(cards, boardFiltersSchema.parse({})).map((c) => c.id)).toEqual([
      "lead-overdue",
      "lead-month",
      "accepted-late",
      "duty",
    ]); // opens on what it leads
    expect(filter({ role: "lead", due: "overdue", field: "3" })).toEqual(["lead-overdue"]);
  });

  it("ignores unknown or malformed parameters instead of failing", () => {
    expect(boardFiltersSchema.parse({ view: "kanban", field: "x';drop", role: ["lead", "support"], due: "" })).toEqual({
      view: "columns",
      field: undefined,
      criterion: undefined,
      role: "lead",
      due: undefined,
      sort: "points",
    });
  });
});

describe("columns and options", () => {
  it("offers the fields and criteria present, in numeric code order", () => {
    expect(filterOptions(cards)).toEqual({
      fields: [
        { value: "3", label: "3. Cải cách tài chính công" },
        { value: "5", label: "5. Cải cách thủ tục" },
      ],
      criteria: [
        { value: "3.4.1", label: "3.4.1 Công khai" },
        { value: "3.4.3", label: "3.4.3 Công khai" },
        { value: "5.1", label: "5.1 Công khai" },
      ],
      criteriaAfterField: null,
    });
  });

  it("lists the chosen field's criteria, and the chosen criterion even from another field", () => {
    expect(filterOptions(cards, { field: "5" }).criteria).toEqual([{ value: "5.1", label: "5.1 Công khai" }]);
    expect(filterOptions(cards, { field: "5", criterion: "3.4.1" }).criteria).toEqual([
      { value: "3.4.1", label: "3.4.1 Công khai" },
      { value: "5.1", label: "5.1 Công khai" },
    ]);
  });

  it("past CRITERION_OPTION_LIMIT criteria, lists them once a field is chosen, keeping the chosen criterion", () => {
    const many = Array.from({ length: CRITERION_OPTION_LIMIT + 1 }, (_, i) =>
      toCard(row(`c${i}`, { criterionCode: `${1 + (i % 2)}.${i}`, fieldCode: `${1 + (i % 2)}` }), "mine", today),
    );
    expect(filterOptions(many)).toMatchObject({ criteria: [], criteriaAfterField: CRITERION_OPTION_LIMIT + 1 });
    expect(filterOptions(many, { criterion: "2.3" })).toMatchObject({
      criteria: [{ value: "2.3", label: "2.3 Công khai" }],
      criteriaAfterField: CRITERION_OPTION_LIMIT + 1,
    });
    const field1 = filterOptions(many, { field: "1" });
    expect(field1.criteriaAfterField).toBeNull();
    expect(field1.criteria).toHaveLength(Math.ceil((CRITERION_OPTION_LIMIT + 1) / 2));
    expect(filterOptions(many.slice(1))).toMatchObject({ criteriaAfterField: null });
    expect(filterOptions(many.slice(1)).criteria).toHaveLength(CRITERION_OPTION_LIMIT);
  });

  it("compares codes numerically", () => {
    expect(["3.10", "3.9", "3", "10.1"].sort(compareCodes)).toEqual(["3", "3.9", "3.10", "10.1"]);
  });
});

describe("the merged board's card label (?gop=1)", () => {
  const former = formerAgencyOf(
    [
      { id: "led-by-khdt", via: "khdt" },
      { id: "led-by-khdt", via: "tc" }, // Sở Tài chính supported it
      { id: "supported-by-khdt", via: "khdt" },
      { id: "own", via: "tc" },
      { id: "both-support", via: "tc" },
      { id: "both-support", via: "khdt" },
    ],
    "tc",
    [{ id: "khdt", name: "Sở Kế hoạch và Đầu tư" }],
  );

  it("names the predecessor that led the task, or that alone supported it; nothing for the agency's own part", () => {
    expect(former({ id: "led-by-khdt", agencyId: "khdt" })).toBe("Sở Kế hoạch và Đầu tư");
    expect(former({ id: "supported-by-khdt", agencyId: "so-y-te" })).toBe("Sở Kế hoạch và Đầu tư");
    expect(former({ id: "own", agencyId: "tc" })).toBeNull();
    expect(former({ id: "both-support", agencyId: "so-y-te" })).toBeNull();
  });
});

describe("?gop=1 in the board's address", () => {
  it("turns the merge on only for gop=1", () => {
    expect(boardQuery(boardFiltersSchema.parse({ gop: "1" })).merge).toBe(true);
    expect(boardQuery(boardFiltersSchema.parse({})).merge).toBe(false);
    expect(boardFiltersSchema.parse({ gop: "yes" }).gop).toBeUndefined();
  });
});
