import "server-only";
// Download responses (refusals go through lib/server/refuse.ts httpRefusal): files streamed from a writer (the body
// starts flowing while rows are still being read) with an attachment disposition and no caching.
import { PassThrough, Readable, type Writable } from "node:stream";
import { CONTENT_TYPES } from "./table";

export const EXPORT_ERRORS = {
  format: (allowed: readonly string[]) => `Định dạng tải về không hợp lệ: chọn ${allowed.join(", ")}.`,
  period: "Thiếu kỳ báo cáo (tham số ky, ví dụ 2026-Q3).",
  failed: "Không tạo được tệp tải về. Vui lòng thử lại sau.",
};

export function fileResponse(
  format: keyof typeof CONTENT_TYPES,
  fileName: string,
  write: (out: Writable) => Promise<void>,
): Response {
  const out = new PassThrough();
  write(out).catch((error) => {
    console.error(`export ${fileName} failed`, error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** "nhiem-vu-so-tai-chinh-2026-11-30" — ASCII for the header. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
