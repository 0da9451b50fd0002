// GET /api/xuat/nhat-ky?dinh-dang=xlsx|csv — the province's audit log, streamed.
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { asciiSlug, EXPORT_ERRORS, fileResponse, refusal } from "@/lib/export/http";
import { auditTable } from "@/lib/export/lists";
import { writeTable } from "@/lib/export/table";
import { HTTP_STATUS, MESSAGES } from "@/lib/server/mutation";
import { provinceTodayIso } from "@/lib/tasks/status";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refusal(HTTP_STATUS.UNAUTHENTICATED, MESSAGES.UNAUTHENTICATED);
  if (!can(user, "audit.read", { provinceId: user.provinceId })) return refusal(HTTP_STATUS.FORBIDDEN, MESSAGES.FORBIDDEN);
  const format = new URL(request.url).searchParams.get("dinh-dang");
  if (format !== "xlsx" && format !== "csv") return refusal(HTTP_STATUS.INVALID, EXPORT_ERRORS.format(["xlsx", "csv"]));
  const table = auditTable(user.provinceId, `Nhật ký thay đổi, tỉnh ${user.provinceName}`);
  return fileResponse(format, `nhat-ky-${asciiSlug(user.provinceName)}-${provinceTodayIso()}.${format}`, (out) => writeTable(table, format, out));
}
