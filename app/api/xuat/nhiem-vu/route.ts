// GET /api/xuat/nhiem-vu?dinh-dang=xlsx|csv[&co-quan=<agency id>]
// With co-quan: that agency's board (its people, or Sở Nội vụ / leadership); without: the province's task list.

import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asciiSlug, fileResponse, openExport } from "@/lib/export/http";
import { taskTable } from "@/lib/export/lists";
import { TABLE_FORMATS, writeTable } from "@/lib/export/table";
import { provinceTodayIso } from "@/lib/format";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const opened = await openExport(request, TABLE_FORMATS);
  if (opened instanceof Response) return opened;
  const { user, params, format } = opened;
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
