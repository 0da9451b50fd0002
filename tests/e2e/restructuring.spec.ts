// Sở Nội vụ previews (dry run) and applies the March 2025 department mergers from the sample file, looks at Sở Tài
// chính's board and the dashboard's agency chart before and after, then undoes them (newest first) so the seed
// is as it was for the other specs.
import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, screenshot, signIn, withDb } from "./helpers";

const SAMPLE = "public/mau/sap-xep-co-quan-lam-dong-2025-03.csv";

async function agencyId(name: string): Promise<string> {
  return withDb(async (c) => {
    const r = await c.query(
      `select a.id from "Agency" a join "Province" p on p.id = a."provinceId" where p.name = 'Lâm Đồng' and a.name = $1`,
      [name],
    );
    return r.rows[0].id as string;
  });
}

async function agencyRows(page: Page) {
  await page.goto("/bang-dieu-khien");
  for (const summary of await page.locator("details.dashboard-table > summary").all()) await summary.click();
  const table = page.getByTestId("agency-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tfoot")).toContainText("16,07");
  return table.locator("tbody tr");
}

test("Sở Nội vụ applies the March 2025 mergers from a file and the board and dashboard follow", async ({ page }) => {
  test.setTimeout(240_000);
  const finance = await agencyId("Sở Tài chính");
  const planning = await agencyId("Sở Kế hoạch và Đầu tư");
  await signIn(page, ACCOUNTS.homeAffairs);

  await page.goto(`/co-quan/${finance}`);
  const pointsBefore = (await page.getByTestId("summary-points").textContent()) ?? "";
  let rows = await agencyRows(page);
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" })).toHaveCount(1);
  await screenshot(page, "restructuring-dashboard-before");

  await page.goto("/quan-tri/co-cau");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sắp xếp cơ cấu tổ chức");
  // one event through the form: its preview says what would move, nothing is applied
  const form = page.getByTestId("restructure-form");
  await form.getByLabel("Ngày hiệu lực", { exact: true }).fill("2025-03-01");
  await form.getByTestId("from-list").getByLabel("Sở Kế hoạch và Đầu tư").check();
  await form.getByTestId("to-list").getByLabel("Sở Tài chính").check();
  await form.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("restructure-counts")).toContainText("15 nhiệm vụ đang mở", { timeout: 30_000 });
  await expect(page.getByTestId("restructure-preview")).toContainText("Sở Kế hoạch và Đầu tư → Sở Tài chính");
  await screenshot(page, "restructuring-preview");

  await page.getByTestId("batch-form").locator('input[type="file"]').setInputFiles(SAMPLE);
  await page.getByRole("button", { name: "Chạy thử" }).click();
  const result = page.getByTestId("batch-result");
  await expect(result).toContainText("Chạy thử: 5 lần sắp xếp hợp lệ", { timeout: 60_000 });
  await expect(result).toContainText("Dòng 2: Sở Kế hoạch và Đầu tư → Sở Tài chính");
  await expect(page.getByTestId("restructure-events")).toHaveCount(0); // the dry run applied nothing
  await screenshot(page, "restructuring-dry-run");

  await page.getByRole("button", { name: "Áp dụng" }).last().click();
  await expect(result).toContainText("Đã áp dụng 5 lần sắp xếp", { timeout: 60_000 });
  await expect(page.getByTestId("restructure-events").locator("tbody tr")).toHaveCount(5);
  await screenshot(page, "restructuring-applied");

  await page.goto(`/co-quan/${finance}`);
  await expect(page.getByTestId("succession-notice")).toContainText("Sở Kế hoạch và Đầu tư");
  const pointsAfter = (await page.getByTestId("summary-points").textContent()) ?? "";
  expect(pointsAfter).not.toBe(pointsBefore);
  await screenshot(page, "restructuring-finance-board");
  await page.goto(`/co-quan/${planning}`);
  await expect(page.getByTestId("succession-notice")).toContainText("nay là Sở Tài chính");

  rows = await agencyRows(page);
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "Sở Nông nghiệp và Môi trường" })).toHaveCount(1);
  await screenshot(page, "restructuring-dashboard-after");

  // undo, newest first: the seed is back as it was
  await page.goto("/quan-tri/co-cau");
  for (let left = 5; left > 0; left--) {
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await expect(page.getByText("Đã hoàn tác lúc")).toHaveCount(6 - left, { timeout: 30_000 });
  }
  rows = await agencyRows(page);
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" })).toHaveCount(1);
});
