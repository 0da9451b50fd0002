import { expect, test } from "@playwright/test";
import { ACCOUNTS, screenshot, signIn } from "./helpers";

test("the plan at a glance: 83,93/100, rank 32/63, 16,07 lost and the field table", async ({ page }) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/ke-hoach");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Kế hoạch số 6006\/KH-UBND ngày 23\/08\/2021/)).toBeVisible();
  await expect(page.getByTestId("published-score")).toHaveText("83,93/100");
  await expect(page.getByText("32/63")).toBeVisible();
  await expect(page.getByTestId("lost-total")).toHaveText("16,07");

  const fields = page.getByTestId("field-table");
  const rows = fields.locator("tbody tr");
  await expect(rows).toHaveCount(8);
  await expect(rows.filter({ hasText: "CẢI CÁCH TÀI CHÍNH CÔNG" })).toContainText("8,00");
  await expect(rows.filter({ hasText: "CẢI CÁCH TÀI CHÍNH CÔNG" })).toContainText("4,58");
  await expect(rows.filter({ hasText: "CẢI CÁCH TÀI CHÍNH CÔNG" })).toContainText("3,42");
  await expect(rows.filter({ hasText: "Kết quả điều tra xã hội học" })).toContainText("7,31");
  await expect(fields.locator("tfoot")).toContainText("16,07");

  const criteria = page.getByTestId("criteria-table");
  await expect(criteria.getByRole("row", { name: /3\.4\.3/ })).toContainText("0,996");
  await expect(criteria).toContainText("Thanh tra tỉnh");
  await screenshot(page, "plan-overview");
});

test("the plan needs a signed-in user", async ({ page }) => {
  await page.goto("/ke-hoach");
  await expect(page).toHaveURL(/\/dang-nhap/);
});
