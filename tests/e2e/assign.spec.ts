// Issue #12, Sở Nội vụ's assignment and the agency's follow-up, at desktop and phone width: the review queue links
// to the duties page with the count; duties are filtered ("Lĩnh vực n", text), several are selected and given a
// lead, a supporter and a new deadline (yesterday is refused next to the field, nothing lost); they land on the
// lead's board as "Mới", not overdue; the head names a person in charge, who finds them under "Việc của tôi";
// later one is reassigned. Runs on a freshly seeded database (tests/e2e run order does not matter: the spec only
// touches duties nobody else uses).
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, withDb } from "./helpers";

test.describe.configure({ mode: "serial" });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SEARCH = "Tham mưu, đề xuất UBND tỉnh để tổ chức";
let assigned: string[] = [];
let unassignedBefore = 0;

async function open(browser: Browser, email: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/dang-nhap/, { timeout: 20_000 });
  return page;
}

const isoInDays = (n: number) => {
  const today = new Date(new Date().toLocaleString("en-US", { timeZone: "Asia/Ho_Chi_Minh" }));
  today.setDate(today.getDate() + n);
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
};

test.beforeAll(async () => {
  unassignedBefore = await withDb(
    async (c) =>
      (
        await c.query(`select count(*)::int as n from "Task" t join "Plan" p on p.id = t."planId"
          join "Province" pr on pr.id = p."provinceId" where pr.code = 'lam-dong' and t."agencyId" is null`)
      ).rows[0].n,
  );
});

test("Sở Nội vụ assigns several duties at once, with a supporter and a deadline not before today (desktop)", async ({
  browser,
}) => {
  const page = await open(browser, ACCOUNTS.homeAffairs, DESKTOP);
  await page.goto("/duyet");
  await page.getByTestId("unassigned-link").click();
  await expect(page).toHaveURL(/\/duyet\/giao-viec$/);
  await expect(page.getByTestId("duty-count")).toContainText(`${unassignedBefore} nhiệm vụ`);
  // Fields read "Lĩnh vực n", never "Tiêu chí n".
  const fieldOptions = await page.getByLabel("Lĩnh vực", { exact: true }).locator("option").allTextContents();
  expect(fieldOptions.some((o) => /^Lĩnh vực 8\b/.test(o))).toBe(true);
  expect(fieldOptions.some((o) => /^Tiêu chí \d+\./.test(o))).toBe(false);
  await page.getByLabel("Lĩnh vực", { exact: true }).selectOption("8");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/field=8/);
  for (const tag of await page.getByTestId("duty-item").locator("span.rounded").allTextContents())
    expect(tag).toMatch(/^(Lĩnh vực 8|Tiêu chí 8\.)/);

  await page.getByRole("link", { name: "Bỏ lọc" }).click();
  await expect(page).toHaveURL(/\/duyet\/giao-viec$/);
  await expect(page.getByLabel("Lĩnh vực", { exact: true })).toHaveValue("");
  await page.getByLabel("Tìm trong nội dung").fill(SEARCH);
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page.getByTestId("duty-count")).toHaveText("4 nhiệm vụ");
  const items = page.getByTestId("duty-item");
  assigned = [
    (await items.nth(0).getAttribute("data-task-id")) ?? "",
    (await items.nth(1).getAttribute("data-task-id")) ?? "",
  ];
  await items.nth(0).getByRole("checkbox").check();
  await items.nth(1).getByRole("checkbox").check();
  await expect(page.getByTestId("duty-selected")).toHaveText("Đã chọn 2 nhiệm vụ");
  await page.getByLabel("Cơ quan chủ trì", { exact: true }).selectOption({ label: "Sở Tài chính" });
  await page.getByTestId("support-agencies").getByLabel("UBND huyện Đức Trọng").check();

  // A deadline in the past would make them overdue on arrival: refused next to the field, the choices kept.
  await page.getByLabel("Hạn hoàn thành mới").fill(isoInDays(-1));
  await page.getByRole("button", { name: "Giao 2 nhiệm vụ" }).click();
  await expect(page.locator("#dueOn-error")).toContainText("không được trước hôm nay");
  await expect(page.getByLabel("Cơ quan chủ trì", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByTestId("support-agencies").getByLabel("UBND huyện Đức Trọng")).toBeChecked();
  await expect(page.getByTestId("duty-selected")).toHaveText("Đã chọn 2 nhiệm vụ");

  await page.getByLabel("Hạn hoàn thành mới").fill(isoInDays(45));
  await page.getByRole("button", { name: "Giao 2 nhiệm vụ" }).click();
  await expect(page.getByTestId("duty-message")).toHaveText("Đã giao 2 nhiệm vụ.");
  await expect(page.getByTestId("duty-count")).toHaveText("2 nhiệm vụ");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "assign-duties-desktop");

  await page.getByRole("link", { name: /^Đã giao, có thể giao lại/ }).click();
  for (const id of assigned) {
    const row = page.locator(`[data-task-id="${id}"]`);
    await expect(row).toContainText("Chủ trì: Sở Tài chính");
    await expect(row).toContainText("Phối hợp: UBND huyện Đức Trọng");
  }
  await page.goto("/duyet");
  await expect(page.getByTestId("unassigned-link")).toContainText(`(${unassignedBefore - 2})`);
});

