// The head approves a staff member's "hoàn thành" (issue 12): Sở Nội vụ turns the step on for Sở Tài chính, the
// staff member marks a task done (it waits for the head, not in Sở Nội vụ's queue), the head finds it from the
// board's summary strip at phone width and forwards it, and Sở Nội vụ then sees it in /duyet. Screenshots at
// desktop and 390 px, axe clean. The task and the switch are put back afterwards.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, withDb } from "./helpers";

test.describe.configure({ mode: "serial" });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// One of Sở Tài chính's own open tasks that the other journeys (daily.spec.ts) do not arrange.
const PICK = `select t.id, t.status::text as status, t.progress, a.id as "agencyId" from "Task" t
  join "Agency" a on a.id = t."agencyId" join "Criterion" c on c.id = t."criterionId"
  join "Plan" p on p.id = t."planId" join "Province" pr on pr.id = p."provinceId"
  where pr.code = 'lam-dong' and a.name = 'Sở Tài chính' and t.status in ('NOT_STARTED', 'IN_PROGRESS')
    and c.code not in ('6.1.2', '6.1.3', '1.5', '9.2')
  order by c.code limit 1`;
let task: { id: string; status: string; progress: number; agencyId: string };

test.beforeAll(async () => {
  task = await withDb(async (c) => (await c.query(PICK)).rows[0]);
  expect(task?.id).toBeTruthy();
});

test.afterAll(async () => {
  await withDb(async (c) => {
    await c.query(`update "Task" set status = $2::"TaskStatus", progress = $3 where id = $1`, [
      task.id,
      task.status,
      task.progress,
    ]);
    await c.query(
      `update "TaskCycle" set "headApprovalRequestedAt" = null, "headApprovalRequestedById" = null where "taskId" = $1`,
      [task.id],
    );
    await c.query(`update "Agency" set "headApprovesTasks" = false where id = $1`, [task.agencyId]);
  });
});

async function open(browser: Browser, email: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/dang-nhap/, { timeout: 30_000 });
  return page;
}

test("Sở Nội vụ turns the head's approval on for Sở Tài chính", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.homeAffairs, DESKTOP);
  await page.goto(`/quan-tri/co-quan/${task.agencyId}`);
  const setting = page.getByTestId("head-approval-setting");
  await expect(setting.getByTestId("head-approval-state")).toContainText("Đang tắt");
  await setting.getByRole("button", { name: "Bật duyệt của lãnh đạo cơ quan" }).click();
  await expect(setting.getByTestId("head-approval-message")).toContainText("Đã bật");
  await expect(setting.getByTestId("head-approval-state")).toContainText("Đang bật");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "head-approval-setting");
});

test("the staff member's hoàn thành waits for the head, not in Sở Nội vụ's queue", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.financeStaff, DESKTOP);
  await page.goto(`/nhiem-vu/${task.id}`);
  await expect(page.getByTestId("submit-to-head-hint")).toBeVisible();
  await page.getByLabel("Trạng thái mới").selectOption({ label: "Hoàn thành — gửi lãnh đạo cơ quan duyệt" });
  await page.getByLabel("Ghi chú").fill("Đã ban hành văn bản, gửi lãnh đạo duyệt.");
  await page.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(page.getByTestId("task-update-message")).toContainText("Đã gửi lãnh đạo cơ quan duyệt.");
  const panel = page.getByTestId("head-approval");
  await expect(panel).toContainText("Cán bộ Sở Tài chính (dùng thử) báo hoàn thành");
  await expect(page.getByTestId("head-waiting-badge")).toHaveText("Chờ lãnh đạo duyệt");
  await expect(page.getByTestId("task-status")).toHaveText("Đang thực hiện");
  await expect(panel.getByRole("button", { name: "Rút lại đề nghị duyệt — tiếp tục thực hiện" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Duyệt, gửi Sở Nội vụ xác nhận" })).toHaveCount(0);
  await expect(page.getByLabel("Trạng thái mới")).toHaveCount(0);
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "head-approval-staff-waiting");

  const snv = await open(browser, ACCOUNTS.homeAffairs, DESKTOP);
  await snv.goto("/duyet");
  await expect(snv.locator(`[data-task-id="${task.id}"]`)).toHaveCount(0);
});

test("the head finds it from the board at phone width, a return needs a reason, then forwards it", async ({
  browser,
}) => {
  const page = await open(browser, ACCOUNTS.finance, PHONE);
  await page.goto("/nhiem-vu");
  const figure = page.getByTestId("summary-awaiting-head");
  await expect(figure).toContainText("Chờ lãnh đạo cơ quan duyệt");
  await figure.getByRole("link").click();
  await expect(page).toHaveURL(/approval=head/);
  await expect(page.getByLabel("Chỉ nhiệm vụ chờ lãnh đạo cơ quan duyệt")).toBeChecked();
  const card = page.locator(`[data-task-id="${task.id}"]`).first();
  await expect(card.getByTestId("head-waiting-badge")).toBeVisible();
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "head-approval-board-phone");

  await page.goto(`/nhiem-vu/${task.id}`);
  const returnForm = page.getByTestId("head-return-form");
  await returnForm.getByRole("button", { name: "Trả lại cán bộ" }).click();
  await expect(page.locator("#head-reason-error")).toHaveText(
    "Nhập lý do trả lại để cán bộ biết cần bổ sung, sửa đổi gì.",
  );
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "head-approval-head-phone");
  await page.getByRole("button", { name: "Duyệt, gửi Sở Nội vụ xác nhận" }).click();
  await expect(page.getByTestId("head-approval-message")).toContainText("Đã duyệt và gửi Sở Nội vụ xác nhận.");
  await expect(page.getByTestId("task-status")).toHaveText("Hoàn thành (chờ xác nhận)");
  await expect(page.getByTestId("history-approved-by").first()).toContainText("Giám đốc Sở Tài chính (dùng thử)");
  await screenshot(page, "head-approval-forwarded-phone");
});

test("Sở Nội vụ now sees it in /duyet", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.homeAffairs, DESKTOP);
  await page.goto("/duyet");
  await expect(page.locator(`[data-task-id="${task.id}"]`)).toHaveCount(1);
  await page.goto(`/nhiem-vu/${task.id}?tu=%2Fduyet`);
  await expect(page.getByTestId("review-accept-form")).toBeVisible();
  await expect(page.getByTestId("history-approved-by").first()).toContainText("Giám đốc Sở Tài chính (dùng thử)");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "head-approval-snv-desktop");
});
