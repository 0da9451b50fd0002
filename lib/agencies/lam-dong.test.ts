import { describe, expect, it } from "vitest";
import { exactKey, foldKey } from "@/lib/text/vietnamese";
import { findStaticDirectory } from "./directories";
import { lamDongDirectory } from "./lam-dong";

const byKind = (kind: string) => lamDongDirectory.agencies.filter((a) => a.kind === kind).map((a) => a.name);

describe("Lâm Đồng directory (2021)", () => {
  it("has the provincial bodies, 20 departments, 12 district-level units and 5 central agencies", () => {
    expect(byKind("PROVINCIAL_BODY")).toEqual(["HĐND tỉnh", "UBND tỉnh"]);
    expect(byKind("DEPARTMENT")).toHaveLength(20);
    expect(byKind("DEPARTMENT")).toEqual(
      expect.arrayContaining(["Sở Nội vụ", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc tỉnh"]),
    );
    expect(byKind("DISTRICT")).toEqual([
      "UBND thành phố Đà Lạt",
      "UBND thành phố Bảo Lộc",
      "UBND huyện Lạc Dương",
      "UBND huyện Đơn Dương",
      "UBND huyện Đức Trọng",
      "UBND huyện Lâm Hà",
      "UBND huyện Đam Rông",
      "UBND huyện Di Linh",
      "UBND huyện Bảo Lâm",
      "UBND huyện Đạ Huoai",
      "UBND huyện Đạ Tẻh",
      "UBND huyện Cát Tiên",
    ]);
    expect(byKind("CENTRAL")).toHaveLength(5);
    expect(byKind("OTHER")).toEqual(
      expect.arrayContaining(["Bưu điện tỉnh Lâm Đồng", "Đài Phát thanh - Truyền hình tỉnh Lâm Đồng", "Báo Lâm Đồng"]),
    );
  });

  it("uses NFC everywhere and never gives two entries the same spelling", () => {
    const owners = new Map<string, string>();
    const entries = [...lamDongDirectory.agencies, ...lamDongDirectory.groups];
    for (const entry of entries) {
      for (const spelling of [entry.name, ...entry.aliases]) {
        expect(spelling).toBe(spelling.normalize("NFC"));
        for (const key of [exactKey(spelling), foldKey(spelling)]) {
          const owner = owners.get(key);
          if (owner) expect(owner).toBe(entry.name);
          owners.set(key, entry.name);
        }
      }
    }
  });

  it("has groups whose members all exist; communes are not seeded yet", () => {
    const names = new Set(lamDongDirectory.agencies.map((a) => a.name));
    const group = (name: string) => lamDongDirectory.groups.find((g) => g.name === name);
    for (const g of lamDongDirectory.groups) for (const m of g.members) expect(names.has(m)).toBe(true);
    expect(group("Các Sở, ban, ngành")?.members).toEqual(byKind("DEPARTMENT"));
    expect(group("UBND cấp huyện")?.members).toEqual(byKind("DISTRICT"));
    expect(group("UBND cấp xã")?.members).toEqual([]);
    expect(group("Các cơ quan Trung ương đóng trên địa bàn")?.members).toEqual(byKind("CENTRAL"));
  });

  it("puts the public service centre under the provincial office", () => {
    const centre = lamDongDirectory.agencies.find((a) => a.name === "Trung tâm Phục vụ hành chính công tỉnh");
    expect(centre?.parentName).toBe("Văn phòng UBND tỉnh");
    expect(names().has(centre?.parentName ?? "")).toBe(true);
  });

  it("is found by province name, loosely written", () => {
    expect(findStaticDirectory("Lâm Đồng")).toBe(lamDongDirectory);
    expect(findStaticDirectory("tỉnh lâm đồng")).toBe(lamDongDirectory);
    expect(findStaticDirectory("Hà Giang")).toBeNull();
  });
});

const names = () => new Set(lamDongDirectory.agencies.map((a) => a.name));
