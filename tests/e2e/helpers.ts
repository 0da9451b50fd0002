import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";

export const ACCOUNTS = {
  homeAffairs: "sonoivu@demo.par.vn",
  leader: "lanhdao@demo.par.vn",
  finance: "taichinh@demo.par.vn",
  financeStaff: "canbo.taichinh@demo.par.vn",
  ducTrong: "ductrong@demo.par.vn",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // The first sign-in after the server starts (bcrypt, cold routes) takes over 5 s on a loaded machine.
  await expect(page).not.toHaveURL(/dang-nhap/, { timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** A direct connection to the test database, for specs that arrange task states and put them back. */
export async function withDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Puts tasks a spec arranged back to the status and progress they had. */
export async function restoreTasks(tasks: readonly { id: string; status: string; progress: number }[]): Promise<void> {
  await withDb(async (c) => {
    for (const t of tasks)
      await c.query(`update "Task" set status = $2::"TaskStatus", progress = $3 where id = $1`, [
        t.id,
        t.status,
        t.progress,
      ]);
  });
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core in the page (WCAG 2.0/2.1 A and AA): any serious or critical finding fails the test. */
export async function expectNoSeriousAxeIssues(page: Page): Promise<void> {
  // Next streams a page's metadata: right after a server action's refresh the <title> can arrive a moment after
  // the body. Wait for it (a page that never gets one still fails here), so axe judges the settled page.
  await expect(page).toHaveTitle(/\S/);
  // Injecting can race a refresh that is still settling (seen once after a save with a PDF preview); try again
  // once the page has loaded. A second failure fails the test.
  await page.addScriptTag({ content: AXE_SOURCE }).catch(async () => {
    await page.waitForLoadState("load");
    await page.addScriptTag({ content: AXE_SOURCE });
  });
  const violations = await page.evaluate(async () => {
    type Axe = {
      run: (
        ctx: unknown,
        opts: unknown,
      ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** A page the user may not open answers HTTP 403 with the Vietnamese explanation (no redirect to a 200 page). */
export async function expectForbidden(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Bạn không có quyền truy cập trang này" })).toBeVisible();
}
