import { describe, expect, it } from "vitest";
import { parseKind } from "@/lib/search-params";
import { arrangeRows, pageOfRows, parseSort, percentDone, type RowLike } from "./rows";

const counts = (accepted: number) => ({
  NOT_STARTED: 0,
  IN_PROGRESS: 0,
  SUBMITTED: 0,
  ACCEPTED: accepted,
  RETURNED: 0,
  NOT_APPLICABLE: 0,
});
const row = (over: Partial<RowLike>): RowLike => ({
  agencyId: "a",
  name: "A",
  kind: "DEPARTMENT",
  total: 0,
  counts: counts(0),
  overdue: 0,
  lastUpdatedAt: null,
  ...over,
});

describe("overview rows", () => {
  it("rounds the share done down, so 99,6 % never shows as finished", () => {
    expect(percentDone({ total: 250, counts: counts(249) })).toBe(99);
    expect(percentDone({ total: 0, counts: counts(0) })).toBe(0);
    expect(percentDone({ total: 4, counts: counts(4) })).toBe(100);
    // closed as "không còn áp dụng": out of the share, neither done nor to do
    expect(percentDone({ total: 6, counts: { ...counts(4), NOT_APPLICABLE: 2 } })).toBe(100);
  });

  it("orders by kind then Vietnamese name, unassigned last", () => {
    const rows = [
      row({ agencyId: null, name: null, kind: null, total: 3 }),
      row({ agencyId: "d", name: "UBND huyện Đức Trọng", kind: "DISTRICT" }),
      row({ agencyId: "y", name: "Sở Y tế" }),
      row({ agencyId: "c", name: "Sở Công Thương" }),
    ];
    expect(arrangeRows(rows, "co-quan", null).map((r) => r.agencyId)).toEqual(["c", "y", "d", null]);
  });

  it("sorts by overdue and by progress, and filters by kind", () => {
    const rows = [
      row({ agencyId: "x", name: "X", total: 10, counts: counts(9), overdue: 1 }),
      row({ agencyId: "y", name: "Y", total: 10, counts: counts(2), overdue: 5 }),
      row({ agencyId: "z", name: "Z", kind: "DISTRICT", total: 0 }),
    ];
    expect(arrangeRows(rows, "tre-han", null).map((r) => r.agencyId)).toEqual(["y", "x", "z"]);
    expect(arrangeRows(rows, "tien-do", null).map((r) => r.agencyId)).toEqual(["y", "x", "z"]);
    expect(arrangeRows(rows, "co-quan", "DISTRICT").map((r) => r.agencyId)).toEqual(["z"]);
  });

  it("falls back to safe defaults for unknown query values", () => {
    expect(parseSort("drop table")).toBe("co-quan");
    expect(parseKind("DISTRICT")).toBe("DISTRICT");
    expect(parseKind(["DISTRICT"])).toBeNull();
  });
});

describe("pageOfRows", () => {
  const rows = Array.from({ length: 61 }, (_, i) => i + 1);
  it("pages the rows, the last page holding the rest", () => {
    expect(pageOfRows(rows, undefined)).toMatchObject({ page: 1, pages: 2, from: 1, to: 50 });
    const last = pageOfRows(rows, "2");
    expect(last).toMatchObject({ page: 2, pages: 2, from: 51, to: 61 });
    expect(last.rows).toEqual(rows.slice(50));
  });
  it("reads a bad or out-of-range page as the nearest one", () => {
    expect(pageOfRows(rows, "0").page).toBe(1);
    expect(pageOfRows(rows, "99").page).toBe(2);
    expect(pageOfRows(rows, "2x").page).toBe(1);
    expect(pageOfRows([], "3")).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, rows: [] });
  });
});
