import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { gatePages, isPageRender } from "@/lib/server/page-gate";

describe("isPageRender", () => {
  it("takes page documents and navigations, in any path form", () => {
    expect(isPageRender("GET", "/nhiem-vu?view=list")).toBe(true);
    expect(isPageRender("HEAD", "/")).toBe(true);
    expect(isPageRender("GET", "/tieu-chi/2.4.3")).toBe(true); // a criterion code has dots, it is still a page
  });

  it("lets API calls, server actions, Next's assets and public files through", () => {
    expect(isPageRender("POST", "/nhiem-vu/abc")).toBe(false);
    expect(isPageRender("GET", "/api/health")).toBe(false);
    expect(isPageRender("GET", "/api/evidence/x")).toBe(false);
    expect(isPageRender("GET", "/_next/static/chunks/a.js")).toBe(false);
    expect(isPageRender("GET", "/favicon.ico")).toBe(false);
    expect(isPageRender("GET", "/manifest.webmanifest")).toBe(false);
  });
});

/** A real HTTP server whose handler answers after `ms` and records how many requests it served at once. */
async function serve(options: { concurrency: number; maxHoldMs: number }, ms: (url: string) => number) {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.running += 1;
    seen.most = Math.max(seen.most, seen.running);
    seen.order.push(req.url ?? "");
    await new Promise((r) => setTimeout(r, ms(req.url ?? "")));
    seen.running -= 1;
    res.end("ok");
  };
  const gated = gatePages(handler, options);
  const server = http.createServer((req, res) => void gated(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, method = "GET") => fetch(base + path, { method }).then((r) => r.text());
  return { seen, get };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe("gatePages", () => {
  it("renders at most `concurrency` pages at once; the others wait and are answered", async () => {
    const { seen, get } = await serve({ concurrency: 2, maxHoldMs: 10_000 }, () => 40);
    const pages = ["/a", "/b", "/c", "/d", "/e", "/f"];
    const answers = await Promise.all(pages.map((p) => get(p)));
    expect(answers).toEqual(pages.map(() => "ok"));
    expect(seen.most).toBe(2);
    expect(seen.order.sort()).toEqual(pages);
  });

  it("does not hold back API calls, server actions or assets behind waiting pages", async () => {
    const { seen, get } = await serve({ concurrency: 1, maxHoldMs: 10_000 }, (url) => (url === "/slow" ? 300 : 5));
    const slow = [get("/slow"), get("/slow")];
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await Promise.all([get("/api/health"), get("/form", "POST"), get("/_next/static/a.js"), get("/icon.svg")]);
    expect(Date.now() - started).toBeLessThan(250); // not after the two slow pages (≥ 550 ms)
    await Promise.all(slow);
    expect(seen.most).toBeGreaterThanOrEqual(2);
  });

  it("gives the place of a render that outlives maxHoldMs to the next page", async () => {
    const { get } = await serve({ concurrency: 1, maxHoldMs: 100 }, (url) => (url === "/stuck" ? 1_000 : 5));
    const stuck = get("/stuck");
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    await get("/next");
    expect(Date.now() - started).toBeLessThan(600); // after ~100 ms, not after the stuck render's second
    await stuck;
  });

  it("with concurrency 0 is the handler itself", async () => {
    const { seen, get } = await serve({ concurrency: 0, maxHoldMs: 10_000 }, () => 40);
    await Promise.all(["/a", "/b", "/c"].map((p) => get(p)));
    expect(seen.most).toBe(3);
  });
});
