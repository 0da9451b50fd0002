import { describe, expect, it } from "vitest";
import { formatDate, formatPoints } from "./format";

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
