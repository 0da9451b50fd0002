// The consolidated report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP
// (Phụ lục I): A4, Times New Roman, margins 20/20/30/15 mm; a two-column header (issuing body | national
// motto), the number and the place-date line; title; "Kính gửi"; body; "Nơi nhận" and the signature block;
// then the appendix table on landscape pages. Built with the `docx` library.

import { AlignmentType, Document, type ISectionOptions, Packer, PageOrientation, Paragraph, type Table } from "docx";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { lowerFirst } from "@/lib/text/vietnamese";
import { bodySections, PRINTED_APPENDIX_COLUMNS, printedAppendixRows, reportTitle } from "./content";
import {
  A4,
  center,
  DOCUMENT_STYLES,
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

function appendixTable(r: ConsolidatedReport): Table {
  return gridTable(PRINTED_APPENDIX_COLUMNS, printedAppendixRows(r));
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
