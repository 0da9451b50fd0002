import { describe, expect, it } from "vitest";
import { historyLabel } from "@/lib/provinces/history-label";
import { MERGER_ERRORS } from "./messages";
import { applyMergerSchema, mergerSchema, parseDay } from "./schema";

const base = { predecessorIds: ["a"], successorId: "b", effectiveOn: "2025-07-01", decision: "Nghị quyết 1/NQ" };
const errorsOf = (raw: unknown) => {
  const r = mergerSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("province merger input", () => {
  it("reads real calendar days only", () => {
    expect(parseDay("2025-07-01")?.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(parseDay("2025-02-29")).toBeNull();
    expect(parseDay("01/07/2025")).toBeNull();
  });

  it("refuses a province merging with itself, twice-listed provinces, and a missing successor", () => {
    expect(errorsOf({ ...base, predecessorIds: ["b"] })).toContain(`predecessorIds: ${MERGER_ERRORS.selfMerge}`);
    expect(errorsOf({ ...base, predecessorIds: ["a", "a"] })).toContain(
      `predecessorIds: ${MERGER_ERRORS.duplicatePredecessor}`,
    );
    expect(errorsOf({ ...base, successorId: "" })).toContain(`successorId: ${MERGER_ERRORS.successor}`);
    expect(errorsOf({ ...base, successorId: "", newSuccessorName: "Tỉnh mới" })).toContain(
      `predecessorIds: ${MERGER_ERRORS.newNeedsTwo}`,
    );
    expect(errorsOf(base)).toEqual([]);
  });

  it("a task closed as no longer applicable needs a reason; carrying is the default", () => {
    const closed = applyMergerSchema.safeParse({ merger: base, decisions: { t: { action: "close", reason: " " } } });
    expect(closed.success ? [] : closed.error.issues.map((i) => i.message)).toEqual([MERGER_ERRORS.reason]);
    expect(applyMergerSchema.parse({ merger: base }).decisions).toEqual({});
  });

  it("labels history with the predecessor's name and the day it ceased", () => {
    expect(historyLabel({ name: "Đắk Nông", mergedOn: new Date("2025-07-01T00:00:00Z") })).toBe(
      "Đắk Nông (trước 01/07/2025)",
    );
  });
});
