// The pieces of an administrative Word document (Nghị định 30/2020/NĐ-CP, Phụ lục I) every DOCX export shares:
// Times New Roman, A4 with margins 20/20/30/15 mm, the two-column header (issuing body | national motto, with
// the number and the place-date line), the "Nơi nhận" and signature block, and a bordered data table. Built with
// the `docx` library; the consolidated report and the self-assessment table compose them.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type Letterhead, NATIONAL_MOTTO } from "./official";

export const FONT = "Times New Roman";
export const mm = (v: number) => Math.round(v * 56.7); // twips
export const A4 = { width: mm(210), height: mm(297) };
export const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
export const LANDSCAPE_MARGINS = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15) };
/** The width between the margins (twips): the header and signature tables give their columns in it, so
 *  LibreOffice keeps the 40/60 and 50/50 split that Word reads from the percentages. */
export const PORTRAIT_TEXT_WIDTH = mm(210 - 30 - 15);
export const LANDSCAPE_TEXT_WIDTH = mm(297 - 20 - 15);
const split = (total: number, percents: number[]) => percents.map((p) => Math.round((total * p) / 100));
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export type RunOptions = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

/** A run of text in points (size 14 = 14 pt, the body size of an administrative document). */
export const run = (text: string, o: RunOptions = {}) =>
  new TextRun({
    text,
    font: FONT,
    bold: o.bold,
    italics: o.italics,
    size: (o.size ?? 14) * 2,
    underline: o.underline ? {} : undefined,
  });

export const center = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

export const para = (text: string, o: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: 300 },
    indent: o.indent === false ? undefined : { firstLine: mm(10) },
    children: [run(text, { bold: o.bold })],
  });

const bareCell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });

/** The two-column header: issuing body and number | national motto and place-date. */
export function headerTable(h: Letterhead, textWidth = PORTRAIT_TEXT_WIDTH): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: split(textWidth, [40, 60]),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          bareCell(40, [
            center([run(h.parentBody, { size: 13 })]),
            center([run(h.issuingBody, { bold: true, size: 13, underline: true })], 120),
            center([run(h.numberLine, { size: 13 })]),
          ]),
          bareCell(60, [
            center([run(NATIONAL_MOTTO[0], { bold: true, size: 12 })]), // NĐ 30 allows 12–13 pt; at 13 it wraps in LibreOffice
            center([run(NATIONAL_MOTTO[1], { bold: true, size: 14, underline: true })], 120),
            center([run(h.placeDate, { italics: true, size: 14 })]),
          ]),
        ],
      }),
    ],
  });
}

/** "Nơi nhận" on the left, the signer's title, the signing note and name on the right. */
export function signatureTable(h: Letterhead, textWidth = PORTRAIT_TEXT_WIDTH): Table {
  const left = new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 12 })] });
  const recipients = h.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: 11 })] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: split(textWidth, [50, 50]),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true, // the signer's title, the signing space and the name stay on one page
        children: [
          bareCell(50, [left, ...recipients]),
          bareCell(50, [
            center([run(h.signerTitle, { bold: true, size: 14 })]),
            center([run("(Ký, ghi rõ họ tên và đóng dấu)", { italics: true, size: 12 })], 1400),
            center([run(h.signerName, { bold: true, size: 14 })]),
          ]),
        ],
      }),
    ],
  });
}

export type GridColumn = { header: string; width: number; align?: "left" | "center" | "right" };

/**
 * The paragraph style of every table cell (11 pt Times New Roman). Cells name the style instead of carrying
 * their own run properties: a large appendix then costs the `docx` library about 40 % less memory and time.
 */
export const GRID_STYLE = "BangBieu";

/** The styles of every document: 14 pt Times New Roman for the text, GRID_STYLE for the tables. */
export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: 28 } } },
  paragraphStyles: [
    { id: GRID_STYLE, name: "Bảng biểu", basedOn: "Normal", run: { font: FONT, size: 22 }, paragraph: {} },
  ],
};

const ALIGNMENT = { left: undefined, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

/**
 * A bordered table: a header row repeated on every page, then the rows (a "\n" in a cell starts a new line).
 * `bold` marks rows to print in bold (a total line).
 */
export function gridTable(columns: GridColumn[], rows: Iterable<string[]>, o: { bold?: (i: number) => boolean } = {}) {
  const cell = (text: string, i: number, bold = false, header = false) =>
    new TableCell({
      width: { size: columns[i]?.width ?? 10, type: WidthType.PERCENTAGE },
      children: text.split("\n").map(
        (line) =>
          new Paragraph({
            style: GRID_STYLE,
            alignment: header ? AlignmentType.CENTER : ALIGNMENT[columns[i]?.align ?? "left"],
            children: [bold ? new TextRun({ text: line, bold: true }) : new TextRun(line)],
          }),
      ),
    });
  const header = new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.header, i, true, true)) });
  const body: TableRow[] = [];
  let r = 0;
  for (const values of rows) {
    const bold = o.bold?.(r++);
    body.push(new TableRow({ cantSplit: true, children: values.map((text, i) => cell(text, i, bold)) }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

/** Empty space between blocks (twips; 240 = one 12 pt line). */
export const spacer = (twips = 240) => new Paragraph({ spacing: { after: twips }, children: [] });
