import { describe, expect, it } from "vitest";
import { PlanImportError } from "./errors";
import { canonicalDecimal, metaDecimal, numberToText, parseDecimal, parsePointsCell } from "./numbers";

const parsed = (s: string) => parseDecimal(s)?.toFixed() ?? null;

describe("parseDecimal", () => {
  it.each([
    ["8,50", "8.5"],
    ["8.50", "8.5"],
    ["0,996", "0.996"],
    ["0.004", "0.004"],
    ["13", "13"],
    [" 7,47 ", "7.47"],
    [",5", "0.5"],
    ["1.234,5", "1234.5"],
    ["1,234.5", "1234.5"],
    ["1 234,5", "1234.5"],
    ["1.234.567", "1234567"],
    ["-0,05", "-0.05"],
  ])("%s → %s", (input, expected) => expect(parsed(input)).toBe(expected));

  it("takes a lone separator as the decimal mark (points never reach 1 000)", () => {
    expect(parsed("1.234")).toBe("1.234");
    expect(parsed("1,234")).toBe("1.234");
  });

  it.each(["", "1,4x", "abc", "1,2,3", "1.234,5.6", "12e3", "1..2", "--1"])("rejects «%s»", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe("canonical decimal strings", () => {
  it("uses a dot, no exponent, no trailing zeros", () => {
    expect(canonicalDecimal("16.070")).toBe("16.07");
    expect(canonicalDecimal("8.50")).toBe("8.5");
    expect(canonicalDecimal("0.00")).toBe("0");
    expect(canonicalDecimal("-0")).toBe("0");
    expect(canonicalDecimal("0.0000001")).toBe("0.0000001");
    expect(canonicalDecimal("100")).toBe("100");
  });

  it("drops binary float noise from spreadsheet numbers", () => {
    expect(numberToText(0.1 + 0.2)).toBe("0.3");
    expect(numberToText(1 - 0.004)).toBe("0.996");
    expect(numberToText(8.5)).toBe("8.5");
  });

  it("reads figures from prose", () => {
    expect(metaDecimal("83,93")).toBe("83.93");
    expect(metaDecimal(undefined)).toBeNull();
  });
});

describe("parsePointsCell", () => {
  const at = { line: 142, column: "Điểm thẩm định" };
  const error = (raw: string) => {
    try {
      parsePointsCell(raw, at);
    } catch (e) {
      return e;
    }
    return null;
  };

  it("returns canonical strings, or null for an empty cell", () => {
    expect(parsePointsCell("0,996", at)).toBe("0.996");
    expect(parsePointsCell("  ", at)).toBeNull();
  });

  it("names line and column of a non-numeric cell, in Vietnamese", () => {
    const e = error("1,4x");
    expect(e).toBeInstanceOf(PlanImportError);
    expect((e as PlanImportError).code).toBe("NOT_A_NUMBER");
    expect((e as PlanImportError).message).toBe("Dòng 142, cột «Điểm thẩm định»: «1,4x» không phải là số.");
    expect((e as PlanImportError).location).toEqual(at);
  });

  it("rejects negative, over-precise and out-of-range points", () => {
    expect((error("-1") as PlanImportError).message).toBe(
      "Dòng 142, cột «Điểm thẩm định»: «-1» là số âm; điểm không được âm.",
    );
    expect((error("0,9965") as PlanImportError).message).toContain("có quá 3 chữ số thập phân");
    expect((error("1.000,5") as PlanImportError).message).toContain("quá lớn");
  });
});
