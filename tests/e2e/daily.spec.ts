// Each role's week in a few clicks, at desktop and phone width: the agency head's board (summary, largest points
// first, returned reason, back link keeping filters, jump to a column), the staff member's update (Vietnamese
// refusal next to the progress field, focus on the saved message), Sở Nội vụ's queue (lands there, count in the
// navigation, accept and return apart, next item, acting for an agency behind an explicit step) and the
// leader's phone dashboard. Task states are arranged here and put back afterwards.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { ACCOUNTS, expectNoSeriousAxeIssues, restoreTasks, screenshot, withDb } from "./helpers";

test.describe.configure({ mode: "serial" });

const SIZES = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
// Sở Tài chính's own tasks in the seeded plan, by criterion: two sent for review, one to update.
const TASKS = `select t.id, c.code, t.status::text, t.progress, t.version from "Task" t join "Agency" a on a.id = t."agencyId"
  join "Criterion" c on c.id = t."criterionId" join "Plan" p on p.id = t."planId" join "Province" pr on pr.id = p."provinceId"
  where pr.code = 'lam-dong' and a.name = 'Sở Tài chính' and c.code in ('6.1.2', '6.1.3', '1.5')`;
type Saved = { id: string; code: string; status: string; progress: number };
let saved: Saved[] = [];
const idOf = (code: string) => saved.find((t) => t.code === code)?.id ?? "";

test.beforeAll(async () => {
  saved = await withDb(async (c) => (await c.query(TASKS)).rows);
  await withDb((c) =>
    c.query(`update "Task" set status = 'SUBMITTED', progress = 100 where id = any($1)`, [
      [idOf("6.1.2"), idOf("6.1.3")],
    ]),
  );
});

test.afterAll(() => restoreTasks(saved));

async function open(browser: Browser, email: string, size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/dang-nhap/, { timeout: 30_000 }); // password hashing is slow on a loaded machine
  return page;
}

test("Sở Nội vụ lands on its queue, returns one item with a reason and accepts the next", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.homeAffairs, SIZES[0]);
  await expect(page).toHaveURL(/\/duyet$/);
  const count = Number((await page.getByTestId("review-count").textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("nav-review")).toHaveText(`Duyệt kết quả (${count})`);
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "daily-review-queue");

  await page.goto(`/nhiem-vu/${idOf("6.1.2")}?tu=%2Fduyet`);
  await expect(page.getByRole("link", { name: "← Về bảng nhiệm vụ" })).toHaveAttribute("href", "/duyet");
  const returnForm = page.getByTestId("review-return-form");
  await returnForm.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.locator("#reason-error")).toHaveText("Nhập lý do trả lại để cơ quan chủ trì biết cần bổ sung gì.");
  await page.getByLabel("Lý do trả lại").fill("Thiếu báo cáo giải ngân quý IV.");
  await returnForm.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByTestId("review-message")).toContainText("Đã trả lại nhiệm vụ.");
  await expect(page.getByTestId("task-status")).toHaveText("Bị trả lại");
  // Acting for the agency is a deliberate step behind its own heading, not the next click.
  await expect(page.getByTestId("on-behalf")).not.toHaveAttribute("open", "");
  await expect(page.getByLabel("Trạng thái mới")).toBeHidden();
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "daily-review-returned");

  await page.getByTestId("review-next").click();
  await expect(page.getByTestId("review-accept-form")).toBeVisible();
  await page.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(page.getByTestId("review-message")).toContainText("Đã xác nhận nhiệm vụ.");
  await expect(page.getByTestId("nav-review")).toHaveText(`Duyệt kết quả (${count - 2})`);
});

