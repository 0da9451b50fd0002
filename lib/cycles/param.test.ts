import { describe, expect, it } from "vitest";
import { cycleQuery, otherParams, parseCycleParam } from "./param";

const options = [
  { key: "2026", label: "Năm 2026" },
  { key: "2026-Q1", label: "Quý I năm 2026" },
  { key: "2025", label: "Năm 2025" },
];

describe("parseCycleParam", () => {
  it("accepts one of the province's cycles, as typed", () => {
    expect(parseCycleParam("2025", options)).toBe("2025");
    expect(parseCycleParam(" 2026-q1 ", options)).toBe("2026-Q1");
    expect(parseCycleParam(["2026", "2025"], options)).toBe("2026");
  });

  it("means the current cycle for anything else", () => {
    for (const v of [undefined, "", "2024", "2026-Q2", "năm 2025", "2025; drop", "9".repeat(30), []]) {
      expect(parseCycleParam(v, options)).toBeNull();
    }
    expect(parseCycleParam("2025", [])).toBeNull();
  });
});

describe("links", () => {
  it("keeps the cycle and the page's other parameters", () => {
    expect(cycleQuery("2025")).toBe("?chu-ky=2025");
    expect(cycleQuery("2026-Q1", "&")).toBe("&chu-ky=2026-Q1");
    expect(cycleQuery(null)).toBe("");
    expect(otherParams({ "chu-ky": "2025", "ke-hoach": ["a", "b"], "linh-vuc": undefined, loai: "" })).toEqual({
      "ke-hoach": "a",
    });
  });
});
