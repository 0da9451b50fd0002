// Content-Security-Policy with a fresh nonce per request, as Next 16 documents: set on the request, so Next puts the
// nonce on its own scripts, and on the response. The production server (scripts/server.ts) does it before Next
// reads the request; proxy.ts does it under `next dev`, and wherever the server did not. Scripts run only from this origin
// with the nonce; styles allow inline attributes (charts set style="…"), which cannot run code.
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only where the public URL is https: sent over plain http it would be ignored, and lock out a test box. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/**
 * Whether a request draws markup and gets a page's policy: every path but the API routes (a fixed policy of their
 * own, next.config.mjs) and Next's static assets. proxy.ts's matcher says the same to Next.
 */
export function isPagePath(pathname: string): boolean {
  return !/^\/(?:api\/|_next\/static|_next\/image|favicon\.ico)/.test(pathname);
}

/**
 * Set on a request once the server has given it its page policy: proxy.ts's matcher then skips the request (Next
 * runs no proxy for it, about a millisecond of the server's time per page). Written as a literal in proxy.ts too,
 * since Next reads that matcher at build time.
 */
export const PAGE_POLICY_SET_HEADER = "x-par-page-policy";

/** A page's security headers, with a fresh nonce: the policy, and HSTS where the public URL is https. */
export function pageSecurityHeaders(publicUrl: string | undefined, dev: boolean): Record<string, string> {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy(nonce, dev) };
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) headers["Strict-Transport-Security"] = hsts;
  return headers;
}
