// The real document, end to end: every figure, every measure, every warning of Kế hoạch 6006/KH-UBND.
import { beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { type PlanPreview, parsePlan, toDryRunJson } from "./index";
import { canonical, SEED_CRITERIA, SEED_FILE_NAME, SEED_MEASURES, seedBytes } from "./testing/seed";

let preview: PlanPreview;

beforeAll(async () => {
  preview = await parsePlan({
    fileName: SEED_FILE_NAME,
    bytes: seedBytes(),
    directory: lamDongDirectory,
    provinceName: "Lâm Đồng",
  });
});

describe("Kế hoạch 6006/KH-UBND (Lâm Đồng, 2021)", () => {
  it("reads exactly the 37 appendix rows: 8 fields, 14 criteria, 15 sub-criteria", () => {
    expect(preview.format).toBe("text");
    expect(preview.criteria).toHaveLength(37);
    const count = (level: string) => preview.criteria.filter((c) => c.level === level).length;
    expect([count("FIELD"), count("CRITERION"), count("SUBCRITERION")]).toEqual([8, 14, 15]);
  });

  it("keeps every number exactly as printed", () => {
    const json = toDryRunJson(preview);
    const actual = json.criteria.map((c) => [c.code, c.level, c.standard, c.assessed, c.lost]);
    const expected = SEED_CRITERIA.map(([code, level, s, a, l]) => [
      code,
      level,
      canonical(s),
      canonical(a),
      canonical(l),
    ]);
    expect(actual).toEqual(expected);
  });

  it("derives parents from the codes", () => {
    const parents = Object.fromEntries(preview.criteria.map((c) => [c.code, c.parentCode]));
    expect(parents["1"]).toBeNull();
    expect(parents["3.4"]).toBe("3");
    expect(parents["3.4.3"]).toBe("3.4");
    expect(parents["9.2"]).toBe("9");
  });

  it("keeps titles as written", () => {
    const title = (code: string) => preview.criteria.find((c) => c.code === code)?.title;
    expect(title("1")).toBe("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
    expect(title("6.3")).toBe("Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL)");
    expect(title("9.1")).toBe("SIPAS");
  });

  it("totals: lost 16.07 over the fields, score 100 − 16.07 = 83.93 (matching the published score)", () => {
    expect(preview.totals).toEqual({ maxPoints: "100", lost: "16.07", score: "83.93" });
    expect(toDryRunJson(preview).totals).toEqual({ lost: "16.07", score: "83.93" });
    expect(preview.warnings.some((w) => w.code === "SCORE_MISMATCH")).toBe(false);
  });

  it("reads the document's meta from the body", () => {
    expect(preview.meta).toMatchObject({
      number: "6006/KH-UBND",
      issuedOn: "2021-08-23",
      province: "Lâm Đồng",
      indexYear: 2020,
      score: "83.93",
      rank: 32,
      rankOf: 63,
      previous: { year: 2019, score: "80.66", rank: 40, rankOf: 63 },
      frameworkDecisionNumber: null,
    });
    expect(preview.meta.appendixTitle).toMatch(/^KHẮC PHỤC NHỮNG TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP NÂNG CAO CHỈ SỐ/);
    expect(preview.meta.title).toBe(
      "Kế hoạch khắc phục những tồn tại, hạn chế và giải pháp nâng cao Chỉ số cải cách hành chính năm 2021 và các năm tiếp theo",
    );
  });

  it("reads the 21 measures with their lead and supporting agencies", () => {
    const json = toDryRunJson(preview);
    expect(json.measures.map((m) => [m.criterionCode, m.lead, m.support])).toEqual(SEED_MEASURES);
    expect(preview.measures.every((m) => m.position === 1)).toBe(true);
  });

  it("keeps measure texts and time frames, parsing the time frame", () => {
    const first = toDryRunJson(preview).measures[0];
    expect(first?.text).toMatch(/^Các Sở, ban, ngành; UBND cấp huyện đẩy mạnh việc viết sáng kiến/);
    expect(first?.timeframe).toBe("Trong năm 2021 và các năm tiếp theo");
    expect(preview.measures[0]?.timeframe).toEqual({
      text: "Trong năm 2021 và các năm tiếp theo",
      startsOn: "2021-01-01",
      endsOn: "2021-12-31",
      recurrence: "YEARLY",
    });
  });

  it("reports exactly the document's problems, in criterion order", () => {
    expect(preview.warnings.map((w) => [w.code, w.criterionCode])).toEqual([
      ["CHILDREN_SUM_MISMATCH", "3.4"],
      ["DUPLICATE_TITLE", "4.3"],
      ["AGENCY_TYPO_CORRECTED", "4.3.3"],
      ["AGENCY_UNRESOLVED", "5.5.2"],
      ["AGENCY_TYPO_CORRECTED", "9.2"],
    ]);
    const message = (code: string) => preview.warnings.find((w) => w.code === code)?.message ?? "";
    expect(message("CHILDREN_SUM_MISMATCH")).toBe(
      "Tiêu chí 3.4 mất 0,05 điểm nhưng các tiêu chí con được liệt kê (3.4.1, 3.4.2, 3.4.3) mất tổng cộng 0,064 điểm.",
    );
    expect(message("DUPLICATE_TITLE")).toContain("«Thực hiện phân cấp» với tiêu chí 4.1");
    expect(message("AGENCY_UNRESOLVED")).toContain("«các đơn vị sự nghiệp»");
  });

  it("gives the dry-run JSON exactly its documented keys", () => {
    const json = toDryRunJson(preview);
    expect(Object.keys(json)).toEqual(["criteria", "measures", "totals", "warnings"]);
    expect(Object.keys(json.criteria[0] ?? {})).toEqual(["code", "title", "level", "standard", "assessed", "lost"]);
    expect(Object.keys(json.measures[0] ?? {})).toEqual(["criterionCode", "text", "lead", "support", "timeframe"]);
    expect(Object.keys(json.warnings[0] ?? {})).toEqual(["code", "criterionCode", "message"]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("hashes the bytes and keeps the source text", () => {
    expect(preview.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.source.text).toContain("Số: 6006/KH-UBND");
  });

  it("refuses the document for another province", async () => {
    await expect(
      parsePlan({
        fileName: SEED_FILE_NAME,
        bytes: seedBytes(),
        directory: lamDongDirectory,
        provinceName: "Hà Giang",
      }),
    ).rejects.toThrow("Văn bản này là của tỉnh Lâm Đồng, không phải tỉnh Hà Giang.");
  });
});
