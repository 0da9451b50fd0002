import { describe, expect, it } from "vitest";
import { foldAgencies, foldPareto, foldProjectionLines } from "./fold";
import type { AgencyView, ParetoBar, ProjectionLine } from "./types";

const bar = (i: number, lost: string): ParetoBar => ({
  code: `1.${i}`,
  title: `Mục ${i}`,
  lost,
  cumulative: "0",
  share: "0",
  cumulativeShare: "0",
  standIn: false,
  href: `/tieu-chi/1.${i}`,
});

describe("dashboard folds", () => {
  it("keeps the first rows of the Pareto and folds the rest into one exact line", () => {
    const entries = Array.from({ length: 19 }, (_, i) => bar(i, i < 15 ? "1" : "0.25"));
    const { entries: shown, rest } = foldPareto(entries, "16");
    expect(shown).toHaveLength(15);
    expect(rest).toEqual({ count: 4, lost: "1", share: "0.0625", total: "16" });
    expect(foldPareto(entries.slice(0, 15), "15").rest).toBeNull();
  });

  it("folds no share out of a zero total", () => {
    const { rest } = foldPareto(
      Array.from({ length: 16 }, (_, i) => bar(i, "0")),
      "0",
    );
    expect(rest).toMatchObject({ count: 1, lost: "0", share: "0" });
  });

  it("keeps the agency table to the chart's top agencies (the others are its folded bar)", () => {
    const bars = Array.from({ length: 20 }, (_, i) => ({ key: String(i) })) as AgencyView["bars"];
    const view = { total: "1", roundedSum: "1", bars, chartTop: 15, others: bars[0] ?? null, othersCount: 5 };
    expect(foldAgencies(view).bars).toHaveLength(15);
    expect(foldAgencies(view).others).toBe(view.others);
  });

  it("sums the folded projection lines exactly", () => {
    const line = (i: number): ProjectionLine => ({
      code: `2.${i}`,
      title: "x",
      lost: "0.1",
      tasks: 2,
      href: "",
      gains: { accepted: "0.001", submitted: "0.002", progress: "0.033" },
    });
    const { lines, rest } = foldProjectionLines(Array.from({ length: 18 }, (_, i) => line(i)));
    expect(lines).toHaveLength(15);
    expect(rest).toEqual({
      count: 3,
      lost: "0.3",
      tasks: 6,
      gains: { accepted: "0.003", submitted: "0.006", progress: "0.099" },
    });
  });
});
