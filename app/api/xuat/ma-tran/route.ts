// GET /api/xuat/ma-tran?ky=2026-Q3&dinh-dang=xlsx|csv — a period's matrix: every agency asked to report and
// where its report stands (accepted, submitted, returned, draft, not started; late or not).

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { asciiSlug, EXPORT_ERRORS, fileResponse } from "@/lib/export/http";
import { matrixTable } from "@/lib/export/matrix";
import { writeTable } from "@/lib/export/table";
import { ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  if (!can(user, "report.overview", { provinceId: user.provinceId })) return httpRefusal({ code: "FORBIDDEN" });
  const params = new URL(request.url).searchParams;
  const format = params.get("dinh-dang");
  if (format !== "xlsx" && format !== "csv")
    return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.format(["xlsx", "csv"]) });
  const period = params.get("ky");
  if (!period) return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.period });
  try {
    const table = await matrixTable(user.provinceId, period);
    return fileResponse(format, `ma-tran-bao-cao-${asciiSlug(user.provinceName)}-${table.key}.${format}`, (out) =>
      writeTable(table, format, out),
    );
  } catch (error) {
    if (error instanceof ConsolidatedReportError) return httpRefusal({ code: "NOT_FOUND", message: error.message });
    throw error;
  }
}
