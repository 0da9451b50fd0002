// GET /api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=docx|pdf|xlsx[&so=…&chuc-vu=…&nguoi-ky=…]
// The consolidated report of the user's own province (never another's: the province comes from the session).

import { fileResponse, missingReportRefusal, officialParams, openExport, periodParam } from "@/lib/export/http";
import { REPORT_FORMATS, reportFileName, writeConsolidated } from "@/lib/export/report";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const opened = await openExport(request, REPORT_FORMATS, { action: "report.overview" });
  if (opened instanceof Response) return opened;
  const { user, params, format } = opened;
  const period = periodParam(params);
  if (period instanceof Response) return period;
  const fields = officialParams(params);
  if (fields instanceof Response) return fields;
  try {
    const report = await loadConsolidatedReport(user.provinceId, period);
    return fileResponse(format, reportFileName(report, format), (out) =>
      writeConsolidated(report, format, out, fields),
    );
  } catch (error) {
    return missingReportRefusal(error);
  }
}
