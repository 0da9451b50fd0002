// GET /api/evidence/[id]: a stored evidence file, for users allowed to see its task. A download (attachment +
// nosniff + sandbox) by default. `?xem=1` shows a PDF or an image in the task page: inline, framable by this site
// only; the type was sniffed from the bytes on upload, so HTML or SVG is never served inline.
import { getCurrentUser } from "@/lib/auth/session";
import { loadEvidenceFile } from "@/lib/evidence/data";
import { contentDisposition, isPreviewable } from "@/lib/evidence/rules";
import { HTTP_STATUS, MESSAGES } from "@/lib/server/mutation";

const EVIDENCE_MISSING = "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.";

function refusal(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
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
  const preview = new URL(request.url).searchParams.get("xem") === "1" && isPreviewable(mimeType);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": preview ? contentDisposition(fileName).replace(/^attachment/, "inline") : contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      // Chromium's PDF viewer does not run in a sandboxed document: a PDF preview gets no sandbox but no
      // scripts, styles or connections of ours either, and only this site may frame it.
      "Content-Security-Policy": preview ? "default-src 'none'; frame-ancestors 'self'" : "default-src 'none'; sandbox",
      "X-Frame-Options": preview ? "SAMEORIGIN" : "DENY",
      "Cache-Control": "private, no-store",
    },
  });
}
