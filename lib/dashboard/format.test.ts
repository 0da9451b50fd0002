import { describe, expect, it } from "vitest";
import { formatIsoDate, formatMax, formatRank, niceTicks, percentTick, pointsTick } from "@/lib/format";

describe("dashboard display helpers (vi-VN)", () => {
  it("writes axis ticks with a decimal comma", () => {
    expect(pointsTick(2.5)).toBe("2,5");
    expect(pointsTick(0.004)).toBe("0,004");
    expect(pointsTick(1000)).toBe("1.000");
    expect(percentTick(0.8)).toBe("80 %");
  });

  it("shows a whole maximum without decimals", () => {
    expect(formatMax("100")).toBe("100");
    expect(formatMax("99.5")).toBe("99,50");
  });

  it("writes ranks and plain calendar dates the Vietnamese way", () => {
    expect(formatRank(32, 63)).toBe("32/63");
    expect(formatRank(32, null)).toBe("32/?");
    expect(formatRank(null, 63)).toBe("—");
    expect(formatIsoDate("2021-08-23")).toBe("23/08/2021");
  });

  it("picks round ticks that cover the largest bar", () => {
    expect(niceTicks(33.5)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
    expect(niceTicks(5.94)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(niceTicks(0.32)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });
});
