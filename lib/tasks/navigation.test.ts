import { describe, expect, it } from "vitest";
import { safeBoardPath, taskPageTitle } from "./navigation";

describe("safeBoardPath", () => {
  it("keeps the app's own board addresses with their filters", () => {
    expect(safeBoardPath("/nhiem-vu?view=columns&role=lead&due=soon&sort=points")).toBe(
      "/nhiem-vu?view=columns&role=lead&due=soon&sort=points",
    );
    expect(safeBoardPath("/co-quan/cm1abc?criterion=3.4")).toBe("/co-quan/cm1abc?criterion=3.4");
    expect(safeBoardPath(["/duyet", "/x"])).toBe("/duyet");
    expect(safeBoardPath("/duyet/giao-viec?field=3&page=2")).toBe("/duyet/giao-viec?field=3&page=2");
    expect(safeBoardPath("/viec-cua-toi")).toBe("/viec-cua-toi");
  });

  it("refuses other sites, schemes, protocol-relative and odd paths", () => {
    for (const bad of [
      "https://evil.example/nhiem-vu",
      "//evil.example",
      "/nhiem-vu/../quan-tri",
      "javascript:alert(1)",
      "/quan-tri",
      "/nhiem-vu?x=<script>",
      "/nhiem-vu\\evil",
      undefined,
      3,
    ]) {
      expect(safeBoardPath(bad)).toBeNull();
    }
  });
});

describe("taskPageTitle", () => {
  it("names the criterion and the task, shortened", () => {
    expect(taskPageTitle("Công khai dự toán", "3.4.1")).toBe("3.4.1 · Công khai dự toán");
    expect(taskPageTitle("x".repeat(100), null)).toHaveLength(70);
  });
});
