// GET /api/evidence/[id]: a stored evidence file, for users allowed to see its task. A download (attachment +
// nosniff + sandbox) by default. `?xem=1` shows a PDF or an image in the task page: inline, framable by this site
// only; the type was sniffed from the bytes on upload, so HTML or SVG is never served inline.
import { getCurrentUser } from "@/lib/auth/session";
import { loadEvidenceFile } from "@/lib/evidence/data";
import { contentDisposition, isPreviewable } from "@/lib/evidence/rules";
import { httpRefusal } from "@/lib/server/refuse";

const EVIDENCE_MISSING = "Tệp kiểm chứng không còn trên máy chủ. Vui lòng báo Sở Nội vụ.";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  const loaded = await loadEvidenceFile(user, id);
  if (loaded.status === "missing") return httpRefusal({ code: "NOT_FOUND", message: EVIDENCE_MISSING });
  if (loaded.status !== "ok") return httpRefusal(loaded);
  const { fileName, mimeType, bytes } = loaded.data;
  const preview = new URL(request.url).searchParams.get("xem") === "1" && isPreviewable(mimeType);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": preview
        ? contentDisposition(fileName).replace(/^attachment/, "inline")
        : contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      // Chromium's PDF viewer does not run in a sandboxed document: a PDF preview gets no sandbox but no
      // scripts, styles or connections of ours either, and only this site may frame it.
      "Content-Security-Policy": preview ? "default-src 'none'; frame-ancestors 'self'" : "default-src 'none'; sandbox",
      "X-Frame-Options": preview ? "SAMEORIGIN" : "DENY",
      "Cache-Control": "private, no-store",
    },
  });
}
