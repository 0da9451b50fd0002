// The consolidated report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP
// (Phụ lục I): A4, Times New Roman, margins 20/20/30/15 mm; a two-column header (issuing body | national
// motto), the number and the place-date line; title; "Kính gửi"; body; "Nơi nhận" and the signature block;
// then the appendix table on landscape pages. Built with the `docx` library.

import {
  AlignmentType,
  BorderStyle,
  Document,
  type ISectionOptions,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatPoints } from "@/lib/format";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { lowerFirst } from "@/lib/text/vietnamese";
import { appendixRows, bodySections, reportTitle } from "./content";
import { type Letterhead, letterhead, NATIONAL_MOTTO, type OfficialFields } from "./official";

const FONT = "Times New Roman";
const mm = (v: number) => Math.round(v * 56.7); // twips
const A4 = { width: mm(210), height: mm(297) };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    bold: o.bold,
    italics: o.italics,
    size: (o.size ?? 14) * 2,
    underline: o.underline ? {} : undefined,
  });

const center = (children: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

function headerTable(h: Letterhead): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(40, [
            center([run(h.parentBody, { size: 13 })]),
            center([run(h.issuingBody, { bold: true, size: 13, underline: true })], 120),
            center([run(h.numberLine, { size: 13 })]),
          ]),
          cell(60, [
            center([run(NATIONAL_MOTTO[0], { bold: true, size: 13 })]),
            center([run(NATIONAL_MOTTO[1], { bold: true, size: 14, underline: true })], 120),
            center([run(h.placeDate, { italics: true, size: 14 })]),
          ]),
        ],
      }),
    ],
  });
}

const para = (text: string, o: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: 300 },
    indent: o.indent === false ? undefined : { firstLine: mm(10) },
    children: [run(text, { bold: o.bold })],
  });

function signatureTable(h: Letterhead): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
  const left = new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 12 })] });
  const recipients = h.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: 11 })] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(50, [left, ...recipients]),
          cell(50, [
            center([run(h.signerTitle, { bold: true, size: 14 })]),
            center([run("(Ký, ghi rõ họ tên và đóng dấu)", { italics: true, size: 12 })], 1400),
            center([run(h.signerName, { bold: true, size: 14 })]),
          ]),
        ],
      }),
    ],
  });
}

const APPENDIX_COLUMNS = [
  "STT",
  "Tiêu chí",
  "Điểm bị mất",
  "Giải pháp",
  "Cơ quan chủ trì",
  "Thời hạn",
  "Trạng thái",
  "Tiến độ (%)",
  "Kết quả",
];
const APPENDIX_WIDTHS = [5, 12, 7, 22, 13, 8, 10, 6, 17];

function appendixTable(r: ConsolidatedReport): Table {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: APPENDIX_WIDTHS[i] ?? 10, type: WidthType.PERCENTAGE },
      children: text.split("\n").map(
        (line) =>
          new Paragraph({
            alignment: i === 0 || (i >= 5 && i <= 7) ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(line, { bold, size: 11 })],
          }),
      ),
    });
  const header = new TableRow({ tableHeader: true, children: APPENDIX_COLUMNS.map((c, i) => cell(c, i, true)) });
  const rows = [...appendixRows(r)].map(
    (a) =>
      new TableRow({
        cantSplit: true,
        children: [
          String(a.no),
          `${a.criterionCode}. ${a.criterionTitle}`,
          a.lostPoints === null ? "" : formatPoints(String(a.lostPoints)),
          a.measure,
          a.agency,
          a.due,
          a.overdue ? `${a.status} (quá hạn)` : a.status,
          String(a.progress),
          a.result,
        ].map((text, i) => cell(text, i)),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export function consolidatedDocument(r: ConsolidatedReport, fields: OfficialFields = {}): Document {
  const h = letterhead(r.province.name, Number(r.asOf.slice(0, 4)), fields);
  const { title, subtitle } = reportTitle(r);
  const body = bodySections(r).flatMap((s) => [
    para(s.heading, { bold: true, indent: false }),
    ...s.paragraphs.map((p) => para(p)),
  ]);
  const page = { size: A4, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
  const main: ISectionOptions = {
    properties: { page },
    children: [
      headerTable(h),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 0 },
        children: [run(title, { bold: true })],
      }),
      center([run(subtitle, { bold: true })], 240),
      center([run(`Kính gửi: Ủy ban nhân dân tỉnh ${r.province.name}.`)], 240),
      ...body,
      new Paragraph({ spacing: { after: 240 }, children: [] }),
      signatureTable(h),
    ],
  };
  const appendix: ISectionOptions = {
    properties: {
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15) },
      },
    },
    children: [
      center([run("PHỤ LỤC", { bold: true })]),
      center([run(`Tình hình thực hiện các giải pháp theo tiêu chí, ${lowerFirst(r.period.label)}`, { bold: true })]),
      center([run(`(Kèm theo Báo cáo số ${fields.number ?? "……………"} của Sở Nội vụ)`, { italics: true })], 240),
      appendixTable(r),
    ],
  };
  return new Document({
    creator: "PAR Tracker",
    title: `${title} ${subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [main, appendix],
  });
}

export function consolidatedDocx(r: ConsolidatedReport, fields: OfficialFields = {}): Promise<Buffer> {
  return Packer.toBuffer(consolidatedDocument(r, fields));
}
