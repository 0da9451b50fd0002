// The consolidated report as a PDF in the administrative layout of Nghị định 30/2020/NĐ-CP, the same content
// and layout as the DOCX (docx-report.ts): A4 portrait with the two-column header (issuing body | national
// motto), the number and the place-date line; title; "Kính gửi"; body; "Nơi nhận" and the signature block; then
// the appendix table on landscape pages with its header row on every page. Built with pdfkit and streamed to
// the output page by page.
import type { Writable } from "node:stream";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { lowerFirst } from "@/lib/text/vietnamese";
import { bodySections, PRINTED_APPENDIX_COLUMNS, printedAppendixRows, reportTitle } from "./content";
import { inMemoryExport } from "./limit";
import { letterhead, NATIONAL_MOTTO, type OfficialFields } from "./official";
import { columns, createPdf, endPdf, grid, LANDSCAPE_MARGINS, mm, type PdfDoc, setFace, text } from "./pdf-kit";

function mainPages(doc: PdfDoc, r: ConsolidatedReport, fields: OfficialFields): void {
  const h = letterhead(r.province.name, Number(r.asOf.slice(0, 4)), fields);
  const { title, subtitle } = reportTitle(r);
  columns(doc, [
    {
      width: 40,
      lines: [
        { text: h.parentBody, size: 13 },
        { text: h.issuingBody, size: 13, face: "bold", underline: true, gap: 14 },
        { text: h.numberLine, size: 13 },
      ],
    },
    {
      width: 60,
      lines: [
        { text: NATIONAL_MOTTO[0], size: 13, face: "bold" },
        { text: NATIONAL_MOTTO[1], face: "bold", underline: true, gap: 14 },
        { text: h.placeDate, face: "italic" },
      ],
    },
  ]);
  doc.y += 18;
  text(doc, title, { face: "bold", align: "center" });
  text(doc, subtitle, { face: "bold", align: "center", gap: 12 });
  text(doc, `Kính gửi: Ủy ban nhân dân tỉnh ${r.province.name}.`, { align: "center", gap: 6 });
  for (const s of bodySections(r)) {
    doc.y += 6;
    text(doc, s.heading, { face: "bold", gap: 3 });
    for (const p of s.paragraphs) {
      setFace(doc, "regular", 14);
      doc.text(p, doc.page.margins.left, doc.y, { align: "justify", indent: mm(10), lineGap: 2, paragraphGap: 4 });
    }
  }
  doc.y += 12;
  columns(
    doc,
    [
      {
        width: 50,
        lines: [
          { text: "Nơi nhận:", size: 12, face: "boldItalic", align: "left" },
          ...h.recipients.map((x) => ({ text: `- ${x}`, size: 11, align: "left" as const })),
        ],
      },
      {
        width: 50,
        lines: [
          { text: h.signerTitle, face: "bold" },
          { text: "(Ký, ghi rõ họ tên và đóng dấu)", size: 12, face: "italic", gap: mm(26) },
          { text: h.signerName, face: "bold" },
        ],
      },
    ],
    true,
  );
}

async function appendix(doc: PdfDoc, out: Writable, r: ConsolidatedReport, fields: OfficialFields) {
  const landscape = () => doc.addPage({ size: "A4", layout: "landscape", margins: LANDSCAPE_MARGINS });
  landscape();
  text(doc, "PHỤ LỤC", { face: "bold", align: "center" });
  text(doc, `Tình hình thực hiện các giải pháp theo tiêu chí, ${lowerFirst(r.period.label)}`, {
    face: "bold",
    align: "center",
  });
  text(doc, `(Kèm theo Báo cáo số ${fields.number ?? "……………"} của Sở Nội vụ)`, {
    face: "italic",
    align: "center",
    gap: 10,
  });
  await grid(doc, PRINTED_APPENDIX_COLUMNS, printedAppendixRows(r), { size: 11, newPage: landscape, out });
}

/** Writes the report's PDF to `out` (and ends it). */
export function writeConsolidatedPdf(r: ConsolidatedReport, out: Writable, fields: OfficialFields = {}) {
  return inMemoryExport(async () => {
    const { title, subtitle } = reportTitle(r);
    const doc = createPdf(out, `${title} ${subtitle}`);
    mainPages(doc, r, fields);
    await appendix(doc, out, r, fields);
    await endPdf(doc, out);
  });
}
