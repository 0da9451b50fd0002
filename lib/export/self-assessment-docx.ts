// The self-assessment table as a Word document in the administrative layout (Nghị định 30/2020/NĐ-CP) from the
// shared kit: the two-column header, the title, the table with its totals line, the summary and the signature
// block, on landscape A4 (ten columns). The cells are the XLSX's (./self-assessment.ts).
import { Document, Packer, PageOrientation } from "docx";
import { formatPoints } from "@/lib/format";
import type { SelfAssessmentView } from "@/lib/self-assessment/data";
import {
  A4,
  center,
  DOCUMENT_STYLES,
  type GridColumn,
  gridTable,
  headerTable,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH,
  para,
  run,
  signatureTable,
  spacer,
} from "./docx-kit";
import { inMemoryExport } from "./limit";
import type { OfficialFields } from "./official";
import {
  displayCells,
  frameworkLine,
  NO_EVIDENCE,
  SELF_COLUMNS,
  selfLetterhead,
  selfRowCells,
  selfTitle,
  selfTotalCells,
} from "./self-assessment";

const WIDTHS = [6, 20, 7, 11, 8, 7, 14, 11, 7, 9];
const ALIGN: GridColumn["align"][] = ["center", "left", "right", "left", "center", "right", "left", "left", "right"];

const COLUMNS: GridColumn[] = SELF_COLUMNS.map((header, i) => ({
  header,
  width: WIDTHS[i] ?? 10,
  align: ALIGN[i] ?? "left",
}));

function summary(view: SelfAssessmentView): string {
  const t = view.totals;
  const flagged = view.rows.filter((r) => r.flagged).length;
  return (
    `Tổng điểm tự chấm (đề xuất): ${formatPoints(t.proposed)}/${formatPoints(t.maxPoints)} điểm của ${t.count} tiêu chí tự chấm; ` +
    `tổng điểm thẩm định: ${formatPoints(t.accepted)} điểm (${t.appraised}/${t.count} tiêu chí đã thẩm định, ${t.submitted} tiêu chí đã gửi chờ thẩm định)` +
    (flagged > 0 ? `; ${flagged} tiêu chí có điểm trên 0 nhưng ${NO_EVIDENCE.toLocaleLowerCase("vi-VN")}.` : ".")
  );
}

export function selfAssessmentDocument(
  view: SelfAssessmentView,
  provinceName: string,
  fields: OfficialFields = {},
): Document {
  const h = selfLetterhead(view, provinceName, fields);
  const { title, subtitle } = selfTitle(view, provinceName);
  const rows = [...view.rows.map((r) => displayCells(selfRowCells(r))), displayCells(selfTotalCells(view))];
  return new Document({
    creator: "PAR Tracker",
    title: `${title} ${subtitle}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGINS },
        },
        children: [
          headerTable(h, LANDSCAPE_TEXT_WIDTH),
          spacer(),
          center([run(title, { bold: true })], 0),
          center([run(subtitle, { bold: true })]),
          center([run(`(${frameworkLine(view)})`, { italics: true })], 240),
          gridTable(COLUMNS, rows, { bold: (i) => i === rows.length - 1 }),
          para(summary(view)),
          spacer(),
          signatureTable(h, LANDSCAPE_TEXT_WIDTH),
        ],
      },
    ],
  });
}

export function selfAssessmentDocx(
  view: SelfAssessmentView,
  provinceName: string,
  fields: OfficialFields = {},
): Promise<Buffer> {
  return inMemoryExport(() => Packer.toBuffer(selfAssessmentDocument(view, provinceName, fields)));
}