for (const size of SIZES) {
  test(`the agency head's Monday on the board (${size.name})`, async ({ browser }) => {
    const page = await open(browser, ACCOUNTS.finance, size);
    await page.goto("/nhiem-vu");
    // Opens on what the agency leads, largest points at stake first.
    await expect(page.getByLabel("Vai trò")).toHaveValue("lead");
    await expect(page.getByTestId("task-card").first()).toContainText("9.2");
    await expect(page.getByTestId("task-card").first()).toContainText("−5,94");
    for (const id of ["summary-overdue", "summary-due-soon", "summary-points", "summary-waiting", "summary-returned"])
      await expect(page.getByTestId(id)).toBeVisible();
    await expect(page.getByTestId("summary-returned")).toContainText("1");
    const returned = page.locator(`[data-task-id="${idOf("6.1.2")}"]`);
    await expect(returned.getByTestId("return-reason")).toContainText("Thiếu báo cáo giải ngân quý IV.");
    await expect(returned.getByTestId("returned-badge")).toHaveText("Trả lại · Mới");
    await expectNoSeriousAxeIssues(page);
    await screenshot(page, `daily-board-${size.name}`);

    // A status column in one step from the keyboard.
    await page
      .getByTestId("column-jump")
      .getByRole("link", { name: /^Bị trả lại/ })
      .focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#list-RETURNED$/);
    await expect(page.locator("#list-RETURNED")).toBeInViewport();

    // Supporting duties fan out to every department: folded into one card each.
    await page.getByLabel("Vai trò").selectOption("support");
    await page.getByLabel("Sắp xếp").selectOption("due");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/role=support/);
    const group = page.getByTestId("support-group").filter({ hasText: "4.3.3" });
    await expect(group).toHaveCount(1);
    expect(Number(await group.getAttribute("data-count"))).toBeGreaterThan(10);
    await screenshot(page, `daily-board-support-${size.name}`);

    await page.getByTestId("task-card").first().getByRole("link").click();
    await page.getByRole("link", { name: "← Về bảng nhiệm vụ" }).click();
    await expect(page).toHaveURL(/\/nhiem-vu\?.*role=support.*sort=due/);
  });
}

test("a staff member's progress is checked on the server, in Vietnamese, and focus lands on the saved message", async ({
  browser,
}) => {
  const page = await open(browser, ACCOUNTS.financeStaff, SIZES[1]);
  await page.goto(`/nhiem-vu/${idOf("1.5")}`);
  await expect(page).toHaveTitle(/^1\.5 · /);
  // A yearly task: its cycles table scrolls in its own box, and the page fits the phone's width (the table's width
  // used to widen the page's grid column past the screen).
  await expect(page.locator("#cycles")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  await page.getByLabel("Trạng thái mới").selectOption({ label: "Đang thực hiện" });
  await page.getByLabel("Tiến độ (%)").fill("bốn mươi");
  await page.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(page.locator("#progress-error")).toHaveText(
    "Tiến độ phải nhập bằng chữ số (ví dụ 40), là số nguyên từ 0 đến 100.",
  );
  await expect(page.getByLabel("Tiến độ (%)")).toHaveValue("bốn mươi");
  await page.getByLabel("Tiến độ (%)").fill("40,5");
  await page.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(page.locator("#progress-error")).toHaveText(
    "Tiến độ là số nguyên, không có phần thập phân (ví dụ 40, không phải 40,5).",
  );
  await screenshot(page, "daily-staff-refused-phone");
  await page.getByLabel("Tiến độ (%)").fill("40");
  await page.getByRole("button", { name: "Lưu cập nhật" }).click();
  const saved = page.getByTestId("task-update-message").getByRole("status");
  await expect(saved).toHaveText("Đã lưu cập nhật.");
  await expect(saved).toBeFocused();
  await expect(page.getByTestId("task-status")).toHaveText("Đang thực hiện");
  await expectNoSeriousAxeIssues(page);
});

test("the leader's phone dashboard shows the score, rank and gap before the folded filters", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.leader, SIZES[1]);
  await page.goto("/bang-dieu-khien");
  await expect(page.getByTestId("filters-folded")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Lĩnh vực" })).toBeHidden();
  for (const id of ["published-score", "published-rank", "lost-total"])
    await expect(page.getByTestId(id)).toBeInViewport();
  await expect(page.getByTestId("projection-scenarios")).toContainText("Theo tiến độ báo cáo");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "daily-dashboard-phone");
});

test("an unknown address answers in Vietnamese with ways back", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.finance, SIZES[1]);
  const response = await page.goto("/khong-co-trang-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("link", { name: "Trang chính" })).toHaveAttribute("href", "/");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "daily-not-found-phone");
});

test("a page carries the root layout's not-found, forbidden and unauthorized pages as references, none in English", async ({
  browser,
}) => {
  const page = await open(browser, ACCOUNTS.finance, SIZES[0]);
  const html = await (await page.request.get("/nhiem-vu")).text();
  // the framework's own 401 page (no app/unauthorized.tsx) was in every page's payload, in English
  expect(html).not.toContain("You're not authorized");
  // written as server markup, each boundary's text travelled in every page's payload (app/not-found.tsx)
  expect(html).not.toContain("Bạn không có quyền truy cập trang này");
  expect(html).not.toContain("Kiểm tra lại đường dẫn");
});