test("the lead agency sees them as new and not overdue; the head names a person in charge, who finds them", async ({
  browser,
}) => {
  const head = await open(browser, ACCOUNTS.finance, DESKTOP);
  await head.goto("/nhiem-vu");
  const card = head.locator(`[data-testid="task-card"][data-task-id="${assigned[0]}"]`);
  await expect(card.getByTestId("new-badge")).toHaveText("Mới");
  await expect(card).not.toContainText("Quá hạn");
  await card.getByRole("link").first().click();
  await expect(head.getByTestId("task-responsible")).toHaveText("Chưa chọn");
  await head.getByLabel("Cán bộ phụ trách nhiệm vụ").selectOption({ label: "Cán bộ Sở Tài chính (dùng thử)" });
  await head.getByRole("button", { name: "Lưu người phụ trách" }).click();
  await expect(head.getByTestId("responsible-message")).toHaveText("Đã lưu người phụ trách.");
  await expect(head.getByTestId("task-responsible")).toHaveText("Cán bộ Sở Tài chính (dùng thử)");
  await screenshot(head, "assign-task-responsible-desktop");
  await head.getByRole("link", { name: "← Về bảng nhiệm vụ" }).click();
  const seen = head.locator(`[data-testid="task-card"][data-task-id="${assigned[0]}"]`);
  await expect(seen.getByTestId("card-responsible")).toContainText("Cán bộ Sở Tài chính (dùng thử)");
  await expect(seen.getByTestId("new-badge")).toHaveCount(0);
  // The other one is still new for the head; opening one task clears that one only.
  await expect(head.locator(`[data-task-id="${assigned[1]}"]`).getByTestId("new-badge")).toHaveCount(1);

  const staff = await open(browser, ACCOUNTS.financeStaff, PHONE);
  await staff.goto("/viec-cua-toi");
  await expect(staff.getByTestId("my-tasks-count")).toHaveText("1 nhiệm vụ bạn phụ trách");
  const mine = staff.locator(`[data-testid="task-card"][data-task-id="${assigned[0]}"]`);
  await expect(mine.getByTestId("new-badge")).toHaveText("Mới"); // not yet opened by this user
  await expectNoSeriousAxeIssues(staff);
  await screenshot(staff, "assign-my-tasks-phone");
});

test("on a phone, Sở Nội vụ reassigns one of them later to another lead and deadline", async ({ browser }) => {
  const page = await open(browser, ACCOUNTS.homeAffairs, PHONE);
  await page.goto("/duyet/giao-viec?view=assigned");
  const row = page.locator(`[data-testid="duty-item"][data-task-id="${assigned[1]}"]`);
  await row.getByRole("checkbox").check();
  await page.getByLabel("Cơ quan chủ trì", { exact: true }).selectOption({ label: "UBND huyện Đức Trọng" });
  await page.getByLabel("Hạn hoàn thành mới").fill(isoInDays(20));
  await page.getByRole("button", { name: "Giao 1 nhiệm vụ" }).click();
  await expect(page.getByTestId("duty-message")).toHaveText("Đã giao 1 nhiệm vụ.");
  await expect(page.locator(`[data-testid="duty-item"][data-task-id="${assigned[1]}"]`)).toContainText(
    "Chủ trì: UBND huyện Đức Trọng",
  );
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "assign-duties-phone");
});
