// GET /api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=docx|pdf|xlsx[&so=…&chuc-vu=…&nguoi-ky=…]
// The consolidated report of the user's own province (never another's: the province comes from the session).

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { EXPORT_ERRORS, fileResponse } from "@/lib/export/http";
import { officialFieldsSchema } from "@/lib/export/official";
import { isReportFormat, REPORT_FORMATS, reportFileName, writeConsolidated } from "@/lib/export/report";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import { ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  if (!can(user, "report.overview", { provinceId: user.provinceId })) return httpRefusal({ code: "FORBIDDEN" });
  const params = new URL(request.url).searchParams;
  const format = params.get("dinh-dang") ?? "";
  if (!isReportFormat(format)) return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.format(REPORT_FORMATS) });
  const period = params.get("ky");
  if (!period) return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.period });
  const fields = officialFieldsSchema.safeParse({
    number: params.get("so") || undefined,
    signerTitle: params.get("chuc-vu") || undefined,
    signerName: params.get("nguoi-ky") || undefined,
  });
  if (!fields.success)
    return httpRefusal({ code: "INVALID", message: fields.error.issues.map((i) => i.message).join(" ") });
  try {
    const report = await loadConsolidatedReport(user.provinceId, period);
    return fileResponse(format, reportFileName(report, format), (out) =>
      writeConsolidated(report, format, out, fields.data),
    );
  } catch (error) {
    if (error instanceof ConsolidatedReportError) return httpRefusal({ code: "NOT_FOUND", message: error.message });
    throw error;
  }
}
