import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, contentMatches, extensionOf, zipEntryNames } from "./rules";

/** A stored (uncompressed) ZIP with the given entry names: enough for directory-based sniffing. */
function zipWith(names: string[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const name of names) {
    const bytes = [...enc.encode(name)];
    const offset = locals.length;
    locals.push(
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(0),
      ...u32(0),
      ...u32(0),
      ...u16(bytes.length),
      ...u16(0),
      ...bytes,
    );
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(0),
      ...u32(0),
      ...u32(0),
    );
    central.push(...u16(bytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...bytes);
  }
  const eocd = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(names.length),
    ...u16(names.length),
    ...u32(central.length),
    ...u32(locals.length),
    ...u16(0),
  ];
  return new Uint8Array([...locals, ...central, ...eocd]);
}

const text = (s: string) => new TextEncoder().encode(s);

describe("extensionOf", () => {
  it.each([
    ["Báo cáo.PDF", "pdf"],
    ["bang-diem.xlsx", "xlsx"],
    ["anh.JPG", "jpg"],
    ["virus.exe", null],
    ["khong-duoi", null],
    ["tai-lieu.pdf.exe", null],
  ])("%s → %s", (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe("contentMatches", () => {
  it("accepts each allowed type by its first bytes", () => {
    expect(contentMatches("pdf", text("%PDF-1.4\n"))).toBe(true);
    expect(contentMatches("png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(contentMatches("jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(contentMatches("docx", zipWith(["[Content_Types].xml", "word/document.xml"]))).toBe(true);
    expect(contentMatches("xlsx", zipWith(["[Content_Types].xml", "xl/workbook.xml"]))).toBe(true);
  });

  it("refuses a renamed file", () => {
    expect(contentMatches("pdf", text("MZ\x90\x00"))).toBe(false);
    expect(contentMatches("png", text("%PDF-1.4"))).toBe(false);
    expect(contentMatches("docx", text("%PDF-1.4"))).toBe(false);
  });

  it("tells a workbook from a document, and both from a plain ZIP", () => {
    const workbook = zipWith(["[Content_Types].xml", "xl/workbook.xml"]);
    expect(contentMatches("docx", workbook)).toBe(false);
    expect(contentMatches("xlsx", zipWith(["readme.txt"]))).toBe(false);
    expect(contentMatches("xlsx", zipWith(["[Content_Types].xml", "xl/workbook.xml"]).subarray(0, 40))).toBe(false);
  });

  it("recognises a real workbook written by exceljs", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Kết quả").addRow(["Tiêu chí", "Điểm"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(zipEntryNames(bytes)?.has("xl/workbook.xml")).toBe(true);
    expect(contentMatches("xlsx", bytes)).toBe(true);
  });
});

describe("cleanFileName", () => {
  it("drops folders and control characters and keeps Vietnamese in NFC", () => {
    expect(cleanFileName("C:\\Users\\a\\Ba\u0301o ca\u0301o.pdf")).toBe("Báo cáo.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(cleanFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("Báo cáo đợt 1.pdf")).toBe(
      `attachment; filename="Bao cao dot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%91%E1%BB%A3t%201.pdf`,
    );
  });

  it("cannot be broken out of by quotes or semicolons", () => {
    const header = contentDisposition(`x"; filename="evil.html`);
    expect(header).toBe(
      `attachment; filename="x__ filename__evil.html"; filename*=UTF-8''x%22%3B%20filename%3D%22evil.html`,
    );
  });
});
