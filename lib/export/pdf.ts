// PDF exports are printed server-side by the system Chromium (the browser the project already drives for its
// tests) from the report's HTML rendering: the same fonts (Times New Roman, or its metric twin Liberation
// Serif) and A4 page rules as the DOCX.
//
// Starting Chromium costs most of a small export's time, so one browser is shared by the exports of a process:
// started by the first export, each export in a fresh context of its own (no cookies, no cache, no scripts from
// another export), printing within the in-memory export limit (lib/export/limit.ts), and closed after a minute
// without exports (or by `closePdfBrowser()`, which a one-shot command calls before it exits).
import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { env } from "@/lib/env";
import { inMemoryExport } from "./limit";

const IDLE_CLOSE_MS = 60_000;

export function chromiumPath(): string {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error("Không tìm thấy Chromium để in PDF. Cài bằng `apt-get install chromium` hoặc đặt CHROMIUM_PATH.");
  return found;
}

let shared: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let printing = 0;
let launches = 0;

function launch(): Promise<Browser> {
  launches += 1;
  const started = chromium
    .launch({
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    })
    .then((browser) => {
      browser.on("disconnected", () => {
        if (shared === started) shared = null; // crashed or closed: the next export starts a new one
      });
      return browser;
    });
  started.catch(() => {
    if (shared === started) shared = null; // a failed start is not kept: the next export tries again
  });
  return started;
}

function acquire(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  printing += 1;
}

function release(): void {
  printing -= 1;
  if (printing === 0) {
    idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_CLOSE_MS);
    idleTimer.unref();
  }
}

/** Closes the shared browser now (a command's last step; harmless when none is running). */
export async function closePdfBrowser(): Promise<void> {
  const current = shared;
  shared = null;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (current) await current.then((b) => b.close()).catch(() => undefined);
}

/** Whether a shared browser is running, and how many were started so far (for tests of the reuse). */
export const pdfBrowserState = () => ({ running: shared !== null, launches });

export function htmlToPdf(html: string): Promise<Buffer> {
  return inMemoryExport(async () => {
    acquire();
    try {
      shared ??= launch();
      const context = await (await shared).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.route("**/*", (route) =>
          route.request().url().startsWith("data:") ? route.continue() : route.abort(),
        );
        await page.setContent(html, { waitUntil: "load" });
        return await page.pdf({
          format: "A4",
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    } finally {
      release();
    }
  });
}
