// GET /api/tu-danh-gia/minh-chung/[id]: a self-assessment evidence file, for users allowed to see its row.
// Served like task evidence: always a download, never rendered inline.
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/evidence/rules";
import { readEvidence } from "@/lib/evidence/storage";
import { loadSelfEvidenceFile } from "@/lib/self-assessment/data";
import { HTTP_STATUS, MESSAGES } from "@/lib/server/mutation";

const refusal = (status: number, message: string) => Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return refusal(HTTP_STATUS.UNAUTHENTICATED, MESSAGES.UNAUTHENTICATED);
  const file = await loadSelfEvidenceFile(user, id);
  if (!file) return refusal(HTTP_STATUS.NOT_FOUND, MESSAGES.NOT_FOUND);
  const bytes = await readEvidence(file.storageKey);
  if (!bytes) return refusal(HTTP_STATUS.NOT_FOUND, "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.");
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
