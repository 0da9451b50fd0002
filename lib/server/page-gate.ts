// How many page renders one app process runs at once (scripts/server.ts). Node renders on one thread: 50
// renders begun together finish no sooner than 50 renders one after another, but each holds its data and half-built
// HTML alive meanwhile, so memory and garbage collection grow with the crowd and every reader waits for the
// slowest. Past the limit a page request waits in line, unread, and starts when a render ends.
//  - Only page documents and their client-side navigations (GET/HEAD) wait. API calls (uploads, exports, the
//    health check), server actions (POST), Next's own assets and public files pass straight through.
//  - A render that outlives `maxHoldMs` (a slow reader, a slow query) gives its place up and finishes outside the
//    count, so a few stuck requests cannot stall every page.
import type http from "node:http";
import pLimit from "p-limit";

export type PageGateOptions = {
  /** renders at once; 0 turns the gate off */
  concurrency: number;
  /** after this long a render no longer counts against the limit */
  maxHoldMs: number;
};

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** Public files and Next's assets: served from disk, cheap, and the page being rendered is waiting for them. */
const STATIC_FILE = /\.(?:ico|svg|png|jpe?g|webp|gif|webmanifest|txt|xml|js|mjs|css|map|woff2?)$/i;

/** Whether a request is a page render that waits for its turn. */
export function isPageRender(method: string | undefined, url: string | undefined): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/_next/") || path === "/api" || path.startsWith("/api/")) return false;
  return !STATIC_FILE.test(path);
}

/** `handler` with at most `concurrency` page renders running at once (the others wait in arrival order). */
export function gatePages(handler: Handler, { concurrency, maxHoldMs }: PageGateOptions): Handler {
  if (concurrency <= 0) return handler;
  const limit = pLimit(concurrency);
  return (req, res) => {
    if (!isPageRender(req.method, req.url)) return handler(req, res);
    return new Promise<void>((resolve, reject) => {
      void limit(async () => {
        // a client that left while waiting is not rendered for
        if (req.socket.destroyed) return resolve();
        const work = handler(req, res);
        work.then(resolve, reject);
        let timer: NodeJS.Timeout | undefined;
        const held = new Promise<void>((release) => {
          timer = setTimeout(release, maxHoldMs);
        });
        await Promise.race([work.catch(() => undefined), held]);
        clearTimeout(timer);
      });
    });
  };
}
