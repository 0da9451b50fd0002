// GET /api/xuat/ma-tran?ky=2026-Q3&dinh-dang=xlsx|csv — a period's matrix: every agency asked to report and
// where its report stands (accepted, submitted, returned, draft, not started; late or not).

import { asciiSlug, fileResponse, missingReportRefusal, openExport, periodParam } from "@/lib/export/http";
import { matrixTable } from "@/lib/export/matrix";
import { TABLE_FORMATS, writeTable } from "@/lib/export/table";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const opened = await openExport(request, TABLE_FORMATS, { action: "report.overview" });
  if (opened instanceof Response) return opened;
  const { user, params, format } = opened;
  const period = periodParam(params);
  if (period instanceof Response) return period;
  try {
    const table = await matrixTable(user.provinceId, period);
    return fileResponse(format, `ma-tran-bao-cao-${asciiSlug(user.provinceName)}-${table.key}.${format}`, (out) =>
      writeTable(table, format, out),
    );
  } catch (error) {
    return missingReportRefusal(error);
  }
}
