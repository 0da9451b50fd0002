// GET /api/evidence/[id]: a stored evidence file, for users allowed to see its task. Always a download
// (attachment + nosniff + sandbox), never rendered inline, so an uploaded file cannot run in our origin.
import { getCurrentUser } from "@/lib/auth/session";
import { loadEvidenceFile } from "@/lib/evidence/data";
import { contentDisposition } from "@/lib/evidence/rules";
import { HTTP_STATUS, MESSAGES } from "@/lib/server/mutation";

const EVIDENCE_MISSING = "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.";

function refusal(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return refusal(HTTP_STATUS.UNAUTHENTICATED, MESSAGES.UNAUTHENTICATED);
  const loaded = await loadEvidenceFile(user, id);
  switch (loaded.status) {
    case "not_found":
      return refusal(HTTP_STATUS.NOT_FOUND, MESSAGES.NOT_FOUND);
    case "forbidden":
      return refusal(HTTP_STATUS.FORBIDDEN, MESSAGES.FORBIDDEN);
    case "missing":
      return refusal(HTTP_STATUS.NOT_FOUND, EVIDENCE_MISSING);
  }
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
