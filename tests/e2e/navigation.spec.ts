// Links cost the server nothing until they are followed: no page asks the server to prefetch the links it shows
// (components/ui/Link.tsx; before, a board or the review queue sent 24 to 33 such requests per view), and
// following one stays a client-side navigation (no new document, the RSC payload only). A task page records the
// visit (a server action) only while the task shows this user a "Mới" marker, not on every view.
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, restoreTasks, signIn, withDb } from "./helpers";

// The review queue needs items: four of Sở Tài chính's open tasks wait for review during this file.
let submitted: { id: string; status: string; progress: number }[] = [];
test.beforeAll(async () => {
  submitted = await withDb(async (c) => {
    const { rows } = await c.query(
      `select t.id, t.status::text, t.progress from "Task" t join "Agency" a on a.id = t."agencyId"
       join "Plan" p on p.id = t."planId" join "Province" pr on pr.id = p."provinceId"
       where pr.code = 'lam-dong' and a.name = 'Sở Tài chính' and t.status in ('NOT_STARTED', 'IN_PROGRESS')
       order by t.id limit 4`,
    );
    await c.query(`update "Task" set status = 'SUBMITTED', progress = 100 where id = any($1)`, [rows.map((r) => r.id)]);
    return rows;
  });
});
test.afterAll(() => restoreTasks(submitted));

test.describe.configure({ mode: "serial" });

const PAGES = [
  { who: ACCOUNTS.finance, path: "/nhiem-vu", name: "agency board" },
  { who: ACCOUNTS.homeAffairs, path: "/duyet", name: "review queue" },
  { who: ACCOUNTS.homeAffairs, path: "/tien-do", name: "overview" },
  { who: ACCOUNTS.homeAffairs, path: "/bao-cao", name: "reports" },
  { who: ACCOUNTS.leader, path: "/bang-dieu-khien", name: "dashboard" },
] as const;

/** Requests the router sends on its own: prefetches carry `Next-Router-Prefetch`. */
function countPrefetches(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) seen.push(request.url());
  });
  return seen;
}

/** A desktop-sized window of its own, signed in as `email`. */
async function openAs(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

for (const target of PAGES) {
  test(`the ${target.name} prefetches none of its links`, async ({ browser }) => {
    const { context, page } = await openAs(browser, target.who);
    const prefetches = countPrefetches(page);
    await page.goto(target.path);
    await page.waitForLoadState("networkidle");
    // every link comes into view, as the router's viewport prefetch would see it
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(800);
    await page.waitForLoadState("networkidle");
    // not a vacuous pass: the page shows enough of the app's own links to have prefetched them
    expect(await page.locator('main a[href^="/"]').count()).toBeGreaterThan(5);
    expect(prefetches).toEqual([]);
    await context.close();
  });
}

test("following a card's link is still a client-side navigation", async ({ browser }) => {
  const { context, page } = await openAs(browser, ACCOUNTS.finance);
  await page.goto("/nhiem-vu");
  await page.waitForLoadState("networkidle");
  const documents: string[] = [];
  const payloads: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
    else if (request.headers().rsc === "1") payloads.push(request.url());
  });
  const card = page.getByTestId("task-card").first().getByRole("link").first();
  await card.click();
  await expect(page).toHaveURL(/\/nhiem-vu\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(documents).toEqual([]);
  expect(payloads.length).toBeGreaterThan(0);
  await context.close();
});

test("opening a task with no marker for the user records no visit", async ({ browser }) => {
  const { context, page } = await openAs(browser, ACCOUNTS.finance);
  await page.goto("/nhiem-vu");
  const href = await page.getByTestId("task-card").first().getByRole("link").first().getAttribute("href");
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actions.push(request.url());
  });
  for (let view = 0; view < 2; view++) {
    await page.goto(href ?? "/nhiem-vu");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  expect(actions).toEqual([]);
  await context.close();
});
