// GET /api/tu-danh-gia/[year]/bang-tinh: the self-assessment table of the year as XLSX, scoped as the page is
// (Sở Nội vụ and leadership: the province's table; an agency: its own rows).
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/evidence/rules";
import { loadSelfAssessment } from "@/lib/self-assessment/data";
import { selfAssessmentXlsx } from "@/lib/self-assessment/export-xlsx";
import { httpRefusal } from "@/lib/server/refuse";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  if (!/^\d{4}$/.test(year)) return httpRefusal({ code: "NOT_FOUND" });
  const view = await loadSelfAssessment(user, Number(year));
  if (!view) return httpRefusal({ code: "NOT_FOUND" });
  const bytes = await selfAssessmentXlsx(view, user.provinceName);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(`tu-danh-gia-${year}.xlsx`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
