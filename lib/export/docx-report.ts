// The consolidated report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP
// (Phụ lục I): A4, Times New Roman, margins 20/20/30/15 mm; a two-column header (issuing body | national
// motto), the number and the place-date line; title; "Kính gửi"; body; "Nơi nhận" and the signature block;
// then the appendix table on landscape pages. Built with the `docx` library.

import { AlignmentType, Document, type ISectionOptions, Packer, PageOrientation, Paragraph, type Table } from "docx";
import { formatPoints } from "@/lib/format";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { lowerFirst } from "@/lib/text/vietnamese";
import { appendixRows, bodySections, reportTitle } from "./content";
import {
  A4,
  center,
  DOCUMENT_STYLES,
  type GridColumn,
  gridTable,
  headerTable,
  LANDSCAPE_MARGINS,
  PORTRAIT_MARGINS,
  para,
  run,
  signatureTable,
} from "./docx-kit";
import { inMemoryExport } from "./limit";
import { letterhead, type OfficialFields } from "./official";

const APPENDIX_COLUMNS: GridColumn[] = [
  { header: "STT", width: 5, align: "center" },
  { header: "Tiêu chí", width: 12 },
  { header: "Điểm bị mất", width: 7 },
  { header: "Giải pháp", width: 22 },
  { header: "Cơ quan chủ trì", width: 13 },
  { header: "Thời hạn", width: 8, align: "center" },
  { header: "Trạng thái", width: 10, align: "center" },
  { header: "Tiến độ (%)", width: 6, align: "center" },
  { header: "Kết quả", width: 17 },
];

function appendixTable(r: ConsolidatedReport): Table {
  const rows = [...appendixRows(r)].map((a) => [
    String(a.no),
    `${a.criterionCode}. ${a.criterionTitle}`,
    a.lostPoints === null ? "" : formatPoints(String(a.lostPoints)),
    a.measure,
    a.agency,
    a.due,
    a.overdue ? `${a.status} (quá hạn)` : a.status,
    String(a.progress),
    a.result,
  ]);
  return gridTable(APPENDIX_COLUMNS, rows);
}

export function consolidatedDocument(r: ConsolidatedReport, fields: OfficialFields = {}): Document {
  const h = letterhead(r.province.name, Number(r.asOf.slice(0, 4)), fields);
  const { title, subtitle } = reportTitle(r);
  const body = bodySections(r).flatMap((s) => [
    para(s.heading, { bold: true, indent: false }),
    ...s.paragraphs.map((p) => para(p)),
  ]);
  const page = { size: A4, margin: PORTRAIT_MARGINS };
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
        margin: LANDSCAPE_MARGINS,
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
    styles: DOCUMENT_STYLES,
    sections: [main, appendix],
  });
}

export function consolidatedDocx(r: ConsolidatedReport, fields: OfficialFields = {}): Promise<Buffer> {
  return inMemoryExport(() => Packer.toBuffer(consolidatedDocument(r, fields)));
}
