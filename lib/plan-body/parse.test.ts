// The published Kế hoạch 6006/KH-UBND (Lâm Đồng, 2021): its Roman headings and ten numbered headings are
// lost, so these tests pin the numbering inferred from structure and the names read from the surviving ones.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { type BodyDuty, directoryLookup, parsePlanBody } from ".";

const source = readFileSync(
  fileURLToPath(new URL("../../prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt", import.meta.url)),
  "utf8",
);
const { duties, warnings } = parsePlanBody(source, { lookup: directoryLookup(lamDongDirectory) });
const byRef = new Map(duties.map((d) => [d.sourceRef, d]));
const duty = (ref: string): BodyDuty => {
  const found = byRef.get(ref);
  if (!found) throw new Error(`no duty ${ref}`);
  return found;
};
const countBy = (section: string) => {
  const counts: Record<number, number> = {};
  for (const d of duties.filter((x) => x.section === section)) counts[d.number] = (counts[d.number] ?? 0) + 1;
  return counts;
};
const letters = (section: string, number: number) =>
  duties.filter((d) => d.section === section && d.number === number).map((d) => d.letter);

describe("parsePlanBody on Kế hoạch 6006/KH-UBND", () => {
  it("finds 36 targets, 41 duties and the one closing assignment, without warnings", () => {
    expect(duties).toHaveLength(78);
    expect(duties.filter((d) => d.section === "II")).toHaveLength(36);
    expect(duties.filter((d) => d.section === "III")).toHaveLength(41);
    expect(duties.filter((d) => d.section === "IV").map((d) => d.sourceRef)).toEqual(["IV:1"]);
    expect(warnings).toEqual([]);
    expect(new Set(duties.map((d) => d.sourceRef)).size).toBe(duties.length);
  });

  it("numbers section II by field, including the lost headings 6 and 7", () => {
    expect(countBy("II")).toEqual({ 1: 4, 2: 2, 3: 6, 4: 3, 5: 3, 6: 5, 7: 4, 8: 7, 9: 2 });
    expect(letters("II", 3)).toEqual(["a", "b", "c", "d", "đ", "e"]);
    expect(letters("II", 6)).toEqual(["a", "b", "c", "d", "đ"]);
    expect(letters("II", 8)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(duty("II:6.a").text).toMatch(/^Công tác kiểm tra, kiểm soát các đơn vị sử dụng ngân sách/);
    expect(duty("II:7.d").text).toMatch(/^70% hồ sơ công việc tại cấp tỉnh/);
  });

  it("makes every target general: no assignee, the field code of its number, TARGET", () => {
    for (const d of duties.filter((x) => x.section === "II")) {
      expect(d).toMatchObject({ source: "TARGET", assigneeNames: [], fieldCode: String(d.number) });
    }
    expect(duty("II:3.b").headingText).toBe("Cải cách thủ tục hành chính (TTHC)");
    expect(duty("II:6.a").headingText).toBeNull();
    expect(duty("II:7.a").headingText).toBeNull();
    expect(duty("II:9.a").headingText).toBe("Đối với Chỉ số hài lòng (SIPAS)");
  });

  it("numbers section III, including the lost headings 1–3, 5–8 and 11", () => {
    expect(countBy("III")).toEqual({ 1: 12, 2: 3, 3: 3, 4: 5, 5: 2, 6: 2, 7: 4, 8: 4, 9: 1, 10: 2, 11: 2, 12: 1 });
    expect(letters("III", 1)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "m", "n"]);
    expect(letters("III", 4)).toEqual(["a", "b", "c", "d", "đ"]);
    expect(letters("III", 9)).toEqual([null]);
    expect(letters("III", 12)).toEqual([null]);
    expect(duty("III:5.a").text).toBe("Thẩm định chặt chẽ văn bản QPPL trước khi trình HĐND và UBND tỉnh ký ban hành.");
    expect(duty("III:11.a").text).toMatch(/^Phối hợp với Trung tâm Phục vụ hành chính công/);
  });

  it("leaves every duty under a lost heading unassigned, with no heading text", () => {
    const lost = duties.filter((d) => d.section === "III" && [1, 2, 3, 5, 6, 7, 8, 11].includes(d.number));
    expect(lost).toHaveLength(32);
    for (const d of lost)
      expect(d).toMatchObject({ source: "DUTY", headingText: null, assigneeNames: [], fieldCode: null });
  });

  it("assigns the duties whose heading names the agency, in canonical form", () => {
    for (const l of ["a", "b", "c", "d", "đ"])
      expect(duty(`III:4.${l}`).assigneeNames).toEqual(["Sở Thông tin và Truyền thông"]);
    expect(duty("III:9").assigneeNames).toEqual(["Các Sở, ban, ngành"]);
    expect(duty("III:10.a").assigneeNames).toEqual(["Các cơ quan Trung ương đóng trên địa bàn"]);
    expect(duty("III:10.b").headingText).toBe("Đối các cơ quan Trung ương đóng trên địa bàn");
    // "các cơ quan liên quan" is not an agency: the list of names ends there.
    expect(duty("III:12").assigneeNames).toEqual(["Đài Phát thanh - Truyền hình tỉnh Lâm Đồng", "Báo Lâm Đồng"]);
    expect(duty("III:9").text).toBe(duty("III:9").headingText);
  });

  it("takes the closing assignment to Home Affairs and not the general exhortation", () => {
    expect(duty("IV:1")).toMatchObject({
      source: "DUTY",
      letter: null,
      headingText: null,
      assigneeNames: ["Sở Nội vụ"],
    });
    expect(duty("IV:1").text).toMatch(/^Ủy ban nhân dân tỉnh giao Sở Nội vụ chịu trách nhiệm theo dõi/);
    expect(duties.some((d) => d.text.includes("yêu cầu Thủ trưởng"))).toBe(false);
  });

  it("joins bullets to their item and an orphan list's intro to each of its items", () => {
    expect(duty("II:4.c").text.split("\n")).toHaveLength(4);
    expect(duty("II:4.c").text.split("\n")[3]).toBe(
      "- 100% các đơn vị sự nghiệp công lập thực hiện hoàn thành việc sắp xếp tổ chức bộ máy theo đúng Nghị định số 120/2020/NĐ-CP của Chính phủ.",
    );
    expect(duty("II:5.b").text.split("\n")).toHaveLength(4);
    expect(duty("II:5.c").text).toContain("\n- 100% CBCCVC được đào tạo, bồi dưỡng, cập nhận kiến thức trong năm.");
    expect(duty("III:8.a").text).toBe(
      "Tham mưu, đề xuất UBND tỉnh để tổ chức thực hiện các giải pháp nhằm: Tăng cường thu hút đầu tư của tỉnh.",
    );
    for (const l of ["b", "c", "d"]) expect(duty(`III:8.${l}`).text).toMatch(/^Tham mưu, đề xuất UBND tỉnh .* nhằm: /);
  });

  it("ignores the related-document lists, section I and the appendix", () => {
    expect(duties.some((d) => /Nghị định 43\/2011|Hà Giang|Mục đích|SIPAS \|/.test(d.text))).toBe(false);
    expect(duties[0]?.sourceRef).toBe("II:1.a");
    expect(duties.at(-1)?.sourceRef).toBe("IV:1");
  });
});
