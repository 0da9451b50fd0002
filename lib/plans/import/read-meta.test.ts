import { describe, expect, it } from "vitest";
import { readPlanMeta } from "./read-meta";

describe("readPlanMeta on other provinces' wording", () => {
  it("reads a one-clause headline with a percentage and a rank after it", () => {
    const meta = readPlanMeta(
      [
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 214 /KH-UBND | Hà Giang, ngày 05 tháng 7 năm 2021 |",
        "Chỉ số CCHC năm 2020 của tỉnh Hà Giang đạt 81,20%, xếp thứ 51/63 tỉnh, thành phố, giảm 07 bậc so với năm 2019.",
      ].join("\n"),
    );
    expect(meta).toMatchObject({
      number: "214/KH-UBND",
      issuedOn: "2021-07-05",
      province: "Hà Giang",
      indexYear: 2020,
      score: "81.2",
      rank: 51,
      rankOf: 63,
      previous: null,
    });
  });

  it("separates years given in semicolon clauses", () => {
    const meta = readPlanMeta(
      "Năm 2019, Chỉ số CCHC của tỉnh đạt 78,53 điểm, xếp thứ 45/63; năm 2020 đạt 82,13 điểm, xếp hạng 37/63 tỉnh, thành phố.",
    );
    expect(meta).toMatchObject({
      indexYear: 2020,
      score: "82.13",
      rank: 37,
      rankOf: 63,
      previous: { year: 2019, score: "78.53", rank: 45, rankOf: 63 },
    });
  });

  it("falls back to the appendix caption for number, date and province", () => {
    const meta = readPlanMeta(
      [
        "PHỤ LỤC",
        "GIẢI PHÁP NÂNG CAO CHỈ SỐ CCHC NĂM 2022",
        "(Kèm theo Kế hoạch số 1320/KH-UBND ngày 12 tháng 5 năm 2022 của UBND tỉnh Gia Lai)",
      ].join("\n"),
    );
    expect(meta).toMatchObject({
      number: "1320/KH-UBND",
      issuedOn: "2022-05-12",
      province: "Gia Lai",
      score: null,
      previous: null,
    });
    expect(meta.appendixTitle).toBe("GIẢI PHÁP NÂNG CAO CHỈ SỐ CCHC NĂM 2022");
    expect(meta.title).toBe("Kế hoạch giải pháp nâng cao Chỉ số CCHC năm 2022");
  });

  it("reads hyphenated province names and the methodology decision when named", () => {
    const meta = readPlanMeta(
      "Số: 273/KH-UBND | Bà Rịa - Vũng Tàu, ngày 10 tháng 9 năm 2021 |\nTheo Quyết định số 1149/QĐ-BNV, Chỉ số CCHC năm 2020 của tỉnh Bà Rịa - Vũng Tàu đạt 84,10/100 điểm.",
    );
    expect(meta.province).toBe("Bà Rịa - Vũng Tàu");
    expect(meta.frameworkDecisionNumber).toBe("1149/QĐ-BNV");
    expect(meta.score).toBe("84.1");
  });

  it("returns nulls when the text says nothing", () => {
    expect(readPlanMeta("")).toEqual({
      number: null,
      issuedOn: null,
      province: null,
      title: null,
      appendixTitle: null,
      frameworkDecisionNumber: null,
      indexYear: null,
      score: null,
      rank: null,
      rankOf: null,
      previous: null,
    });
  });
});
