// The app's icon: /favicon.ico (asked for by every browser on every page) and the installable-app files.
import { expect, test } from "@playwright/test";

test("the favicon, the apple-touch icon and the web manifest are served", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO header
  const apple = await request.get("/apple-touch-icon.png");
  expect(apple.status()).toBe(200);
  expect(apple.headers()["content-type"]).toContain("image/png");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const json = (await manifest.json()) as { name: string; icons: { src: string }[] };
  expect(json.name).toContain("PAR Tracker");
  for (const icon of json.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test("the icons and the manifest stay a day in the browser's cache (no request on every page view)", async ({
  request,
}) => {
  for (const file of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]) {
    const response = await request.get(file);
    expect(response.headers()["cache-control"], file).toBe("public, max-age=86400");
  }
});

test("the sign-in page links the icons and the manifest", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-touch-icon\.png/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});
