// GET /api/tu-danh-gia/[year]/bang-tinh[?dinh-dang=xlsx|docx][&so=…&chuc-vu=…&nguoi-ky=…]: the self-assessment
// table of the year as XLSX (default) or DOCX, scoped as the page is (Sở Nội vụ and leadership: the province's
// table; an agency: its own rows). The province comes from the session, never from the request.
import { contentDisposition } from "@/lib/evidence/rules";
import { officialParams, openExport } from "@/lib/export/http";
import { SELF_FORMATS, selfFileName } from "@/lib/export/self-assessment";
import { selfAssessmentDocx } from "@/lib/export/self-assessment-docx";
import { selfAssessmentXlsx } from "@/lib/export/self-assessment-xlsx";
import { CONTENT_TYPES } from "@/lib/export/table";
import { loadSelfAssessment } from "@/lib/self-assessment/data";
import { httpRefusal } from "@/lib/server/refuse";

export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await params;
  const opened = await openExport(request, SELF_FORMATS, { fallback: "xlsx" });
  if (opened instanceof Response) return opened;
  const { user, params: query, format } = opened;
  const fields = officialParams(query);
  if (fields instanceof Response) return fields;
  if (!/^\d{4}$/.test(year)) return httpRefusal({ code: "NOT_FOUND" });
  const loaded = await loadSelfAssessment(user, Number(year));
  if (loaded.status !== "ok") return httpRefusal(loaded);
  const view = loaded.data;
  const bytes =
    format === "docx"
      ? await selfAssessmentDocx(view, user.provinceName, fields)
      : await selfAssessmentXlsx(view, user.provinceName);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(selfFileName(view.year, format)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
