import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectForbidden, screenshot, signIn } from "./helpers";

test("Sở Nội vụ enters other provinces' published totals and the dashboard projects a rank from them", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/quan-tri/diem-cac-tinh?nam=2020");
  const lines = page.getByLabel("Điểm công bố của các tỉnh, thành phố");
  await lines.fill("Quảng Ninh; 91,06; 1\nBắc Ninh; 8x,5");
  await page.getByRole("button", { name: "Lưu điểm các tỉnh" }).click();
  await expect(page.getByText("Dòng 2: «8x,5» không phải là điểm (ví dụ 91,06).")).toBeVisible();
  await expect(lines).toHaveValue("Quảng Ninh; 91,06; 1\nBắc Ninh; 8x,5");
  await lines.fill("Quảng Ninh; 91,06; 1\nBắc Ninh; 84,5\nĐà Nẵng; 80");
  await page.getByRole("button", { name: "Lưu điểm các tỉnh" }).click();
  await expect(page.getByTestId("peer-scores-message")).toContainText("Đã lưu điểm của 3 tỉnh, thành phố.");
  await expect(page.getByTestId("peer-scores-table")).toContainText("84,50");
  await screenshot(page, "peer-scores");
  await page.goto("/bang-dieu-khien");
  await expect(page.getByTestId("projection-rank-text")).toContainText("3 tỉnh khác đã nhập");
});

test("the leader may not enter other provinces' totals", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await expectForbidden(page, "/quan-tri/diem-cac-tinh");
});
