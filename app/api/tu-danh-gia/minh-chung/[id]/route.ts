// GET /api/tu-danh-gia/minh-chung/[id]: a self-assessment evidence file, for users allowed to see its row.
// Served like task evidence: always a download, never rendered inline.
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/evidence/rules";
import { readEvidence } from "@/lib/evidence/storage";
import { loadSelfEvidenceFile } from "@/lib/self-assessment/data";
import { httpRefusal } from "@/lib/server/refuse";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  const loaded = await loadSelfEvidenceFile(user, id);
  if (loaded.status !== "ok") return httpRefusal(loaded);
  const file = loaded.data;
  const bytes = await readEvidence(file.storageKey);
  if (!bytes)
    return httpRefusal({
      code: "NOT_FOUND",
      message: "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.",
    });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
