import "server-only";
// Download route handlers: the prologue every one of them starts with (the session, the permission on the user's
// own province, the format, the period, the official fields), each step answering the refusal as a Response
// (lib/server/refuse.ts httpRefusal); then files streamed from a writer (the body starts flowing while rows are
// still being read) with an attachment disposition and no caching.
import { PassThrough, Readable, type Writable } from "node:stream";
import { type Action, can } from "@/lib/auth/permissions";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { ConsolidatedReportError } from "@/lib/reports/consolidated-errors";
import { httpRefusal } from "@/lib/server/refuse";
import { type OfficialFields, officialFieldsSchema } from "./official";
import { CONTENT_TYPES } from "./table";

export const EXPORT_ERRORS = {
  format: (allowed: readonly string[]) => `Định dạng tải về không hợp lệ: chọn ${allowed.join(", ")}.`,
  period: "Thiếu kỳ báo cáo (tham số ky, ví dụ 2026-Q3).",
  failed: "Không tạo được tệp tải về. Vui lòng thử lại sau.",
};

export type ExportRequest<F extends string> = { user: SessionUser; params: URLSearchParams; format: F };

/**
 * Who asks and in which format (`dinh-dang`, else `fallback`): 401 without a session, 403 when `action` is given
 * and not allowed on the user's own province, 422 for a format not in `formats`.
 */
export async function openExport<F extends string>(
  request: Request,
  formats: readonly F[],
  options: { action?: Action; fallback?: F } = {},
): Promise<ExportRequest<F> | Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  if (options.action && !can(user, options.action, { provinceId: user.provinceId }))
    return httpRefusal({ code: "FORBIDDEN" });
  const params = new URL(request.url).searchParams;
  const format = params.get("dinh-dang") ?? options.fallback ?? "";
  if (!(formats as readonly string[]).includes(format))
    return httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.format(formats) });
  return { user, params, format: format as F };
}

/** The report period (`ky`), or 422 when it is missing. */
export function periodParam(params: URLSearchParams): string | Response {
  return params.get("ky") || httpRefusal({ code: "INVALID", message: EXPORT_ERRORS.period });
}

/** The document number and signer the official gave (`so`, `chuc-vu`, `nguoi-ky`), or 422 with zod's messages. */
export function officialParams(params: URLSearchParams): OfficialFields | Response {
  const fields = officialFieldsSchema.safeParse({
    number: params.get("so") || undefined,
    signerTitle: params.get("chuc-vu") || undefined,
    signerName: params.get("nguoi-ky") || undefined,
  });
  if (fields.success) return fields.data;
  return httpRefusal({ code: "INVALID", message: fields.error.issues.map((i) => i.message).join(" ") });
}

/** A period the province has no report for answers 404 with the reason; anything else is a server error. */
export function missingReportRefusal(error: unknown): Response {
  if (error instanceof ConsolidatedReportError) return httpRefusal({ code: "NOT_FOUND", message: error.message });
  throw error;
}

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
