import { describe, expect, it } from "vitest";
import { matchColumns } from "@/lib/plans/import/columns";
import { readPublishedText } from "@/lib/plans/import/read-text";
import { seedText } from "@/lib/plans/import/testing/seed";
import { type AgencyDirectory, type ResolvedName, resolveAgencyCell } from "./directory";
import { lamDongDirectory } from "./lam-dong";

type Part = [label: string, kind: ResolvedName["kind"], name: string, corrected?: true];

const SBN = "Các Sở, ban, ngành";
const HCC = "Trung tâm Phục vụ hành chính công tỉnh";

/** Every distinct "Cơ quan chủ trì/phối hợp" cell of the 6006/KH-UBND appendix, resolved by hand. */
const SEED_CELLS: Record<string, Part[]> = {
  "Các sở, ban, ngành; UBND cấp huyện": [
    ["Các sở, ban, ngành", "group", SBN],
    ["UBND cấp huyện", "group", "UBND cấp huyện"],
  ],
  "Các Sở, ban, ngành; UBND cấp huyện": [
    ["Các Sở, ban, ngành", "group", SBN],
    ["UBND cấp huyện", "group", "UBND cấp huyện"],
  ],
  "Các Sở, ban, ngành": [["Các Sở, ban, ngành", "group", SBN]],
  "UBND cấp huyện": [["UBND cấp huyện", "group", "UBND cấp huyện"]],
  "UBND cấp xã": [["UBND cấp xã", "group", "UBND cấp xã"]],
  "Sở Tài chính": [["Sở Tài chính", "agency", "Sở Tài chính"]],
  "Sở Nội vụ": [["Sở Nội vụ", "agency", "Sở Nội vụ"]],
  "Văn phòng UBND tỉnh": [["Văn phòng UBND tỉnh", "agency", "Văn phòng UBND tỉnh"]],
  "Sở Thông tin và Truyền thông": [["Sở Thông tin và Truyền thông", "agency", "Sở Thông tin và Truyền thông"]],
  "Sở Kế hoạch và Đầu tư": [["Sở Kế hoạch và Đầu tư", "agency", "Sở Kế hoạch và Đầu tư"]],
  "Sở Nội vụ; Văn phòng UBND tỉnh": [
    ["Sở Nội vụ", "agency", "Sở Nội vụ"],
    ["Văn phòng UBND tỉnh", "agency", "Văn phòng UBND tỉnh"],
  ],
  "Sở Nội vụ, Sở Tài chính": [
    ["Sở Nội vụ", "agency", "Sở Nội vụ"],
    ["Sở Tài chính", "agency", "Sở Tài chính"],
  ],
  "Sở KH&ĐT, Sở Tài chính": [
    ["Sở KH&ĐT", "agency", "Sở Kế hoạch và Đầu tư"],
    ["Sở Tài chính", "agency", "Sở Tài chính"],
  ],
  "Trung tâm phục vụ HCC; Sở Thông tin và Truyền thông": [
    ["Trung tâm phục vụ HCC", "agency", HCC],
    ["Sở Thông tin và Truyền thông", "agency", "Sở Thông tin và Truyền thông"],
  ],
  "Thanh tra tình; các Sở chuyên ngành": [
    ["Thanh tra tình", "agency", "Thanh tra tỉnh", true],
    ["các Sở chuyên ngành", "group", SBN],
  ],
  "Các Sở, ban, ngành; UBND cấp huyện; UBND cấp xã, các đơn vị sự nghiệp": [
    ["Các Sở, ban, ngành", "group", SBN],
    ["UBND cấp huyện", "group", "UBND cấp huyện"],
    ["UBND cấp xã", "group", "UBND cấp xã"],
    ["các đơn vị sự nghiệp", "unresolved", "các đơn vị sự nghiệp"],
  ],
  "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã": [
    ["Các sở, ban, ngành", "group", SBN],
    ["UBND cấp huyện", "group", "UBND cấp huyện"],
    ["UBND cấp xã", "group", "UBND cấp xã"],
  ],
  "Sở Kế hoạch và Đầu tư; Văn phòng UBND tỉnh": [
    ["Sở Kế hoạch và Đầu tư", "agency", "Sở Kế hoạch và Đầu tư"],
    ["Văn phòng UBND tỉnh", "agency", "Văn phòng UBND tỉnh"],
  ],
  "Các Sở, ban, ngành; UBND cấp huyện, cấp xã": [
    ["Các Sở, ban, ngành", "group", SBN],
    ["UBND cấp huyện", "group", "UBND cấp huyện"],
    ["cấp xã", "group", "UBND cấp xã"],
  ],
  "Sở Nội vụ, Bưu điện tỉnh": [
    ["Sở Nội vụ", "agency", "Sở Nội vụ"],
    ["Bưu điện tỉnh", "agency", "Bưu điện tỉnh Lâm Đồng"],
  ],
  "Đại biểu HĐND tỉnh; lãnh đạo UBND tỉnh; lãnh đạo UBND cấp huyện; Giám đốc, Phó Giám đốc và Trưởng phòng các Sở, ban, ngành":
    [
      ["Đại biểu HĐND tỉnh", "agency", "HĐND tỉnh"],
      ["lãnh đạo UBND tỉnh", "agency", "UBND tỉnh"],
      ["lãnh đạo UBND cấp huyện", "group", "UBND cấp huyện"],
      ["Giám đốc, Phó Giám đốc và Trưởng phòng các Sở, ban, ngành", "group", SBN],
    ],
  "Văn phòng UBND tỉnh, Sở Nội vụ, Bưu điện tinh": [
    ["Văn phòng UBND tỉnh", "agency", "Văn phòng UBND tỉnh"],
    ["Sở Nội vụ", "agency", "Sở Nội vụ"],
    ["Bưu điện tinh", "agency", "Bưu điện tỉnh Lâm Đồng", true],
  ],
};

