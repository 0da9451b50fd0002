import { beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { type DryRunJson, parsePlan, toDryRunJson } from "./index";
import { parseCsv } from "./read-csv";
import { SEED_FILE_NAME, seedBytes } from "./testing/seed";
import { type CsvOptions, seedCsv } from "./testing/tables";

let fromText: DryRunJson;

beforeAll(async () => {
  fromText = toDryRunJson(
    await parsePlan({ fileName: SEED_FILE_NAME, bytes: seedBytes(), directory: lamDongDirectory }),
  );
});

const parseCsvPlan = async (options: CsvOptions) =>
  parsePlan({ fileName: "phu-luc.csv", bytes: seedCsv(options), directory: lamDongDirectory });

// Index of the printed header: 0 STT, 1 title, 2 standard, 3 assessed, 4 lost, 5 measure, 6 lead, 7 support, 8 time, 9 note.
const REORDERED = [0, 1, 5, 6, 7, 8, 9, 4, 3, 2];
const RENAMED = {
  "Điểm chuẩn": "Điểm tối đa",
  "Điểm thẩm định": "Điểm đạt",
  "Điểm bị mất": "Điểm bị trừ",
  "Cơ quan chủ trì thực hiện": "Đơn vị chủ trì",
  "Cơ quan phối hợp": "Đơn vị phối hợp",
  "Thời gian thực hiện": "Thời hạn",
};

describe("the seed appendix as CSV gives the same plan as the published text", () => {
  it.each<[string, CsvOptions]>([
    [
      "semicolon, BOM, CRLF, decimal comma, columns reordered and renamed",
      { delimiter: ";", bom: true, eol: "\r\n", order: REORDERED, rename: RENAMED },
    ],
    ["comma, no BOM, decimal point", { delimiter: ",", decimalPoint: true }],
    ["comma with quoted decimal-comma points", { delimiter: ",", bom: true }],
    ["semicolon, decimal point, renamed", { delimiter: ";", decimalPoint: true, rename: RENAMED }],
  ])("%s", async (_, options) => {
    const json = toDryRunJson(await parseCsvPlan(options));
    expect(json.criteria).toEqual(fromText.criteria);
    expect(json.measures).toEqual(fromText.measures);
    expect(json.totals).toEqual({ lost: "16.07", score: "83.93" });
    expect(json.warnings.map((w) => w.code)).toEqual(fromText.warnings.map((w) => w.code));
  });

  it("derives lost points when the column is missing, and assessed points from lost", async () => {
    const noLost = toDryRunJson(await parseCsvPlan({ delimiter: ";", drop: ["Điểm bị mất"] }));
    const noAssessed = toDryRunJson(await parseCsvPlan({ delimiter: ";", drop: ["Điểm thẩm định"] }));
    expect(noLost.criteria).toEqual(fromText.criteria);
    expect(noAssessed.criteria).toEqual(fromText.criteria);
  });

  it("reads the plan's meta from title rows above the header", async () => {
    const preamble = ["(Kèm theo Kế hoạch số 6006/KH-UBND ngày 23 tháng 8 năm 2021 của UBND tỉnh Lâm Đồng);;;"];
    const preview = await parseCsvPlan({ delimiter: ";", preamble });
    expect(preview.format).toBe("csv");
    expect(preview.meta).toMatchObject({ number: "6006/KH-UBND", issuedOn: "2021-08-23", province: "Lâm Đồng" });
  });

  it("falls back to CSV for a .txt file that holds CSV", async () => {
    const preview = await parsePlan({
      fileName: "phu-luc.txt",
      bytes: seedCsv({ delimiter: ";" }),
      directory: lamDongDirectory,
    });
    expect(preview.format).toBe("csv");
    expect(preview.criteria).toHaveLength(37);
  });
});

describe("parseCsv (RFC 4180)", () => {
  it("handles quotes, doubled quotes, delimiters and line breaks inside quotes", () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"multi\nline";x;\n\nlast;"";z';
    expect(parseCsv(text, ";")).toEqual([
      { fields: ["a", "b;c", 'say "hi"'], line: 1 },
      { fields: ["multi\nline", "x", ""], line: 2 },
      { fields: [""], line: 4 },
      { fields: ["last", "", "z"], line: 5 },
    ]);
  });

  it("keeps a quote in the middle of a field as text and handles a missing final newline", () => {
    expect(parseCsv('5" screen,ok', ",")).toEqual([{ fields: ['5" screen', "ok"], line: 1 }]);
  });

  it("throws a located error for an unterminated quote", () => {
    expect(() => parseCsv('a,b\nc,"open\n', ",")).toThrow('Dòng 2: dấu ngoặc kép (") mở ở đây không được đóng.');
  });
});
