import "server-only";
// A reporting period's matrix as a table: every agency asked to report × where its report stands.
import { formatDateTime, provinceTodayIso } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import { loadPeriodReports, loadReportPlan } from "@/lib/reports/consolidated-data";
import { CONSOLIDATED_ERRORS, ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import { isLate, LATE_LABEL, REPORT_STATE_LABELS, reportState } from "@/lib/reports/state";
import type { Column, TableExport } from "./table";

const COLUMNS: Column[] = [
  { header: "Cơ quan", width: 40 },
  { header: "Phải báo cáo", width: 12 },
  { header: "Tình trạng", width: 22 },
  { header: "Chậm hạn", width: 10 },
  { header: "Lần gửi", width: 9, kind: "number" },
  { header: "Gửi lúc", width: 22 },
];

export async function matrixTable(provinceId: string, periodKey: string): Promise<TableExport & { key: string }> {
  const parsed = parsePeriodKey(periodKey);
  if (!parsed) throw new ConsolidatedReportError("BAD_PERIOD_KEY", CONSOLIDATED_ERRORS.BAD_PERIOD_KEY);
  const plan = await loadReportPlan(provinceId);
  const period = plan.periods.find((p) => p.key === parsed.key);
  if (!period) throw new ConsolidatedReportError("PERIOD_NOT_FOUND", CONSOLIDATED_ERRORS.PERIOD_NOT_FOUND(parsed.key));
  const today = provinceTodayIso();
  const reports = await loadPeriodReports(period.id);
  const rows = reports.map((r) => {
    const state = reportState(r.status);
    return [
      r.agencyName,
      r.expected ? "Có" : "Không",
      REPORT_STATE_LABELS[state],
      r.expected && isLate(state, period.dueOn, today) ? LATE_LABEL : "",
      r.latest?.number ?? null,
      r.latest ? formatDateTime(new Date(r.latest.submittedAt)) : "",
    ];
  });
  return {
    key: parsed.key,
    sheetName: "Ma trận báo cáo",
    title: `Tình hình gửi báo cáo ${periodLabel(parsed)} (hạn ${period.dueOn.split("-").reverse().join("/")})`,
    columns: COLUMNS,
    rows,
  };
}
