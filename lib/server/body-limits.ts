// Request body limits. Bodies are refused before they are read: the server (scripts/server.ts) turns away any
// body from a client without a valid session cookie beyond a small size, and any body beyond what evidence
// needs; JSON route handlers check the session first and then read at most JSON_BODY_LIMIT bytes.
export const JSON_BODY_LIMIT = 64 * 1024;
/** Plan uploads (≤ 5 MB) and evidence (≤ 5 files × 10 MB) plus the form around them; next.config.mjs agrees. */
export const ACTION_BODY_LIMIT = 55 * 1024 * 1024;
/** What an anonymous client may send at all: the sign-in form and its CSRF token. */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;

export const BODY_MESSAGES = {
  tooLarge: "Dữ liệu gửi lên quá lớn.",
  signInFirst: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại rồi gửi lại.",
  badJson: "Nội dung gửi lên không phải JSON hợp lệ.",
} as const;

export class BodyTooLargeError extends Error {}

/** Reads a request body as JSON, stopping (and cancelling the upload) as soon as it passes `limit` bytes. */
export async function readJsonCapped(request: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (declared > limit) throw new BodyTooLargeError(BODY_MESSAGES.tooLarge);
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(BODY_MESSAGES.tooLarge);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

export type BodyVerdict = { status: 401 | 413; message: string } | null;

/** The server's decision before reading a body: `length` is the declared Content-Length (null when chunked). */
export function judgeBody(method: string, path: string, length: number | null, signedIn: boolean): BodyVerdict {
  if (["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase())) return null;
  if (length === 0) return null;
  if (length !== null && length > ACTION_BODY_LIMIT) return { status: 413, message: BODY_MESSAGES.tooLarge };
  if (signedIn) return null;
  // Sign-in itself posts a few hundred bytes to next-auth; anything big from a stranger is not read at all.
  if (length === null || length > ANONYMOUS_BODY_LIMIT) return { status: 401, message: BODY_MESSAGES.signInFirst };
  return null;
}
