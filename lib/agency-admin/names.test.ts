import { describe, expect, it } from "vitest";
import { distinctAliases, type NameOwner, nameCollisions } from "./names";

const owners: NameOwner[] = [
  { kind: "agency", id: "tc", name: "Sở Tài chính", aliases: ["Sở TC"], active: true },
  { kind: "group", id: "g", name: "Các Sở, ban, ngành", aliases: ["Sở, ban, ngành"], active: true },
  { kind: "agency", id: "old", name: "Sở Bưu chính", aliases: [], active: false },
];

describe("agency name collisions", () => {
  it("refuses an alias that is another agency's name, ignoring case and diacritics", () => {
    const out = nameCollisions(
      { kind: "agency", id: "kh", name: "Sở Kế hoạch và Đầu tư", aliases: ["so tai CHINH"] },
      owners,
    );
    expect(out.name).toBeUndefined();
    expect(out.aliases?.[0]).toContain("trùng với tên của cơ quan «Sở Tài chính»");
  });

  it("refuses a name that is a group's alias and names the alias it collides with", () => {
    const out = nameCollisions({ kind: "agency", id: null, name: "Sở ban ngành", aliases: [] }, owners);
    expect(out.name?.[0]).toContain("tên gọi khác «Sở, ban, ngành» của nhóm «Các Sở, ban, ngành»");
  });

  it("counts deactivated agencies and says so", () => {
    const out = nameCollisions({ kind: "group", id: null, name: "Nhóm mới", aliases: ["SỞ BƯU CHÍNH"] }, owners);
    expect(out.aliases?.[0]).toContain("(đã ngừng hoạt động)");
  });

  it("lets an owner keep its own spellings, and an agency share nothing with a group of the same id", () => {
    expect(
      nameCollisions({ kind: "agency", id: "tc", name: "Sở Tài chính", aliases: ["Sở TC", "STC"] }, owners),
    ).toEqual({});
    expect(nameCollisions({ kind: "group", id: "tc", name: "Sở Tài chính", aliases: [] }, owners).name).toHaveLength(1);
  });

  it("drops aliases that repeat the name or each other once folded", () => {
    expect(distinctAliases("Sở Y tế", ["so y te", "Sở YT", "SỞ YT", "Y tế tỉnh"])).toEqual(["Sở YT", "Y tế tỉnh"]);
  });
});
