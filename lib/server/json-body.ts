import "server-only";
// The prologue of every JSON route handler that takes a body. It lives apart from body-limits.ts because the
// production server (scripts/server.ts) imports that file outside React's server build, where "server-only"
// modules such as refuse.ts cannot load.
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { BODY_MESSAGES, BodyTooLargeError, readJsonCapped } from "@/lib/server/body-limits";
import { httpRefusal } from "@/lib/server/refuse";

export type JsonRequest = { user: SessionUser; body: Record<string, unknown> };

/**
 * The session first (a stranger's body is never read: 401), then at most JSON_BODY_LIMIT bytes (beyond: 413
 * TOO_LARGE, the upload cancelled), which must be a JSON object (otherwise: 422 INVALID). Answers the caller and
 * the object, or the refusal the handler returns as it is.
 */
export async function readJsonObject(request: Request): Promise<JsonRequest | Response> {
  const user = await getCurrentUser();
  if (!user) return httpRefusal({ code: "UNAUTHENTICATED" });
  let body: unknown;
  try {
    body = await readJsonCapped(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return Response.json(
      { error: error.message, code: "TOO_LARGE" },
      { status: 413, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return httpRefusal({ code: "INVALID", message: BODY_MESSAGES.badJson });
  }
  return { user, body: body as Record<string, unknown> };
}
