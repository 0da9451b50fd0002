// Next 16 proxy (formerly middleware): a Content-Security-Policy with a per-request nonce, and HSTS when the
// app is served over https (lib/server/security-headers.ts). Pages only: API routes draw no markup and need no
// nonce, so they skip this per-request step (a tenth of a task update's server time) and carry a fixed policy
// from next.config.mjs instead; the evidence routes set their own.
// The production server (scripts/server.ts) sets the same headers itself before Next reads the request, and marks
// it (x-par-page-policy, PAGE_POLICY_SET_HEADER): Next then runs no proxy at all for it. This one serves
// `next dev`, and any request that reached Next another way.
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { pageSecurityHeaders } from "@/lib/server/security-headers";

export function proxy(request: NextRequest) {
  const headers = pageSecurityHeaders(env.NEXTAUTH_URL, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "x-par-page-policy" }],
    },
  ],
};
