// Content-Security-Policy with a fresh nonce per request, as Next 16 documents (proxy.ts sets it on the
// request, so Next puts the nonce on its own scripts, and on the response). Scripts run only from this origin
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
