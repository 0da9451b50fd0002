import { describe, expect, it } from "vitest";
import { formatDateTime as formatInstant, formatInstantDate } from "@/lib/format";

describe("audit times", () => {
  it("reads dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, whatever the server zone", () => {
    expect(formatInstant(new Date("2021-08-23T07:05:00Z"))).toBe("23/08/2021 14:05");
    expect(formatInstant(new Date("2021-08-23T17:00:00Z"))).toBe("24/08/2021 00:00");
    expect(formatInstantDate(new Date("2021-12-31T18:30:00Z"))).toBe("01/01/2022");
    expect(formatInstantDate(null)).toBe("—");
  });
});
