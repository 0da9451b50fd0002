// GET /api/evidence/[id]: a stored evidence file, for users allowed to see its task. Always a download
// (attachment + nosniff + sandbox), never rendered inline, so an uploaded file cannot run in our origin.
import { getCurrentUser } from "@/lib/auth/session";
import { loadEvidenceFile } from "@/lib/evidence/data";
import { contentDisposition } from "@/lib/evidence/rules";
import { httpRefusal } from "@/lib/server/refuse";

const EVIDENCE_MISSING = "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  const loaded = await loadEvidenceFile(user, id);
  if (loaded.status === "missing") return httpRefusal({ code: "NOT_FOUND", message: EVIDENCE_MISSING });
  if (loaded.status !== "ok") return httpRefusal(loaded);
  const { fileName, mimeType, bytes } = loaded.data;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
