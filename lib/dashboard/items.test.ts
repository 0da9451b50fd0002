import { describe, expect, it } from "vitest";
import { Dec, dsum } from "@/lib/decimal";
import { itemResolver, pointsItems } from "./items";
import { readAppendix } from "./testing/appendix";
import { fieldBars, scoreHeadline, type ViewContext } from "./views-scores";

// The seeded plan: Kế hoạch 6006/KH-UBND, Lâm Đồng, PAR Index 2020.
const rows = readAppendix();

const ctx: ViewContext = {
  planId: "plan-6006",
  provinceName: "Lâm Đồng",
  planNumber: "6006/KH-UBND",
  planIssuedOn: "2021-08-23",
  year: 2020,
  published: "83.93",
  max: "100",
  rank: 32,
  rankOf: 63,
  fieldCode: null,
};

describe("field totals of the seeded appendix", () => {
  it("lists the eight fields that lost points, with the document's standard, assessed and lost points", () => {
    const fields = rows.filter((r) => r.level === "FIELD").map((r) => [r.code, r.standard, r.assessed, r.lost]);
    expect(fields).toEqual([
      ["1", "8.50", "7.47", "1.03"],
      ["3", "13.50", "13.45", "0.05"],
      ["4", "7.00", "5.66", "1.34"],
      ["5", "7.50", "7.00", "0.50"],
      ["6", "8.00", "4.58", "3.42"],
      ["7", "11.00", "10.66", "0.34"],
      ["8", "6.00", "3.92", "2.08"],
      ["9", "33.50", "26.19", "7.31"],
    ]);
  });

  it("adds up to 16,07 lost and 83,93 = 100 − 16,07, the published score", () => {
    const headline = scoreHeadline(ctx, rows, [
      { year: 2019, history: null, totalScore: "80.66", rank: 40, rankOf: 63, fields: [] },
    ]);
    expect(headline.totalLost).toBe("16.07");
    expect(headline.recomputed).toBe("83.93");
    expect(new Dec(headline.recomputed).eq(headline.published)).toBe(true);
    expect(headline.change).toBe("3.27");
    expect(headline.previous).toEqual({ year: 2019, totalScore: "80.66", rank: 40, rankOf: 63 });
  });

  it("sorts the field bars by lost points, most first, each linking to its criteria board", () => {
    const bars = fieldBars(ctx, rows);
    expect(bars.map((b) => b.code)).toEqual(["9", "6", "8", "4", "1", "5", "7", "3"]);
    expect(bars[0]?.href).toBe("/tieu-chi/9?ke-hoach=plan-6006");
  });
});

describe("points items", () => {
  const { items, standIns, totalLost } = pointsItems(rows);

  it("are the leaves, with 3.4 standing in for its children, whose 0,064 does not match its 0,05", () => {
    expect(items.map((i) => i.code)).toEqual([
      "1.5",
      "1.6",
      "3.4",
      "4.1.2",
      "4.1.3",
      "4.3.3",
      "5.5.2",
      "6.1.1",
      "6.1.2",
      "6.1.3",
      "6.3.3",
      "6.3.4",
      "7.1.3",
      "7.1.9",
      "8.3.1",
      "8.5",
      "8.6",
      "9.1",
      "9.2",
    ]);
    expect(standIns).toEqual([
      {
        code: "3.4",
        title: "Kết quả giải quyết TTHC",
        lost: "0.05",
        childrenLost: "0.064",
        childCodes: ["3.4.1", "3.4.2", "3.4.3"],
      },
    ]);
    expect(items.find((i) => i.code === "3.4")?.standIn).toBe(true);
  });

  it("add up exactly to Σ field lost = 16,07", () => {
    expect(totalLost).toBe("16.07");
    expect(dsum(items.map((i) => i.lost)).eq("16.07")).toBe(true);
  });

  it("leave out items that lost nothing", () => {
    const withZero = [
      ...rows,
      {
        code: "2",
        title: "Lĩnh vực không mất điểm",
        level: "FIELD" as const,
        parentCode: null,
        standard: "5",
        assessed: "5",
        lost: "0",
      },
    ];
    expect(pointsItems(withZero).items.some((i) => i.code === "2")).toBe(false);
  });

  it("resolve a task's criterion to the item it serves", () => {
    const itemsFor = itemResolver(items);
    expect(itemsFor("3.4.1")).toEqual(["3.4"]);
    expect(itemsFor("6.1.2")).toEqual(["6.1.2"]);
    expect(itemsFor("4.1")).toEqual(["4.1.2", "4.1.3"]);
    expect(itemsFor("2.1")).toEqual([]);
  });
});
