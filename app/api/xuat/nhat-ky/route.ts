// GET /api/xuat/nhat-ky?dinh-dang=xlsx|csv — the province's audit log, streamed.

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { asciiSlug, EXPORT_ERRORS, fileResponse } from "@/lib/export/http";
import { auditTable } from "@/lib/export/lists";
import { writeTable } from "@/lib/export/table";
import { provinceTodayIso } from "@/lib/format";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  if (!can(user, "audit.read", { provinceId: user.provinceId })) return httpRefusal({ code: "FORBIDDEN" });
  const format = new URL(request.url).searchParams.get("dinh-dang");
  if (format !== "xlsx" && format !== "csv")
    return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.format(["xlsx", "csv"]) });
  const table = auditTable(user.provinceId, `Nhật ký thay đổi, tỉnh ${user.provinceName}`);
  return fileResponse(format, `nhat-ky-${asciiSlug(user.provinceName)}-${provinceTodayIso()}.${format}`, (out) =>
    writeTable(table, format, out),
  );
}
