import "server-only";
// How a refused read or write leaves the server: a page answers unknown → 404 and someone else's → HTTP 403
// (forbidden()); a route handler answers JSON { error, code, fieldErrors?, current? } with the mutation's HTTP status.
import { forbidden, notFound } from "next/navigation";
import type { Loaded, Refused } from "@/lib/server/loaded";
import { MESSAGES, type MutationErrorCode } from "@/lib/server/mutation";

export function dataOrRefuse<T>(loaded: Loaded<T>): T {
  if (loaded.status === "not_found") notFound();
  if (loaded.status === "forbidden") forbidden(); // HTTP 403 with app/forbidden.tsx
  return loaded.data;
}

/** HTTP status for a refusal. */
export const HTTP_STATUS: Record<MutationErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};

type Refusal = { code: MutationErrorCode; message?: string; fieldErrors?: Record<string, string[]>; current?: unknown };
const READ_CODES = { forbidden: "FORBIDDEN", not_found: "NOT_FOUND" } as const;

/** A refused read (`Loaded`) or a failed mutation result as a JSON response; never cached. */
export function httpRefusal(refusal: Refusal | Refused): Response {
  const { code, message, fieldErrors, current } =
    "status" in refusal ? ({ ...refusal, code: READ_CODES[refusal.status] } as Refusal) : refusal;
  const error = message ?? (MESSAGES as Partial<Record<MutationErrorCode, string>>)[code] ?? MESSAGES.INTERNAL;
  return Response.json(
    { error, code, fieldErrors, current },
    { status: HTTP_STATUS[code], headers: { "Cache-Control": "no-store" } },
  );
}
