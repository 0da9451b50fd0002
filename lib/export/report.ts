// One entry for the consolidated report's exports, shared by the download route and `npm run report:export`.

import { once } from "node:events";
import type { Writable } from "node:stream";
import type { ConsolidatedReport } from "@/lib/reports/consolidated-types";
import { consolidatedDocx } from "./docx-report";
import type { OfficialFields } from "./official";
import { writeConsolidatedPdf } from "./pdf-report";
import { writeConsolidatedXlsx } from "./xlsx-report";

export const REPORT_FORMATS = ["docx", "pdf", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** "bao-cao-tong-hop-lam-dong-2026-Q3.docx" (ASCII, safe in a Content-Disposition header and a shell). */
export function reportFileName(report: ConsolidatedReport, format: ReportFormat): string {
  const province = report.province.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  const slug = province
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `bao-cao-tong-hop-${slug}-${report.period.key}.${format}`;
}

/** Writes the export to `out` (ends it). XLSX rows and PDF pages are streamed; a DOCX is built whole. */
export async function writeConsolidated(
  report: ConsolidatedReport,
  format: ReportFormat,
  out: Writable,
  fields: OfficialFields = {},
): Promise<void> {
  if (format === "xlsx") return writeConsolidatedXlsx(report, out);
  if (format === "pdf") return writeConsolidatedPdf(report, out, fields);
  out.end(await consolidatedDocx(report, fields));
  await once(out, "finish");
}
