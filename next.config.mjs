/** The fixed policy of API responses (pages get theirs from scripts/server.ts, or from proxy.ts under `next dev`). */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several dev servers or a test build run side by side without sharing (and locking) one `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The pg driver and Prisma's adapter run on the server only; keep them out of the bundler (pdfkit and fontkit
  // too: pdfkit reads its data files beside its own module).
  // Plan uploads (≤ 5 MB) and evidence (≤ 5 files × 10 MB) go through server actions; the default is 1 MB.
  // authInterrupts: pages a user may not open call forbidden() and answer HTTP 403 (app/forbidden.tsx).
  experimental: { serverActions: { bodySizeLimit: "55mb" }, authInterrupts: true },
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "exceljs",
    "yauzl",
    "bcryptjs",
    "rate-limiter-flexible",
    "@aws-sdk/client-s3",
    "pdfkit",
    "fontkit",
  ],
  // Baseline hardening for every response: no framing (clickjacking of the review buttons), no MIME sniffing,
  // no full URLs (task ids) leaked to other sites.
  async headers() {
    return [
      {
        // Evidence files set their own framing rule: a PDF preview is framed by the task page.
        source: "/((?!api/evidence/).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      {
        // API answers (JSON, exports) run no script and are never framed; pages get a nonce policy from
        // scripts/server.ts (proxy.ts under `next dev`).
        source: "/api/((?!evidence/|tu-danh-gia/minh-chung/).*)",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
      {
        // The icons and the manifest (public/) are asked for on every page view: a day in the browser's cache
        // instead of a revalidation request each time (they change with a release, if ever).
        source: "/:file(favicon.ico|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png|manifest.webmanifest)",
        headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
