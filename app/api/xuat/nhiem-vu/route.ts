// GET /api/xuat/nhiem-vu?dinh-dang=xlsx|csv[&co-quan=<agency id>]
// With co-quan: that agency's board (its people, or Sở Nội vụ / leadership); without: the province's task list.

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { asciiSlug, EXPORT_ERRORS, fileResponse } from "@/lib/export/http";
import { taskTable } from "@/lib/export/lists";
import { writeTable } from "@/lib/export/table";
import { provinceTodayIso } from "@/lib/format";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  const params = new URL(request.url).searchParams;
  const format = params.get("dinh-dang");
  if (format !== "xlsx" && format !== "csv")
    return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.format(["xlsx", "csv"]) });
  const agencyId = params.get("co-quan");
  const today = provinceTodayIso();
  if (agencyId) {
    const agency = await db.agency.findUnique({
      where: { id: agencyId },
      select: { id: true, name: true, provinceId: true },
    });
    // Another province's agency is "not found", like a missing one: ids of other provinces reveal nothing.
    if (!agency || agency.provinceId !== user.provinceId) return httpRefusal({ code: "NOT_FOUND" });
    if (!can(user, "board.read", { provinceId: agency.provinceId, agencyId: agency.id }))
      return httpRefusal({ code: "FORBIDDEN" });
    const table = taskTable({ provinceId: user.provinceId, agencyId: agency.id }, `Nhiệm vụ của ${agency.name}`);
    return fileResponse(format, `nhiem-vu-${asciiSlug(agency.name)}-${today}.${format}`, (out) =>
      writeTable(table, format, out),
    );
  }
  if (!can(user, "overview.read", { provinceId: user.provinceId })) return httpRefusal({ code: "FORBIDDEN" });
  const table = taskTable({ provinceId: user.provinceId }, `Nhiệm vụ của các cơ quan, tỉnh ${user.provinceName}`);
  return fileResponse(format, `nhiem-vu-${asciiSlug(user.provinceName)}-${today}.${format}`, (out) =>
    writeTable(table, format, out),
  );
}
