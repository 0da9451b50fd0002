// PDF exports are printed server-side by the system Chromium (the browser the project already drives for its
// tests) from the report's HTML rendering: the same fonts (Times New Roman, or its metric twin Liberation
// Serif) and A4 page rules as the DOCX. One browser per export, closed afterwards.
import fs from "node:fs";
import { chromium } from "playwright-core";
import { env } from "@/lib/env";

export function chromiumPath(): string {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error("Không tìm thấy Chromium để in PDF. Cài bằng `apt-get install chromium` hoặc đặt CHROMIUM_PATH.");
  return found;
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
  } finally {
    await browser.close();
  }
}