const asParts = (names: ResolvedName[]): Part[] =>
  names.map((n) => (n.corrected ? [n.label, n.kind, n.name, true] : [n.label, n.kind, n.name]));

function seedAgencyCells(): string[] {
  const table = readPublishedText(seedText());
  const { index } = matchColumns(table.header.cells);
  const cells = table.rows.flatMap((r) => [r.cells[index.lead ?? -1] ?? "", r.cells[index.support ?? -1] ?? ""]);
  return [...new Set(cells.filter((c) => c !== ""))];
}

describe("resolveAgencyCell on every agency cell of the 6006/KH-UBND appendix", () => {
  it("has an expectation for every distinct cell in the document", () => {
    expect(seedAgencyCells().sort()).toEqual(Object.keys(SEED_CELLS).sort());
  });

  for (const [cell, expected] of Object.entries(SEED_CELLS)) {
    it(cell, () => {
      const { names, warnings } = resolveAgencyCell(cell, lamDongDirectory);
      expect(asParts(names)).toEqual(expected);
      const expectedWarnings = expected.flatMap(([label, kind, , corrected]) =>
        kind === "unresolved" ? [["AGENCY_UNRESOLVED", label]] : corrected ? [["AGENCY_TYPO_CORRECTED", label]] : [],
      );
      expect(warnings.map((w) => [w.code, w.label])).toEqual(expectedWarnings);
    });
  }
});

describe("resolveAgencyCell rules", () => {
  const resolve = (cell: string) => resolveAgencyCell(cell, lamDongDirectory);
  const names = (cell: string) => resolve(cell).names.map((n) => n.name);

  it("normalises to NFC and collapses whitespace", () => {
    expect(names("Sở  Nội\u00A0vụ".normalize("NFD"))).toEqual(["Sở Nội vụ"]);
  });

  it("is case-insensitive without calling it a correction", () => {
    const { names: parts, warnings } = resolve("các sở, ban, ngành");
    expect(parts).toEqual([{ label: "các sở, ban, ngành", kind: "group", name: SBN }]);
    expect(warnings).toEqual([]);
  });

  it("treats old and new tone placement alike (Uỷ/Ủy, hoá/hóa)", () => {
    expect(resolve("Uỷ ban nhân dân cấp huyện").warnings).toEqual([]);
    expect(resolve("Sở Văn hoá, Thể thao và Du lịch").names).toEqual([
      { label: "Sở Văn hoá, Thể thao và Du lịch", kind: "agency", name: "Sở Văn hóa, Thể thao và Du lịch" },
    ]);
  });

  it("lets a tail inherit the head of the name before it", () => {
    expect(names("UBND huyện Lạc Dương, Đơn Dương")).toEqual(["UBND huyện Lạc Dương", "UBND huyện Đơn Dương"]);
    expect(names("Sở Nội vụ, Tài chính")).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
  });

  it("splits on «và» only when both sides are known", () => {
    expect(names("Sở Nội vụ và Sở Tài chính")).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
    expect(names("Sở Kế hoạch và Đầu tư")).toEqual(["Sở Kế hoạch và Đầu tư"]);
  });

  it("corrects small typos only when one name fits, with a warning", () => {
    const { names: parts, warnings } = resolve("Sở Tư phap; Sở Ngoai vu");
    expect(parts.map((n) => [n.name, n.corrected])).toEqual([
      ["Sở Tư pháp", true],
      ["Sở Ngoại vụ", true],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["AGENCY_TYPO_CORRECTED", "AGENCY_TYPO_CORRECTED"]);
    expect(resolve("Sở Tài chinh").names[0]?.name).toBe("Sở Tài chính");
    expect(resolve("Sở Tài chinhh").names[0]?.name).toBe("Sở Tài chính");
  });

  it("never turns UBND tỉnh into HĐND tỉnh or invents a name", () => {
    expect(resolve("UBND tỉnh").names[0]?.name).toBe("UBND tỉnh");
    const { names: parts, warnings } = resolve("Hội Nông dân tỉnh");
    expect(parts).toEqual([{ label: "Hội Nông dân tỉnh", kind: "unresolved", name: "Hội Nông dân tỉnh" }]);
    expect(warnings).toEqual([
      {
        code: "AGENCY_UNRESOLVED",
        label: "Hội Nông dân tỉnh",
        message:
          "Không tìm thấy «Hội Nông dân tỉnh» trong danh mục cơ quan của tỉnh; giữ nguyên như văn bản để Sở Nội vụ gán cơ quan.",
      },
    ]);
  });

  it("reports an ambiguous match instead of guessing", () => {
    const directory: AgencyDirectory = {
      agencies: [
        { name: "Sở Ạ", aliases: [], kind: "DEPARTMENT" },
        { name: "Sở Ã", aliases: [], kind: "DEPARTMENT" },
      ],
      groups: [],
    };
    const { names: parts, warnings } = resolveAgencyCell("Sở A", directory);
    expect(parts[0]?.kind).toBe("unresolved");
    expect(warnings[0]?.message).toContain("«Sở Ạ» hoặc «Sở Ã»");
  });

  it("returns nothing for an empty cell", () => {
    expect(resolve("  ")).toEqual({ names: [], warnings: [] });
  });
});
