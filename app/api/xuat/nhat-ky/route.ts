// GET /api/xuat/nhat-ky?dinh-dang=xlsx|csv — the province's audit log, streamed.

import { asciiSlug, fileResponse, openExport } from "@/lib/export/http";
import { auditTable } from "@/lib/export/lists";
import { TABLE_FORMATS, writeTable } from "@/lib/export/table";
import { provinceTodayIso } from "@/lib/format";

export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const opened = await openExport(request, TABLE_FORMATS, { action: "audit.read" });
  if (opened instanceof Response) return opened;
  const { user, format } = opened;
  const table = auditTable(user.provinceId, `Nhật ký thay đổi, tỉnh ${user.provinceName}`);
  return fileResponse(format, `nhat-ky-${asciiSlug(user.provinceName)}-${provinceTodayIso()}.${format}`, (out) =>
    writeTable(table, format, out),
  );
}
