import { describe, expect, it } from "vitest";
import { Dec, dsum, points3 } from "@/lib/decimal";
import { agencyChartBars } from "./agency-chart";
import { NO_TASK_LABEL, splitByAgency, UNASSIGNED_LABEL } from "./agency-split";
import { itemResolver, pointsItems } from "./items";
import { readAppendix } from "./testing/appendix";
import { seededTaskCounts } from "./testing/task-counts";
import type { ViewContext } from "./views-scores";
import { AGENCY_CHART_TOP, agencyView } from "./views-tasks";

const rows = readAppendix();
const { items } = pointsItems(rows);
const itemsFor = itemResolver(items);
const counts = seededTaskCounts();
const shares = splitByAgency(items, counts, itemsFor);
const byName = new Map(shares.map((s) => [s.name, s]));

// Lâm Đồng 2021: 20 "Sở, ban, ngành", 12 "UBND cấp huyện"; "UBND cấp xã" has no member agencies yet, so its
// tasks (and the unresolved "các đơn vị sự nghiệp") are not assigned to any agency.
describe("points at stake by agency (seeded plan)", () => {
  it("adds up to 16,07: every point is shared out once, none counted twice", () => {
    expect(
      dsum(shares.map((s) => s.points))
        .toDecimalPlaces(30)
        .eq("16.07"),
    ).toBe(true);
  });

  it("gives an item led by one agency wholly to it, and splits a two-agency item in halves", () => {
    const finance = byName.get("Sở Tài chính");
    expect(finance?.parts.get("6.1.2")?.toString()).toBe("1");
    expect(finance?.parts.get("6.1.1")?.toString()).toBe("0.145");
    expect(byName.get("Sở Kế hoạch và Đầu tư")?.parts.get("6.1.1")?.toString()).toBe("0.145");
  });

  it("splits a group lead equally among its member agencies and the unassigned bucket (one share)", () => {
    // 9.1 (1,37): 20 departments + 12 districts + the unassigned "UBND cấp xã" = 33 equal shares
    const part = byName.get("UBND huyện Đức Trọng")?.parts.get("9.1");
    expect(part?.eq(new Dec("1.37").div(33))).toBe(true);
    expect(
      byName
        .get(UNASSIGNED_LABEL)
        ?.parts.get("9.1")
        ?.eq(part ?? 0),
    ).toBe(true);
    // 9.2 (5,94): HĐND tỉnh, UBND tỉnh, 12 districts, 20 departments = 34
    expect(points3(byName.get("HĐND tỉnh")?.points ?? new Dec(0))).toBe("0.175");
  });

  it("puts Sở Tài chính first with 3,654 points, computed exactly then rounded", () => {
    const expected = new Dec("3.275") // 6.1.2 + 6.1.3 + 6.3.3 + 6.3.4 + half of 6.1.1
      .plus(new Dec("4.37").div(32)) // 1.5, 1.6, 4.1.2, 4.1.3, 4.3.3, 8.5, 8.6 — 32 agencies each
      .plus(new Dec("2.24").div(33)) // 3.4, 5.5.2, 7.1.9, 9.1 — 32 agencies + unassigned
      .plus(new Dec("5.94").div(34)); // 9.2
    expect(shares[0]?.name).toBe("Sở Tài chính");
    expect(shares[0]?.points.toDecimalPlaces(40).eq(expected.toDecimalPlaces(40))).toBe(true);
    expect(points3(expected)).toBe("3.654");
  });

  it("gives the points of an item with no lead task to 'Chưa có nhiệm vụ'", () => {
    const without = splitByAgency(
      items,
      counts.filter((c) => c.criterionCode !== "7.1.3"),
      itemsFor,
    );
    const none = without.find((s) => s.name === NO_TASK_LABEL);
    expect(none?.points.toString()).toBe("0.02");
    expect(shares.some((s) => s.name === NO_TASK_LABEL)).toBe(false);
  });

  it("draws the top agencies and folds the rest into one bar with their exact sum", () => {
    const view = agencyView({ planId: "p", fieldCode: null } as ViewContext, rows, counts);
    expect(view.total).toBe("16.07");
    expect(agencyChartBars(view)).toHaveLength(AGENCY_CHART_TOP + 1);
    expect(agencyChartBars(view).at(-1)?.name).toBe(`${view.othersCount} cơ quan khác`);
    expect(view.bars).toHaveLength(shares.length);
    expect(view.bars[0]).toMatchObject({
      name: "Sở Tài chính",
      points: "3.654",
      href: "/co-quan/S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh",
    });
    expect(view.bars.find((b) => b.kind === "unassigned")?.href).toBeNull();
    // each part is rounded to 0,001, so the displayed parts add up to 16,066 — the page says so
    expect(view.roundedSum).toBe("16.066");
  });
});
