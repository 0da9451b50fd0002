import { describe, expect, it } from "vitest";
import {
  calendarRange,
  closingRange,
  defaultCalendar,
  defaultDeadline,
  parsePeriodKey,
  periodLabel,
  rangesOverlap,
} from "./keys";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const range = (key: string, f = closingRange) => {
  const p = parsePeriodKey(key);
  if (!p) throw new Error(key);
  const r = f(p);
  return [iso(r.startsOn), iso(r.endsOn)];
};

describe("period keys", () => {
  it("parses the four forms of the CLI contract", () => {
    expect(parsePeriodKey("2026-07")).toEqual({ key: "2026-07", kind: "MONTH", year: 2026, index: 7 });
    expect(parsePeriodKey("2026-Q3")).toEqual({ key: "2026-Q3", kind: "QUARTER", year: 2026, index: 3 });
    expect(parsePeriodKey("2026-H1")).toEqual({ key: "2026-H1", kind: "HALF", year: 2026, index: 1 });
    expect(parsePeriodKey("2026")).toEqual({ key: "2026", kind: "YEAR", year: 2026, index: 1 });
    expect(parsePeriodKey(" 2026-q3 ")?.key).toBe("2026-Q3");
  });

  it("refuses anything else", () => {
    for (const bad of [
      "",
      "2026-13",
      "2026-00",
      "2026-Q5",
      "2026-H3",
      "2026-7",
      "26",
      "1999",
      "2026-Q3x",
      "2026/Q3",
      "Q3-2026",
    ]) {
      expect(parsePeriodKey(bad), bad).toBeNull();
    }
  });

  it("closes data on the 14th as Nghị định 09/2019/NĐ-CP Art. 12 says", () => {
    expect(range("2026-07")).toEqual(["2026-06-15", "2026-07-14"]);
    expect(range("2026-01")).toEqual(["2025-12-15", "2026-01-14"]);
    expect(range("2026-Q1")).toEqual(["2025-12-15", "2026-03-14"]);
    expect(range("2026-Q3")).toEqual(["2026-06-15", "2026-09-14"]);
    expect(range("2026-H1")).toEqual(["2025-12-15", "2026-06-14"]);
    expect(range("2026")).toEqual(["2025-12-15", "2026-12-14"]);
  });

  it("names calendar months for task cycles", () => {
    expect(range("2026-Q3", calendarRange)).toEqual(["2026-07-01", "2026-09-30"]);
    expect(range("2024-02", calendarRange)).toEqual(["2024-02-01", "2024-02-29"]);
    expect(range("2026", calendarRange)).toEqual(["2026-01-01", "2026-12-31"]);
  });

  it("labels in Vietnamese, builds the default calendar and a deadline after closing", () => {
    expect(periodLabel(parsePeriodKey("2026-Q3")!)).toBe("Quý III năm 2026");
    expect(periodLabel(parsePeriodKey("2026-H1")!)).toBe("6 tháng đầu năm 2026");
    expect(defaultCalendar(2026).map((p) => p.key)).toHaveLength(18);
    expect(iso(defaultDeadline(closingRange(parsePeriodKey("2026-Q3")!)))).toBe("2026-09-17");
  });

  it("sees overlaps between neighbouring periods only when they share a day", () => {
    const q3 = closingRange(parsePeriodKey("2026-Q3")!);
    const q4 = closingRange(parsePeriodKey("2026-Q4")!);
    expect(rangesOverlap(q3, q4)).toBe(false);
    expect(
      rangesOverlap(q3, { startsOn: q4.startsOn, endsOn: q4.endsOn }) ||
        rangesOverlap(q3, { ...q4, startsOn: q3.endsOn }),
    ).toBe(true);
  });
});
