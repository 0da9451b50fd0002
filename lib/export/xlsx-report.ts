// The consolidated report's appendix as XLSX: the appendix columns plus status, progress, result and evidence,
// one sheet with the field and criterion on every row (filters group them), numbers as numbers, dates as dates.
import type { Writable } from "node:stream";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { appendixRows, reportTitle } from "./content";
import { type Cell, type Column, writeXlsxTable } from "./table";

export const REPORT_XLSX_COLUMNS: Column[] = [
  { header: "STT", width: 6, kind: "number" },
  { header: "Mã lĩnh vực", width: 8 },
  { header: "Lĩnh vực", width: 24 },
  { header: "Mã tiêu chí", width: 10 },
  { header: "Tiêu chí", width: 34 },
  { header: "Điểm bị mất", width: 10, kind: "number" },
  { header: "Giải pháp", width: 50 },
  { header: "Thời gian thực hiện", width: 20 },
  { header: "Cơ quan chủ trì", width: 26 },
  { header: "Thời hạn", width: 12, kind: "date" },
  { header: "Trạng thái", width: 18 },
  { header: "Tiến độ (%)", width: 10, kind: "percent" },
  { header: "Quá hạn", width: 9 },
  { header: "Kết quả", width: 50 },
  { header: "Tài liệu kiểm chứng trong kỳ", width: 14, kind: "number" },
  { header: "Báo cáo của cơ quan", width: 20 },
];

const dateCell = (ddmmyyyy: string): Date | null => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(ddmmyyyy);
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
};

function* rows(r: ConsolidatedReport): Generator<Cell[]> {
  for (const a of appendixRows(r)) {
    yield [
      a.no,
      a.fieldCode,
      a.fieldTitle,
      a.criterionCode,
      a.criterionTitle,
      a.lostPoints,
      a.measure,
      a.timeframe,
      a.agency,
      dateCell(a.due),
      a.status,
      a.progress,
      a.overdue ? "Quá hạn" : "",
      a.result,
      a.evidenceAdded,
      a.reportState,
    ];
  }
}

export function writeConsolidatedXlsx(r: ConsolidatedReport, out: Writable): Promise<void> {
  const { subtitle } = reportTitle(r);
  return writeXlsxTable(
    { sheetName: "Phụ lục", title: `Phụ lục: ${subtitle}`, columns: REPORT_XLSX_COLUMNS, rows: rows(r) },
    out,
  );
}
