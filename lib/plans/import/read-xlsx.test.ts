import { beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { type DryRunJson, parsePlan, toDryRunJson } from "./index";
import { SEED_FILE_NAME, seedBytes } from "./testing/seed";
import { seedGrid, sheetNumber, workbookBytes } from "./testing/tables";

let fromText: DryRunJson;

beforeAll(async () => {
  fromText = toDryRunJson(
    await parsePlan({ fileName: SEED_FILE_NAME, bytes: seedBytes(), directory: lamDongDirectory }),
  );
});

const CAPTION = "(Kèm theo Kế hoạch số 6006/KH-UBND ngày 23 tháng 8 năm 2021 của UBND tỉnh Lâm Đồng)";

// A notes sheet first (no table), then the appendix: caption merged across the columns, a rich-text
// header cell, points as numbers, "lost" as formulas whose cached results carry float noise.
async function seedWorkbook(): Promise<Uint8Array> {
  const { header, rows } = seedGrid();
  return workbookBytes((workbook) => {
    workbook.addWorksheet("Ghi chú").addRow(["Bảng dưới đây chép từ Kế hoạch 6006/KH-UBND."]);
    const sheet = workbook.addWorksheet("Phụ lục");
    sheet.addRow([CAPTION]);
    sheet.mergeCells("A1:J1");
    sheet.addRow(
      header.map((h) =>
        h === "Điểm chuẩn" ? { richText: [{ text: "Điểm " }, { text: "chuẩn", font: { bold: true } }] } : h,
      ),
    );
    rows.forEach((cells, i) => {
      const r = i + 3;
      const [code = "", title, standard = "", assessed = "", , ...rest] = cells;
      const codeCell = /^\d+(\.\d+)?$/.test(code) ? Number(code) : code;
      const lost = { formula: `C${r}-D${r}`, result: sheetNumber(standard) - sheetNumber(assessed) };
      sheet.addRow([codeCell, title, sheetNumber(standard), sheetNumber(assessed), lost, ...rest]);
    });
  });
}

describe("the seed appendix as XLSX", () => {
  it("gives the same criteria, measures and totals as the published text", async () => {
    const preview = await parsePlan({
      fileName: "phu-luc.xlsx",
      bytes: await seedWorkbook(),
      directory: lamDongDirectory,
    });
    const json = toDryRunJson(preview);
    expect(preview.format).toBe("xlsx");
    expect(json.criteria).toEqual(fromText.criteria);
    expect(json.measures).toEqual(fromText.measures);
    expect(json.totals).toEqual({ lost: "16.07", score: "83.93" });
  });

  it("reads number, date and province from the merged caption row", async () => {
    const preview = await parsePlan({
      fileName: "phu-luc.xlsx",
      bytes: await seedWorkbook(),
      directory: lamDongDirectory,
    });
    expect(preview.meta).toMatchObject({ number: "6006/KH-UBND", issuedOn: "2021-08-23", province: "Lâm Đồng" });
    expect(preview.source.text.split(CAPTION)).toHaveLength(2);
  });

  it("spreads a vertically merged criterion over its measure rows without calling it a duplicate", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("PL");
      sheet.addRow([
        "Mã",
        "Nội dung",
        "Điểm tối đa",
        "Điểm đạt",
        "Nhiệm vụ, giải pháp",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
      ]);
      sheet.addRow(["1", "CÔNG TÁC CHỈ ĐẠO", 8.5, 7.5]);
      sheet.addRow(["1.5", "Sáng kiến", 2, 1, "Viết sáng kiến", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý III/2021"]);
      sheet.addRow(["", "", "", "", "Khen thưởng sáng kiến", "Sở Tài chính", "", "Năm 2022"]);
      for (const col of ["A", "B", "C", "D"]) sheet.mergeCells(`${col}3:${col}4`);
    });
    const preview = await parsePlan({ fileName: "x.xlsx", bytes, directory: lamDongDirectory });
    expect(preview.criteria.map((c) => [c.code, c.assessed, c.lost])).toEqual([
      ["1", "7.5", "1"],
      ["1.5", "1", "1"],
    ]);
    expect(
      preview.measures.map((m) => [m.criterionCode, m.position, m.text, m.lead[0]?.name, m.timeframe.endsOn]),
    ).toEqual([
      ["1.5", 1, "Viết sáng kiến", "Sở Nội vụ", "2021-09-30"],
      ["1.5", 2, "Khen thưởng sáng kiến", "Sở Tài chính", "2022-12-31"],
    ]);
    expect(preview.warnings.filter((w) => w.code === "DUPLICATE_CODE")).toEqual([]);
    expect(preview.warnings.filter((w) => w.code === "CHILDREN_SUM_MISMATCH")).toEqual([]);
  });
});
