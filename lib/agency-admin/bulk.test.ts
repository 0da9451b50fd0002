import { describe, expect, it } from "vitest";
import { type ParentRef, parseBulkLines, planBulkCreate } from "./bulk";
import type { NameOwner } from "./names";

const owners: NameOwner[] = [
  {
    kind: "agency",
    id: "dt",
    name: "UBND huyện Đức Trọng",
    aliases: ["Ủy ban nhân dân huyện Đức Trọng"],
    active: true,
  },
  { kind: "agency", id: "x1", name: "UBND xã Hiệp An", aliases: [], active: true },
  { kind: "group", id: "g", name: "UBND cấp xã", aliases: [], active: true },
];
const parents: ParentRef[] = [
  { id: "dt", name: "UBND huyện Đức Trọng", aliases: ["Ủy ban nhân dân huyện Đức Trọng"], kind: "DISTRICT" },
  { id: "stc", name: "Sở Tài chính", aliases: [], kind: "DEPARTMENT" },
];

describe("bulk agencies", () => {
  it("reads one unit a line with its parent, resolving the parent through names and aliases", () => {
    const { lines, errors } = parseBulkLines(
      "UBND xã Hiệp Thạnh; UBND huyện Đức Trọng\n\nUBND thị trấn Liên Nghĩa\tỦy ban nhân dân huyện Đức Trọng",
    );
    expect(errors).toEqual([]);
    expect(planBulkCreate(lines, "COMMUNE", owners, parents)).toEqual({
      errors: [],
      rows: [
        { name: "UBND xã Hiệp Thạnh", parentId: "dt" },
        { name: "UBND thị trấn Liên Nghĩa", parentId: "dt" },
      ],
    });
  });

  it("names the line of every problem: taken names, repeats within the list, unknown or wrong parents", () => {
    const { lines } = parseBulkLines(
      [
        "UBND xã Hiệp An; UBND huyện Đức Trọng",
        "UBND xã Tà Năng; UBND huyện Đức Trọng",
        "ubnd xa ta nang; UBND huyện Đức Trọng",
        "UBND xã Mới; Huyện Không Có",
        "UBND xã Khác; Sở Tài chính",
        "UBND xã Lẻ",
      ].join("\n"),
    );
    const { errors } = planBulkCreate(lines, "COMMUNE", owners, parents);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^Dòng 1: /);
    expect(errors[1]).toMatch(/^Dòng 3: /);
    expect(errors.slice(2)).toEqual([
      "Dòng 4: không tìm thấy đơn vị cấp trên «Huyện Không Có».",
      "Dòng 5: «Sở Tài chính» không phải UBND cấp huyện.",
      "Dòng 6: UBND cấp xã cần ghi UBND cấp huyện quản lý (sau dấu «;»).",
    ]);
  });

  it("refuses malformed lines and an empty list", () => {
    expect(parseBulkLines("A; B; C").errors).toEqual([
      "Dòng 1: chỉ gồm tên đơn vị và đơn vị cấp trên, cách nhau bởi dấu «;».",
    ]);
    expect(parseBulkLines("  ").errors).toHaveLength(1);
  });
});
