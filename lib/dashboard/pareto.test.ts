import { describe, expect, it } from "vitest";
import { pointsItems } from "./items";
import { pareto } from "./pareto";
import { readAppendix } from "./testing/appendix";
import { paretoView, type ViewContext } from "./views-scores";

const { items } = pointsItems(readAppendix());

describe("Pareto of lost points (seeded appendix)", () => {
  const result = pareto(items);

  it("ranks items by lost points, ties in code order", () => {
    expect(result.entries.map((e) => `${e.code}:${e.lost}`)).toEqual([
      "9.2:5.94",
      "9.1:1.37",
      "1.5:1.00",
      "6.1.2:1.00",
      "6.3.3:1.00",
      "6.3.4:1.00",
      "8.5:1.00",
      "8.6:1.00",
      "4.1.2:0.50",
      "4.3.3:0.50",
      "5.5.2:0.50",
      "4.1.3:0.34",
      "7.1.9:0.32",
      "6.1.1:0.29",
      "6.1.3:0.13",
      "8.3.1:0.08",
      "3.4:0.05",
      "1.6:0.03",
      "7.1.3:0.02",
    ]);
  });

  it("says 9.2 Lãnh đạo các cấp alone is 5,94 of 16,07 points (37,0 %)", () => {
    const first = result.entries[0];
    expect(first).toMatchObject({
      code: "9.2",
      title: "Lãnh đạo các cấp",
      lost: "5.94",
      cumulative: "5.94",
      share: "0.369633",
    });
    expect(result.total).toBe("16.07");
  });

  it("accumulates exactly, ending at 16,07 = 100 %", () => {
    expect(result.entries.map((e) => e.cumulative)).toEqual([
      "5.94",
      "7.31",
      "8.31",
      "9.31",
      "10.31",
      "11.31",
      "12.31",
      "13.31",
      "13.81",
      "14.31",
      "14.81",
      "15.15",
      "15.47",
      "15.76",
      "15.89",
      "15.97",
      "16.02",
      "16.05",
      "16.07",
    ]);
    expect(result.entries.map((e) => e.cumulativeShare).slice(0, 3)).toEqual(["0.369633", "0.454885", "0.517113"]);
    expect(result.entries.at(-1)?.cumulativeShare).toBe("1");
  });

  it("reaches 80 % of the lost points with the first 8 items", () => {
    expect(result.entries[6]?.cumulativeShare).toBe("0.766024");
    expect(result.entries[7]?.cumulativeShare).toBe("0.828251");
    expect(result.itemsToEightyPercent).toBe(8);
  });

  it("narrows to one field when the dashboard is filtered, shares then of the field's own total", () => {
    const ctx = { planId: "p", fieldCode: "6" } as ViewContext;
    const view = paretoView(ctx, readAppendix());
    expect(view.total).toBe("3.42");
    expect(view.entries.map((e) => e.code)).toEqual(["6.1.2", "6.3.3", "6.3.4", "6.1.1", "6.1.3"]);
    expect(view.entries.at(-1)?.cumulativeShare).toBe("1");
    expect(view.standIns).toEqual([]);
  });
});
