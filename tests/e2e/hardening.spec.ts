// Hardening checks over HTTP against the production server (scripts/server.ts): the client address comes from
// the socket, strangers' bodies are refused unread, headers (CSP nonce), 403 pages, /api/health.
import http from "node:http";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, withDb } from "./helpers";

async function badSignIn(request: APIRequestContext, email: string, forwardedFor: string): Promise<string> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "sai-mat-khau", json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
  });
  const { url } = await response.json();
  return new URL(url).searchParams.get("error") ?? "";
}

test("item 1: made-up X-Forwarded-For values do not escape the per-address limit", async ({ playwright, baseURL }) => {
  // Every journey signs in from 127.0.0.1: start this one with the address budget untouched, and give it back.
  const resetAddressBudget = () => withDb((c) => c.query(`delete from login_limit where key like 'ip:%'`));
  await resetAddressBudget();
  const request = await playwright.request.newContext({ baseURL });
  try {
    const errors: string[] = [];
    for (let i = 0; i < 22; i++)
      errors.push(await badSignIn(request, `khong-ton-tai-${i}@e2e.test`, `198.51.100.${i}`));
    expect(errors.slice(0, 20).every((e) => /không đúng/.test(e))).toBe(true);
    expect(errors.at(-1)).toMatch(/Có quá nhiều lần đăng nhập sai từ địa chỉ này/);
  } finally {
    await request.dispose();
    await resetAddressBudget();
  }
});

/** PATCH with a declared 20 MB body, sending only the first 64 KB: the answer must come without the rest. */
function strangerUpload(baseURL: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL("/api/tasks/x", baseURL);
    const req = http.request({
      host: "127.0.0.1",
      port: url.port,
      path: url.pathname,
      method: "PATCH",
      headers: { "content-type": "application/json", "content-length": 20 * 1024 * 1024 },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.write(Buffer.alloc(64 * 1024, 0x61));
  });
}

test("item 11: a stranger's 20 MB body is refused unread and the server keeps answering", async ({
  request,
  baseURL,
}) => {
  const started = Date.now();
  const response = await strangerUpload(baseURL!);
  expect(response.status).toBe(401);
  expect(JSON.parse(response.body).error).toMatch(/đăng nhập lại/);
  expect(Date.now() - started).toBeLessThan(5_000);
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ ok: true, database: "ok" });
});

test("item 16: the page policy is the server's own, whatever the client sends under its headers' names", async ({
  request,
}) => {
  // scripts/server.ts gives pages their policy and marks the request so that Next skips proxy.ts: a client sending
  // the mark itself, or a policy of its own, must still get a fresh nonce that the page's scripts carry.
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/dang-nhap", {
      headers: { "x-par-page-policy": "1", "Content-Security-Policy": "script-src 'nonce-AAAA'" },
    });
    const csp = response.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? "";
    expect(nonce).not.toBe("");
    expect(nonce).not.toBe("AAAA");
    const html = await response.text();
    const used = new Set([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]));
    expect([...used]).toEqual([nonce]);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(2);
});

test("item 16: a request target no URL parser reads is not a server error", async ({ baseURL }) => {
  // the server reads the path to decide on the page policy before Next sees the request; "http://[" must not throw
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: new URL(baseURL!).port, path: "http://[", method: "GET" });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
  expect(status).toBeLessThan(500);
});

test("item 16: a nonce CSP on pages, a fixed one on API answers, and a page the user may not open answers 403", async ({
  page,
}) => {
  const response = await page.goto("/dang-nhap");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["strict-transport-security"]).toBeUndefined(); // plain http here
  // API answers skip the proxy's nonce and carry a fixed policy of their own (next.config.mjs)
  const api = await page.request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  await signIn(page, ACCOUNTS.leader); // hydration works under the CSP: the client-side sign-in ran
  const forbidden = await page.goto("/quan-tri/tai-khoan");
  expect(forbidden?.status()).toBe(403);
});
