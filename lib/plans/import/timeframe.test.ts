import { describe, expect, it } from "vitest";
import { parseTimeframe } from "./timeframe";

const parsed = (text: string) => {
  const { startsOn, endsOn, recurrence } = parseTimeframe(text);
  return [startsOn, endsOn, recurrence];
};

describe("parseTimeframe", () => {
  it.each([
    ["Trong năm 2021 và các năm tiếp theo", ["2021-01-01", "2021-12-31", "YEARLY"]],
    ["Trong năm 2021 và những năm tiếp theo", ["2021-01-01", "2021-12-31", "YEARLY"]],
    ["Năm 2022", ["2022-01-01", "2022-12-31", "NONE"]],
    ["Quý III/2021", ["2021-07-01", "2021-09-30", "NONE"]],
    ["Quý 4 năm 2021", ["2021-10-01", "2021-12-31", "NONE"]],
    ["quý I / 2024", ["2024-01-01", "2024-03-31", "NONE"]],
    ["Tháng 9/2021", ["2021-09-01", "2021-09-30", "NONE"]],
    ["Tháng 2 năm 2024", ["2024-02-01", "2024-02-29", "NONE"]],
    ["Trước 30/9/2021", [null, "2021-09-30", "NONE"]],
    ["Trước ngày 15 tháng 11 năm 2021", [null, "2021-11-15", "NONE"]],
    ["Trước quý IV/2021", [null, "2021-09-30", "NONE"]],
    ["Từ tháng 9/2021 đến tháng 12/2021", ["2021-09-01", "2021-12-31", "NONE"]],
    ["Giai đoạn 2021 - 2025", ["2021-01-01", "2025-12-31", "NONE"]],
    ["Hằng năm", [null, null, "YEARLY"]],
    ["Hàng quý", [null, null, "QUARTERLY"]],
    ["Hàng tháng", [null, null, "MONTHLY"]],
    ["Thường xuyên", [null, null, "NONE"]],
    ["Khi có yêu cầu", [null, null, "NONE"]],
    ["Tháng 13/2021", [null, null, "NONE"]],
    ["31/2/2021", [null, null, "NONE"]],
    ["", [null, null, "NONE"]],
  ])("%s", (text, expected) => expect(parsed(text)).toEqual(expected));

  it("always keeps the text as written", () => {
    expect(parseTimeframe("  Thường xuyên ").text).toBe("Thường xuyên");
    expect(parseTimeframe("Quý III/2021").text).toBe("Quý III/2021");
  });
});
