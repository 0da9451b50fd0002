// The pieces of an administrative PDF (Nghị định 30/2020/NĐ-CP layout, like the DOCX in docx-kit.ts), built
// with pdfkit: A4 pages with the same margins, Tinos (the metric twin of Times New Roman, with every Vietnamese
// glyph) embedded from the @expo-google-fonts/tinos package so no system font is needed, and a bordered table
// whose header row is repeated on every page. Pages are written to the output as each one is finished; the
// table waits for the output to drain, so a long appendix never piles up in memory.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Writable } from "node:stream";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

export type PdfDoc = PDFKit.PDFDocument;
export type Face = "regular" | "bold" | "italic" | "boldItalic";

export const mm = (v: number) => (v * 72) / 25.4; // PDF points
export const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
export const LANDSCAPE_MARGINS = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15) };
/** Extra space between lines (pt): Tinos' own line height is 1,15 em; the text reads at about 1,3. */
export const LINE_GAP = 2;

const FONT_FILES: Record<Face, string> = {
  regular: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

type Font = fontkit.Font;
let fonts: Record<Face, Font> | null = null;

/**
 * The four Tinos faces, read and parsed once per process from the installed package (resolved from the
 * project root, so the server bundle finds it too). Every document shares them: fontkit decodes a font's
 * tables and glyphs lazily and keeps them, so later exports skip that work (pdfkit subsets per document).
 */
function loadFonts(): Record<Face, Font> {
  if (fonts) return fonts;
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const dir = path.dirname(require.resolve("@expo-google-fonts/tinos/package.json"));
  const read = (face: Face) => {
    const file = path.join(/* turbopackIgnore: true */ dir, FONT_FILES[face]);
    // read at run time from node_modules: nothing for the build's file tracer to follow
    return fontkit.create(fs.readFileSync(/* turbopackIgnore: true */ file)) as Font;
  };
  fonts = { regular: read("regular"), bold: read("bold"), italic: read("italic"), boldItalic: read("boldItalic") };
  return fonts;
}

/** A new A4 portrait document with the Tinos faces registered under their Face names, piped to `out`. */
export function createPdf(out: Writable, title: string): PdfDoc {
  const faces = loadFonts();
  // pdfkit takes a parsed fontkit font wherever it takes a font file (its types say only a path or a name)
  const asSource = (face: Face) => faces[face] as unknown as string;
  const doc = new PDFDocument({
    size: "A4",
    margins: PORTRAIT_MARGINS,
    font: asSource("regular"), // so pdfkit never loads its built-in Helvetica
    lang: "vi-VN",
    displayTitle: true,
    info: { Title: title, Creator: "PAR Tracker" },
  });
  for (const face of Object.keys(faces) as Face[]) doc.registerFont(faces[face].postscriptName, asSource(face));
  doc.pipe(out);
  return doc;
}

/**
 * Sets the face and size of the text that follows. Faces are registered under their PostScript names, the
 * name pdfkit files an opened font under: any other name would make pdfkit open the font again and compare
 * it with the one it has at every switch.
 */
export function setFace(doc: PdfDoc, face: Face, size: number): PdfDoc {
  return doc.font(loadFonts()[face].postscriptName).fontSize(size);
}

/** Ends the document and resolves when `out` has received all of it. */
export async function endPdf(doc: PdfDoc, out: Writable): Promise<void> {
  const finished = new Promise<void>((resolve, reject) => {
    out.once("finish", resolve);
    out.once("error", reject);
    doc.once("error", reject);
  });
  doc.end();
  await finished;
}

/** Lets the output catch up (and other requests run) between pages of a long table. */
async function yieldToOutput(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await new Promise((resolve) => out.once("drain", resolve));
  else await new Promise((resolve) => setImmediate(resolve));
}

export type TextOptions = { face?: Face; size?: number; align?: "left" | "center" | "justify"; underline?: boolean };

/** A block of text at the current position across `width` (the whole text width by default). */
export function text(doc: PdfDoc, value: string, o: TextOptions & { x?: number; width?: number; gap?: number } = {}) {
  setFace(doc, o.face ?? "regular", o.size ?? 14);
  const x = o.x ?? doc.page.margins.left;
  const width = o.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.text(value, x, doc.y, { width, align: o.align ?? "left", underline: o.underline, lineGap: LINE_GAP });
  if (o.gap) doc.y += o.gap;
}

export type Line = TextOptions & { text: string; gap?: number };

/** Side-by-side columns of lines (widths in % of the text width), top-aligned; the cursor ends below the
 *  tallest. With `keepTogether` the block moves whole to a new page when it does not fit on this one. */
export function columns(doc: PdfDoc, cols: { width: number; lines: Line[] }[], keepTogether = false): void {
  const left = doc.page.margins.left;
  const full = doc.page.width - left - doc.page.margins.right;
  const widths = cols.map((c) => (full * c.width) / 100);
  const height = (lines: Line[], width: number) =>
    lines.reduce((h, l) => {
      setFace(doc, l.face ?? "regular", l.size ?? 14);
      return h + doc.heightOfString(l.text, { width, lineGap: LINE_GAP }) + (l.gap ?? 0);
    }, 0);
  if (keepTogether) {
    const tallest = Math.max(...cols.map((c, i) => height(c.lines, widths[i] ?? full)));
    if (doc.y + tallest > doc.page.maxY()) doc.addPage();
  }
  const top = doc.y;
  let bottom = top;
  let x = left;
  cols.forEach((c, i) => {
    const width = widths[i] ?? full;
    doc.y = top;
    for (const l of c.lines) text(doc, l.text, { ...l, x, width, align: l.align ?? "center" });
    bottom = Math.max(bottom, doc.y);
    x += width;
  });
  doc.x = left;
  doc.y = bottom;
}

export type GridColumn = { header: string; width: number; align?: "left" | "center" | "right" };
export type GridOptions = { size: number; newPage: () => void; out: Writable };

const PAD_X = 3;
const PAD_Y = 2;

/**
 * A bordered table across the text width (column widths in %): the header row on top of every page, then the
 * rows, each kept on one page (a row taller than a page continues on the next). `newPage` adds a page in the
 * table's layout.
 */
export async function grid(doc: PdfDoc, cols: GridColumn[], rows: Iterable<string[]>, o: GridOptions) {
  const left = doc.page.margins.left;
  const full = doc.page.width - left - doc.page.margins.right;
  const widths = cols.map((c) => (full * c.width) / 100);
  const header = cols.map((c) => c.header);
  const headerStyle = { face: "bold" as const, align: cols.map(() => "center" as const) };
  const bodyStyle = { face: "regular" as const, align: cols.map((c) => c.align ?? "left") };
  const measure = (cells: string[], face: Face) => {
    setFace(doc, face, o.size);
    return (
      Math.max(...cells.map((t, i) => (t ? doc.heightOfString(t, { width: (widths[i] ?? 0) - 2 * PAD_X }) : 0))) +
      2 * PAD_Y
    );
  };
  const draw = (cells: string[], h: number, style: typeof bodyStyle | typeof headerStyle) => {
    const y = doc.y;
    let x = left;
    setFace(doc, style.face, o.size).lineWidth(0.75);
    cells.forEach((t, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, h).stroke();
      if (t) doc.text(t, x + PAD_X, y + PAD_Y, { width: w - 2 * PAD_X, height: h, align: style.align[i] });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const headerHeight = measure(header, "bold");
  draw(header, headerHeight, headerStyle);
  for (const row of rows) {
    let rest = row;
    while (rest.some(Boolean)) {
      const h = measure(rest, "regular");
      const room = doc.page.maxY() - doc.y;
      if (h <= room) {
        draw(rest, h, bodyStyle);
        break;
      }
      const freshPage = room >= doc.page.maxY() - doc.page.margins.top - headerHeight - 1;
      if (freshPage) {
        const parts = rest.map((t, i) => splitToFit(doc, t, (widths[i] ?? 0) - 2 * PAD_X, room - 2 * PAD_Y));
        draw(
          parts.map((p) => p[0]),
          room,
          bodyStyle,
        );
        rest = parts.map((p) => p[1]);
      }
      o.newPage();
      await yieldToOutput(o.out);
      draw(header, headerHeight, headerStyle);
    }
  }
}

/** Splits a cell's text at a word boundary: the longest head that fits in `height`, and the rest. */
function splitToFit(doc: PdfDoc, value: string, width: number, height: number): [string, string] {
  if (doc.heightOfString(value, { width }) <= height) return [value, ""];
  const words = value.split(/(?<=\s)/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.heightOfString(words.slice(0, mid).join(""), { width }) <= height) lo = mid;
    else hi = mid - 1;
  }
  const head = Math.max(lo, 1); // a single word wider than the whole height is cut by the cell, not looped on
  return [words.slice(0, head).join("").trimEnd(), words.slice(head).join("")];
}
