import { describe, expect, it } from "vitest";
import { hrefWith, parsePage } from "./search-params";

describe("hrefWith", () => {
  it("keeps the page's other parameters when the paging parameter changes", () => {
    expect(hrefWith("/nhat-ky/co-quan/a1", { loai: "Task", sau: "c1" }, { sau: "c2" })).toBe(
      "/nhat-ky/co-quan/a1?loai=Task&sau=c2",
    );
  });

  it("removes a parameter set to undefined and leaves a bare path when nothing is left", () => {
    expect(hrefWith("/nhat-ky", { sau: "c1" }, { sau: undefined })).toBe("/nhat-ky");
  });

  it("keeps repeated values and encodes Vietnamese text", () => {
    expect(hrefWith("/duyet/giao-viec", { field: ["1", "2"], q: "Sở Nội vụ" }, { page: "3" })).toBe(
      "/duyet/giao-viec?field=1&field=2&q=S%E1%BB%9F+N%E1%BB%99i+v%E1%BB%A5&page=3",
    );
  });
});

describe("parsePage", () => {
  it("reads a whole page number and falls back to 1 for anything else", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "10001"]) expect(parsePage(bad)).toBe(1);
  });
});
