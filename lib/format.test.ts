import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatInstantDate,
  formatPoints,
  formatShareOf,
  PROVINCE_TIME_ZONE,
  provinceDate,
} from "./format";

describe("formatDecimal", () => {
  it("writes the decimal point as a comma and keeps the digits as given", () => {
    expect(formatDecimal("0.05")).toBe("0,05");
    expect(formatDecimal("8.5")).toBe("8,5");
    expect(formatDecimal("12")).toBe("12");
  });
});

describe("formatPoints", () => {
  it.each([
    ["83.93", "83,93"],
    ["8.5", "8,50"],
    ["8.500", "8,50"],
    ["0.996", "0,996"],
    ["0.004", "0,004"],
    ["100", "100,00"],
    ["16.07", "16,07"],
    ["-0.014", "−0,014"],
  ])("%s → %s", (input, expected) => {
    expect(formatPoints(input)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("prints a calendar date as dd/MM/yyyy regardless of the server's zone", () => {
    expect(formatDate(new Date("2021-08-23T00:00:00Z"))).toBe("23/08/2021");
  });
});

describe("formatDateTime", () => {
  it("prints dd/MM/yyyy HH:mm in Việt Nam's time zone", () => {
    expect(formatDateTime(new Date("2021-08-23T07:05:00Z"))).toBe("23/08/2021 14:05");
    expect(formatDateTime(new Date("2021-08-23T18:30:00Z"))).toBe("24/08/2021 01:30");
    expect(formatInstantDate(new Date("2021-08-23T18:30:00Z"))).toBe("24/08/2021");
  });

  it("agrees with Intl's Asia/Ho_Chi_Minh clock from 2015 to 2035 (the fixed +7 offset)", () => {
    const reference = new Intl.DateTimeFormat("en-GB", {
      timeZone: PROVINCE_TIME_ZONE,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const step = 7 * 3_600_000 + 13 * 60_000; // every hour of the day and many minutes, over the years
    const wrong: string[] = [];
    for (let t = Date.UTC(2015, 0, 1, 0, 7); t < Date.UTC(2035, 0, 1); t += step) {
      const at = new Date(t);
      const p = Object.fromEntries(reference.formatToParts(at).map((x) => [x.type, x.value]));
      if (formatDateTime(at) !== `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`) wrong.push(at.toISOString());
      if (provinceDate(at).toISOString().slice(0, 10) !== `${p.year}-${p.month}-${p.day}`) wrong.push(at.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});

describe("formatShareOf", () => {
  it("never shows a real share as 0 % or 100 %", () => {
    expect(formatShareOf(1, 505)).toBe("< 1 %");
    expect(formatShareOf(504, 505)).toBe("> 99 %");
    expect(formatShareOf(0, 505)).toBe("0 %");
    expect(formatShareOf(505, 505)).toBe("100 %");
    expect(formatShareOf(0, 0)).toBe("0 %");
  });
  it("shows one decimal, rounded down", () => {
    expect(formatShareOf(188, 505)).toBe("37,2 %");
    expect(formatShareOf(1, 2)).toBe("50,0 %");
    expect(formatShareOf(5, 505)).toBe("< 1 %");
    expect(formatShareOf(6, 505)).toBe("1,1 %");
  });
});
