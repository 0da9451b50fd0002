// The arithmetic checks warn (they never reject): each one fires on its own, with a Vietnamese message.
import { describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { parsePlan } from "./index";

const HEADER =
  "STT;Tiêu chí;Điểm chuẩn;Điểm thẩm định;Điểm bị mất;Giải pháp;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian";

async function warningsOf(rows: string[], meta?: { score: string }) {
  const bytes = new TextEncoder().encode([HEADER, ...rows].join("\n"));
  const preview = await parsePlan({ fileName: "a.csv", bytes, directory: lamDongDirectory, ...(meta ? { meta } : {}) });
  return { preview, warnings: preview.warnings.map((w) => [w.code, w.criterionCode, w.message]) };
}

describe("appendix checks", () => {
  it("a consistent table has no warnings", async () => {
    const { warnings, preview } = await warningsOf(["1;A;8,5;7,5;1", "1.5;B;2;1;1;Làm;Sở Nội vụ;;Năm 2022"]);
    expect(warnings).toEqual([]);
    expect(preview.totals).toEqual({ maxPoints: "100", lost: "1", score: "99" });
  });

  it("LOST_MISMATCH and ASSESSED_OVER_STANDARD", async () => {
    const { warnings } = await warningsOf(["1;A;8,5;7,5;1,5", "2;B;1;1,25;0"]);
    expect(warnings).toEqual([
      ["LOST_MISMATCH", "1", "Tiêu chí 1: điểm bị mất 1,5 khác điểm chuẩn − điểm thẩm định (8,5 − 7,5 = 1)."],
      ["LOST_MISMATCH", "2", "Tiêu chí 2: điểm bị mất 0 khác điểm chuẩn − điểm thẩm định (1 − 1,25 = -0,25)."],
      ["ASSESSED_OVER_STANDARD", "2", "Tiêu chí 2: điểm thẩm định 1,25 lớn hơn điểm chuẩn 1."],
    ]);
  });

  it("CHILDREN_SUM_MISMATCH only when the parent has listed children", async () => {
    const { warnings } = await warningsOf([
      "3;C;13,5;13,45;0,05",
      "3.4;D;5;4,95;0,05",
      "3.4.1;E;1,5;1,48;0,02",
      "3.4.3;F;1;0,996;0,004",
    ]);
    expect(warnings).toEqual([
      [
        "CHILDREN_SUM_MISMATCH",
        "3.4",
        "Tiêu chí 3.4 mất 0,05 điểm nhưng các tiêu chí con được liệt kê (3.4.1, 3.4.3) mất tổng cộng 0,024 điểm.",
      ],
    ]);
  });

  it("DUPLICATE_CODE keeps the first figures and gathers the measures", async () => {
    const { warnings, preview } = await warningsOf([
      "1;A;8,5;7,5;1;Một;Sở Nội vụ",
      "2;B;1;1;0",
      "1;A;8,5;7;1,5;Hai;Sở Tư pháp",
    ]);
    expect(warnings).toEqual([
      [
        "DUPLICATE_CODE",
        "1",
        "Mã tiêu chí 1 xuất hiện lại (dòng 4; lần đầu: dòng 2); giữ số liệu của lần đầu, các giải pháp được gộp vào.",
      ],
    ]);
    expect(preview.criteria.map((c) => [c.code, c.assessed])).toEqual([
      ["1", "7.5"],
      ["2", "1"],
    ]);
    expect(preview.measures.map((m) => [m.criterionCode, m.position, m.text])).toEqual([
      ["1", 1, "Một"],
      ["1", 2, "Hai"],
    ]);
  });

  it("DUPLICATE_TITLE, PARENT_MISSING, MEASURE_WITHOUT_LEAD", async () => {
    const { warnings } = await warningsOf([
      "4.1;Thực hiện phân cấp;3,5;3,5;0",
      "4.3;Thực hiện  phân cấp;1,5;1,5;0;Rà soát;;",
    ]);
    expect(warnings.map(([code, criterion]) => [code, criterion])).toEqual([
      ["PARENT_MISSING", "4.1"],
      ["PARENT_MISSING", "4.3"],
      ["DUPLICATE_TITLE", "4.3"],
      ["MEASURE_WITHOUT_LEAD", "4.3"],
    ]);
  });

  it("SCORE_MISMATCH when the published score differs from 100 − Σ lost", async () => {
    const { warnings } = await warningsOf(["1;A;8,5;7,5;1"], { score: "98.9" });
    expect(warnings).toEqual([
      ["SCORE_MISMATCH", null, "Tổng điểm tính từ phụ lục (100 − 1 = 99) khác tổng điểm công bố trong văn bản (98,9)."],
    ]);
  });

  it("a row with only measure columns continues the criterion above", async () => {
    const { preview } = await warningsOf(["1.5;B;2;1;1;Một;Sở Nội vụ;;Năm 2022", ";;;;;Hai;Sở Tư pháp;;Quý I/2022"]);
    expect(preview.measures.map((m) => [m.criterionCode, m.position, m.text, m.lead[0]?.name])).toEqual([
      ["1.5", 1, "Một", "Sở Nội vụ"],
      ["1.5", 2, "Hai", "Sở Tư pháp"],
    ]);
  });
});
