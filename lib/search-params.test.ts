import { describe, expect, it } from "vitest";
import { hrefWith } from "./search-params";

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
