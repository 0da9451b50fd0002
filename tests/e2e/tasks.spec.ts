// The task journey in Chromium against the seeded Lâm Đồng plan: Sở Tài chính finds its 3.4.1 task with the
// board filters, reports it done with a PDF as evidence; Sở Nội vụ accepts it from the review queue (keyboard);
// the provincial leader sees it accepted, can download the evidence and has no form to edit it.
// The task's status and progress are put back afterwards so the other specs see the seeded state.
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, signIn, withDb } from "./helpers";

const PDF = path.join(process.cwd(), "tests/fixtures/bao-cao-kiem-chung.pdf");
let taskUrl = "";
let saved: { id: string; status: string; progress: number; planId: string } | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  saved = await withDb(async (c) => {
    const { rows } = await c.query(
      `select t.id, t.status::text as status, t.progress, t."planId" from "Task" t join "Agency" a on a.id = t."agencyId"
       join "Criterion" c on c.id = t."criterionId" where a.name = 'Sở Tài chính' and c.code = '3.4.1'`,
    );
    return rows[0] ?? null;
  });
});

test.afterAll(async () => {
  if (saved)
    await withDb((c) =>
      c.query(`update "Task" set status = $2::"TaskStatus", progress = $3 where id = $1`, [
        saved?.id,
        saved?.status,
        saved?.progress,
      ]),
    );
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("Sở Tài chính reports its 3.4.1 task done with a PDF", async ({ browser }) => {
  expect(saved, "the seed has a Sở Tài chính task on 3.4.1").not.toBeNull();
  const page = await signedIn(browser, ACCOUNTS.finance);
  // The board shows one plan, the newest by default; a spec that ran earlier may have made a newer one.
  await page.goto(`/nhiem-vu?plan=${saved?.planId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ của Sở Tài chính");
  await expect(page.getByTestId("column-NOT_STARTED")).toBeVisible();
  // The board opens on what the agency leads: no supporting duty until "Phối hợp" is chosen.
  await expect(page.getByTestId("task-card").first()).toBeVisible();
  await expect(page.getByTestId("task-card").filter({ hasText: "phối hợp" })).toHaveCount(0);
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "tasks-board");

  await page.getByLabel("Tiêu chí").selectOption("3.4.1");
  await page.getByLabel("Vai trò").selectOption("lead");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/criterion=3\.4\.1/);
  const card = page.getByTestId("task-card");
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-role", "lead");
  await expect(card).toContainText("3.4.1");
  await card.getByRole("link").click();

  await expect(page.getByTestId("task-status")).toHaveText("Chưa thực hiện");
  taskUrl = new URL(page.url()).pathname;
  await page.getByLabel("Trạng thái mới").selectOption({ label: "Hoàn thành — gửi Sở Nội vụ xác nhận" });
  await expect(page.getByLabel("Tiến độ (%)")).toHaveValue("100");
  await page.getByLabel("Ghi chú").fill("Đã giải quyết 100% hồ sơ TTHC đúng hạn; gửi báo cáo kèm theo.");
  await page.getByLabel("Tệp kiểm chứng").setInputFiles(PDF);
  await expect(page.getByTestId("picked-files")).toHaveText("bao-cao-kiem-chung.pdf");
  await page.getByRole("button", { name: "Lưu cập nhật" }).click();

  await expect(page.getByTestId("task-update-message")).toContainText("Đã lưu cập nhật.");
  await expect(page.getByTestId("task-status")).toHaveText("Hoàn thành (chờ xác nhận)");
  const entry = page.getByTestId("history-entry").first();
  await expect(entry).toContainText("Chưa thực hiện → Hoàn thành (chờ xác nhận)");
  await expect(entry).toContainText("Tiến độ 100 %");
  await expect(entry.getByTestId("evidence-link")).toHaveText("bao-cao-kiem-chung.pdf");
  // Submitted: the lead agency may add evidence or withdraw the report ("Rút lại") until Sở Nội vụ reviews it.
  await expect(page.getByLabel("Trạng thái mới").locator("option")).toHaveText([
    "Giữ nguyên: Hoàn thành (chờ xác nhận)",
    "Rút lại báo cáo hoàn thành (Sở Nội vụ chưa duyệt) — tiếp tục thực hiện",
  ]);
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "tasks-submitted");
});

test("Sở Nội vụ accepts it from the review queue, using the keyboard", async ({ browser }) => {
  const page = await signedIn(browser, ACCOUNTS.homeAffairs);
  await page.goto("/duyet");
  const item = page.getByTestId("review-item").filter({ hasText: "Sở Tài chính" }).filter({ hasText: "3.4.1" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(/[1-9]\d* tài liệu/); // 1 on a fresh seed; reruns keep the earlier history
  await screenshot(page, "tasks-review-queue");
  await item.getByRole("link", { name: "Xem và duyệt" }).click();
  await expect(page).toHaveURL(new RegExp(`${taskUrl}\\?tu=%2Fduyet$`)); // the back link returns to the queue

  const accept = page.getByRole("button", { name: "Xác nhận hoàn thành" });
  await accept.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("review-message")).toContainText("Đã xác nhận nhiệm vụ.");
  await expect(page.getByTestId("task-status")).toHaveText("Đã xác nhận");
  await expect(page.getByTestId("history-entry").first()).toContainText("Hoàn thành (chờ xác nhận) → Đã xác nhận");
  await screenshot(page, "tasks-accepted");
});

test("the leader sees it accepted, downloads the evidence and cannot edit", async ({ browser }) => {
  const page = await signedIn(browser, ACCOUNTS.leader);
  await page.goto(taskUrl);
  await expect(page.getByTestId("task-status")).toHaveText("Đã xác nhận");
  await expect(page.getByTestId("read-only-notice")).toHaveText(
    "Nhiệm vụ đã được Sở Nội vụ xác nhận; không chỉnh sửa được nữa.",
  );
  await expect(page.getByTestId("task-update-form")).toHaveCount(0);
  await expect(page.getByTestId("review-form")).toHaveCount(0);
  await expect(page.locator("main form")).toHaveCount(0);

  const href = await page.getByTestId("evidence-link").first().getAttribute("href");
  const download = await page.request.get(href ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''bao-cao-kiem-chung.pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const patch = await page.request.patch(`/api${taskUrl.replace("/nhiem-vu", "/tasks")}`, {
    data: { version: 99, note: "Sửa thử" },
  });
  expect(patch.status()).toBe(403);
  await screenshot(page, "tasks-leader");
});
