// The PDF kit read back with poppler (pdftotext, pdffonts): Vietnamese text extractable with its diacritics
// from the embedded Tinos font, the table's header row on every page, a row taller than a page continued
// on the next without losing a word, and pages handed to a slow reader as they are made instead of piling up.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPdf, endPdf, type GridColumn, grid, LANDSCAPE_MARGINS, text } from "./pdf-kit";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-pdf-kit-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const COLUMNS: GridColumn[] = [
  { header: "STT", width: 10, align: "center" },
  { header: "Cơ quan chủ trì", width: 40 },
  { header: "Kết quả", width: 50 },
];

async function tableTo(file: string, rows: string[][]): Promise<void> {
  const out = fs.createWriteStream(file);
  const doc = createPdf(out, "Thử bảng");
  const landscape = () => doc.addPage({ size: "A4", layout: "landscape", margins: LANDSCAPE_MARGINS });
  text(doc, "Tình hình thực hiện", { face: "bold", align: "center" });
  await grid(doc, COLUMNS, rows, { size: 10.5, newPage: landscape, out });
  await endPdf(doc, out);
}

const pageText = async (file: string, page: number) =>
  (await run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), file, "-"])).stdout;

describe("pdf kit", () => {
  it("repeats the header row on every page and keeps Vietnamese text with its diacritics", async () => {
    const file = path.join(dir, "rows.pdf");
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), "Sở Tài nguyên và Môi trường", "Đã hoàn thành"]);
    await tableTo(file, rows);
    const { stdout: info } = await run("pdfinfo", [file]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) expect(await pageText(file, p), `trang ${p}`).toContain("Cơ quan chủ trì");
    const all = (await run("pdftotext", [file, "-"])).stdout;
    expect(all.match(/Sở Tài nguyên và Môi trường/g)).toHaveLength(120);
    expect(all).toContain("120");
    const { stdout: fonts } = await run("pdffonts", [file]);
    expect(fonts).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/Tinos-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("continues a row taller than a page on the next page, every word kept", async () => {
    const file = path.join(dir, "tall.pdf");
    const words = Array.from({ length: 1500 }, (_, i) => `kếtquả${i}`);
    await tableTo(file, [["1", "Sở Nội vụ", words.join(" ")]]);
    const all = (await run("pdftotext", [file, "-"])).stdout;
    const found = new Set(all.match(/kếtquả\d+/g));
    expect(found.size).toBe(words.length);
    const { stdout: info } = await run("pdfinfo", [file]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  });

  it("hands each page to a slow reader before making the next instead of buffering the document", async () => {
    let received = 0;
    const slow = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setTimeout(done, 1);
      },
    });
    const out = new PassThrough({ highWaterMark: 4096 });
    out.pipe(slow);
    const doc = createPdf(out, "Thử");
    let maxBuffered = 0;
    doc.on("pageAdded", () => {
      maxBuffered = Math.max(maxBuffered, doc.readableLength + out.writableLength + out.readableLength);
    });
    const landscape = () => doc.addPage({ size: "A4", layout: "landscape", margins: LANDSCAPE_MARGINS });
    const rows = Array.from({ length: 400 }, (_, i) => [String(i), `Cơ quan ${i}`, `Kết quả ${i} `.repeat(30)]);
    await grid(doc, COLUMNS, rows, { size: 10.5, newPage: landscape, out });
    await endPdf(doc, out);
    await new Promise((resolve) => (slow.writableFinished ? resolve(null) : slow.once("finish", resolve)));
    expect(received).toBeGreaterThan(100_000);
    expect(maxBuffered).toBeLessThan(received / 4);
  });
});
