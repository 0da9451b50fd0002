import { describe, expect, it } from "vitest";
import { provinceTodayIso as vietnamToday } from "@/lib/format";

describe("vietnamToday", () => {
  it("turns the day over at midnight in Việt Nam (UTC+7), not at UTC midnight", () => {
    expect(vietnamToday(new Date("2021-08-23T16:59:59Z"))).toBe("2021-08-23");
    expect(vietnamToday(new Date("2021-08-23T17:00:00Z"))).toBe("2021-08-24");
  });
});
