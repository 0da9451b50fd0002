// The production server (`npm start`, the browser tests): Next's request handler behind a plain Node HTTP
// server, so that what Next cannot see is decided here, before Next reads anything:
//  - the client's address comes from the socket (X-Forwarded-For only through TRUSTED_PROXIES/TRUSTED_PROXY_HOPS)
//    and is passed on signed (lib/auth/client-address.ts);
//  - bodies from clients without a session cookie, or beyond what evidence needs, are refused unread;
//  - with demo accounts allowed the server listens on 127.0.0.1 only, unless HOST says otherwise;
//  - at most PAGE_CONCURRENCY pages render at once; more wait their turn (lib/server/page-gate.ts);
//  - pages get their nonce policy here, on the request (where Next finds the nonce) and on the response, so that
//    Next runs no proxy for them (proxy.ts, which serves `next dev`).
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import next from "next";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { getToken } from "next-auth/jwt";
import {
  CLIENT_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
  signClientAddress,
} from "@/lib/auth/client-address";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { judgeBody } from "@/lib/server/body-limits";
import { listenHost } from "@/lib/server/listen";
import { gatePages } from "@/lib/server/page-gate";
import { isPagePath, PAGE_POLICY_SET_HEADER, pageSecurityHeaders } from "@/lib/server/security-headers";
import { root } from "./lib/proc";
import { watchSupervisor } from "./lib/supervisor";

/** A valid (signed, unexpired) session cookie; the session version is checked later by the app on every request. */
async function hasSessionCookie(req: http.IncomingMessage, secret: string, secureCookie: boolean): Promise<boolean> {
  // next-auth reads cookies from req.cookies (getAll()), which a plain Node request does not have.
  const cookies = new RequestCookies(new Headers({ cookie: req.headers.cookie ?? "" }));
  const decode = ({ token }: { token?: string }) => decodeSessionToken(token, secret);
  return Boolean(await getToken({ req: { headers: req.headers, cookies } as never, secret, secureCookie, decode }));
}

async function main(): Promise<void> {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Thiếu NEXTAUTH_SECRET.");
  const hostname = listenHost();
  const trust = { proxies: parseTrustedProxies(env.TRUSTED_PROXIES), hops: env.TRUSTED_PROXY_HOPS };
  const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port: env.PORT });
  const handle = gatePages(app.getRequestHandler(), { concurrency: env.PAGE_CONCURRENCY, maxHoldMs: 2_000 });
  await app.prepare();
  const secureCookie = (env.NEXTAUTH_URL ?? "").startsWith("https://");

  const server = http.createServer(async (req, res) => {
    try {
      const forwarded = req.headers["x-forwarded-for"];
      const address = resolveClientAddress(
        req.socket.remoteAddress,
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trust,
      );
      req.headers[CLIENT_ADDRESS_HEADER] = signClientAddress(address, secret);
      const lengthHeader = req.headers["content-length"];
      const length = lengthHeader === undefined ? (req.headers["transfer-encoding"] ? null : 0) : Number(lengthHeader);
      const signedIn = length === 0 ? false : await hasSessionCookie(req, secret, secureCookie);
      const verdict = judgeBody(req.method ?? "GET", req.url ?? "/", Number.isNaN(length) ? null : length, signedIn);
      if (verdict) {
        res.writeHead(verdict.status, { "Content-Type": "application/json; charset=utf-8", Connection: "close" });
        res.end(JSON.stringify({ error: verdict.message }));
        req.socket.destroySoon?.();
        return;
      }
      givePagePolicy(req, res);
      await handle(req, res);
    } catch (error) {
      console.error("request failed", error);
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  server.listen(env.PORT, hostname, () => {
    console.log(`PAR Tracker lắng nghe tại http://${hostname ?? "0.0.0.0"}:${env.PORT}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  watchSupervisor("máy chủ ứng dụng", stop);
  scheduleEvidenceCheck();
}

/** The request's path; a target no URL parser reads is treated as a page (the policy is the safe default). */
function pathnameOf(target: string | undefined): string {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

/** A page's policy with a fresh nonce on the request and the response; the mark says so to proxy.ts's matcher. */
function givePagePolicy(req: http.IncomingMessage, res: http.ServerResponse): void {
  // whatever the client sent under these names is never Next's nonce, nor a reason to skip the proxy
  delete req.headers["content-security-policy"];
  delete req.headers[PAGE_POLICY_SET_HEADER];
  if (!isPagePath(pathnameOf(req.url))) return;
  for (const [name, value] of Object.entries(pageSecurityHeaders(env.NEXTAUTH_URL, false))) {
    res.setHeader(name, value);
    if (name === "Content-Security-Policy") req.headers["content-security-policy"] = value;
  }
  req.headers[PAGE_POLICY_SET_HEADER] = "1";
}

/** Hourly: evidence records whose file is missing are listed in the log (npm run evidence:check does the same). */
function scheduleEvidenceCheck(): void {
  const run = () => {
    const child = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "scripts/evidence-check.ts"],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
    );
    child.on("error", (error) => console.error("evidence check failed", error));
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, 3_600_000).unref();
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
