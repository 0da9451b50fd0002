import { describe, expect, it } from "vitest";
import type { CriterionRow } from "@/lib/scores/types";
import { appendixPage } from "./appendix";

const row = (code: string) => ({ id: code, code, title: code }) as unknown as CriterionRow;
const counts = (entries: [string, number][]) => new Map(entries);

describe("the plan appendix in pages", () => {
  const rows = ["1", "1.1", "1.2", "2", "2.1", "3"].map(row);
  const all = counts([
    ["1.1", 60],
    ["1.2", 30],
    ["2.1", 150],
    ["3", 5],
  ]);
  const measuresOn = (codes: CriterionRow[]) => codes.reduce((n, r) => n + (all.get(r.code) ?? 0), 0);

  it("keeps a criterion's measures together, at most the limit a page unless one criterion alone has more", () => {
    const pages = [1, 2, 3].map((p) => appendixPage(rows, all, p, 100));
    expect(pages.map((p) => p.rows.map((r) => r.code))).toEqual([["1", "1.1", "1.2", "2"], ["2.1"], ["3"]]);
    expect(pages.map((p) => measuresOn(p.rows))).toEqual([90, 150, 5]);
    expect(pages[0]?.pageCount).toBe(3);
    // every criterion is on exactly one page
    expect(pages.flatMap((p) => p.rows.map((r) => r.code)).sort()).toEqual(rows.map((r) => r.code).sort());
  });

  it("clamps the page number and shows a small plan on one page", () => {
    expect(appendixPage(rows, all, 99, 100).page).toBe(3);
    expect(appendixPage(rows, all, 0, 100).page).toBe(1);
    expect(appendixPage(rows, counts([["1.1", 21]]), 1, 100)).toMatchObject({ pageCount: 1 });
  });
});
