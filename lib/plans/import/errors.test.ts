// Bad files: each is refused with a PlanImportError whose Vietnamese message says what and where.
import { describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { PlanImportError, parsePlan } from "./index";
import { SEED_FILE_NAME, seedText } from "./testing/seed";
import { workbookBytes } from "./testing/tables";

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (fileName: string, bytes: Uint8Array) => parsePlan({ fileName, bytes, directory: lamDongDirectory });

async function importError(fileName: string, bytes: Uint8Array): Promise<PlanImportError> {
  try {
    await parse(fileName, bytes);
  } catch (error) {
    if (error instanceof PlanImportError) return error;
    throw error;
  }
  throw new Error("expected a PlanImportError");
}

const HEADER = "STT;Lĩnh vực/Tiêu chí;Điểm chuẩn;Điểm thẩm định;Điểm bị mất;Giải pháp;Cơ quan chủ trì";

describe("bad files", () => {
  it("an empty file", async () => {
    const e = await importError("ke-hoach.txt", new Uint8Array());
    expect([e.code, e.message]).toEqual(["EMPTY_FILE", "Tệp «ke-hoach.txt» trống: không có nội dung để nhập."]);
    expect((await importError("ke-hoach.csv", utf8("\uFEFF \n\n"))).code).toBe("EMPTY_FILE");
  });

  it("a file with no recognisable table", async () => {
    const e = await importError(
      "ke-hoach.txt",
      utf8("Kế hoạch số 1/KH-UBND\nỦY BAN NHÂN DÂN | CỘNG HÒA |\nKhông có phụ lục."),
    );
    expect(e.code).toBe("NO_TABLE");
    expect(e.message).toMatch(/^Không tìm thấy bảng phụ lục: cần một dòng tiêu đề có các cột «STT»/);
    expect((await importError("a.csv", utf8("a;b;c\n1;2;3\n"))).code).toBe("NO_TABLE");
  });

  it("a header missing a required column names the column", async () => {
    const e = await importError("a.csv", utf8("STT;Tiêu chí;Điểm thẩm định;Giải pháp\n1;X;1\n"));
    expect([e.code, e.message]).toEqual([
      "MISSING_COLUMN",
      "Dòng 1: bảng thiếu cột «Điểm chuẩn». Hãy thêm cột này vào dòng tiêu đề.",
    ]);
  });

  it("a non-numeric point cell in the published text names its line and column", async () => {
    const lines = seedText().split("\n");
    const at = lines.findIndex((l) => l.startsWith("1.6 | "));
    lines[at] = (lines[at] ?? "").replace("| 1,47 |", "| 1,4x |");
    const e = await importError(SEED_FILE_NAME, utf8(lines.join("\n")));
    expect(e.code).toBe("NOT_A_NUMBER");
    expect(e.message).toBe(`Dòng ${at + 1}, cột «Điểm thẩm định»: «1,4x» không phải là số.`);
    expect(e.location).toEqual({ line: at + 1, column: "Điểm thẩm định" });
  });

  it("a non-numeric point cell in a CSV names its line and the column as headed there", async () => {
    const e = await importError("a.csv", utf8("STT;Tiêu chí;Điểm tối đa;Điểm đạt\n1;A;8,5;7\n2;B;4;abc\n"));
    expect(e.message).toBe("Dòng 3, cột «Điểm đạt»: «abc» không phải là số.");
  });

  it("a row with content but no code", async () => {
    const e = await importError("a.csv", utf8(`${HEADER}\n1;A;8,5;7;1,5\n;Tiêu chí không mã;1;0,5;0,5\n`));
    expect(e.code).toBe("MISSING_CODE");
    expect(e.message).toBe(
      "Dòng 3, cột «STT»: dòng có nội dung nhưng thiếu mã tiêu chí (ví dụ «3.4.1»). Hãy điền mã vào cột «STT».",
    );
  });

  it("a code that is not a criterion code", async () => {
    const e = await importError("a.csv", utf8(`${HEADER}\nI;A;8,5;7;1,5\n`));
    expect([e.code, e.message]).toEqual([
      "INVALID_CODE",
      "Dòng 2, cột «STT»: «I» không phải là mã tiêu chí. Mã gồm 1 đến 3 số ngăn cách bởi dấu chấm, ví dụ «3», «3.4», «3.4.1».",
    ]);
  });

  it("a criterion row without points", async () => {
    const e = await importError("a.csv", utf8(`${HEADER}\n1;A;8,5;;\n`));
    expect([e.code, e.message]).toEqual([
      "MISSING_POINTS",
      "Dòng 2, cột «Điểm thẩm định»: thiếu «Điểm thẩm định» và «Điểm bị mất».",
    ]);
  });

  it("a header with no rows under it", async () => {
    expect((await importError("a.csv", utf8(`${HEADER}\n;;;\n`))).code).toBe("NO_ROWS");
  });

  it("unreadable XLSX bytes", async () => {
    const e = await importError("phu-luc.xlsx", utf8("đây không phải tệp Excel"));
    expect([e.code, e.message]).toEqual([
      "UNREADABLE_XLSX",
      "Không đọc được tệp Excel «phu-luc.xlsx»: tệp bị hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    ]);
  });

  it("an XLSX without an appendix table", async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet("Trang 1").addRow(["Không có bảng"]));
    expect((await importError("a.xlsx", bytes)).code).toBe("NO_TABLE");
  });

  it("an XLSX error names the sheet and row", async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet("Phụ lục");
      sheet.addRow(["STT", "Tiêu chí", "Điểm chuẩn", "Điểm thẩm định"]);
      sheet.addRow(["1", "A", 8.5, "7,4x"]);
    });
    expect((await importError("a.xlsx", bytes)).message).toBe(
      "Trang tính «Phụ lục», dòng 2, cột «Điểm thẩm định»: «7,4x» không phải là số.",
    );
  });

  it("an old .xls workbook, a non-UTF-8 text, an unknown format", async () => {
    expect((await importError("a.xls", utf8("x"))).message).toContain("định dạng Excel cũ (.xls)");
    expect((await importError("a.csv", new Uint8Array([0x53, 0x54, 0xff, 0xfe, 0x0a]))).code).toBe("NOT_UTF8");
    expect((await importError("a.pdf", utf8("%PDF-1.4"))).code).toBe("UNSUPPORTED_FORMAT");
  });
});
