// Issue 8, item 10, against the production server: hostile workbooks uploaded on the plan import page are refused
// with a clear message while /api/health keeps answering within a second (the workbook is read in a worker
// thread, which must also work in the production build); a real appendix as XLSX still reads.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { farCellXlsx, zipBombXlsx } from "../../lib/plans/import/testing/hostile-xlsx";
import { seedGrid, sheetNumber, workbookBytes } from "../../lib/plans/import/testing/tables";
import { ACCOUNTS, screenshot, signIn } from "./helpers";

/** Polls /api/health every 100 ms until stopped; answers the slowest answer's time. */
function watchHealth(request: APIRequestContext): { stop: () => Promise<number> } {
  let running = true;
  let slowest = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const status = await request
        .get("/api/health", { timeout: 5_000 })
        .then((r) => r.status())
        .catch(() => 0);
      slowest = Math.max(slowest, status === 200 ? Date.now() - started : Number.POSITIVE_INFINITY);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return slowest;
    },
  };
}

/** The form's refusal (Next's route announcer is an alert too). */
const refusal = (page: Page) => page.getByRole("alert").filter({ hasText: "Tệp Excel" });

async function check(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles("#file", { name, mimeType: "application/octet-stream", buffer });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
}

test("hostile XLSX files are refused while the server keeps answering", async ({ page, request }) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/ke-hoach/nhap");
  expect((await request.get("/api/health")).status()).toBe(200); // warm: the route's first load is not the point
  // made before timing starts: a gigabyte's checksum blocks this test's own event loop for a while
  const [far, bomb, lyingBomb] = [
    farCellXlsx({ dimension: false }),
    zipBombXlsx({ megabytes: 1000, lie: false }),
    zipBombXlsx({ megabytes: 1000, lie: true }),
  ];
  const health = watchHealth(request);

  await check(page, "o-xa.xlsx", far);
  await expect(refusal(page)).toContainText("vượt giới hạn 5.000 dòng × 100 cột", { timeout: 20_000 });
  await screenshot(page, "hostile-xlsx-far-cell");

  await check(page, "bom.xlsx", bomb);
  await expect(refusal(page)).toContainText("khi giải nén lớn hơn 50 MB", { timeout: 20_000 });

  await check(page, "bom-khai-sai.xlsx", lyingBomb);
  await expect(refusal(page)).toContainText("khai báo sai kích thước", { timeout: 20_000 });

  expect(await health.stop()).toBeLessThan(1000);
});

test("the Lâm Đồng appendix as XLSX still reads in the production build", async ({ page }) => {
  const { header, rows } = seedGrid();
  const bytes = await workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet("Phụ lục");
    sheet.addRow(["(Kèm theo Kế hoạch số 6006/KH-UBND ngày 23 tháng 8 năm 2021 của UBND tỉnh Lâm Đồng)"]);
    sheet.addRow(header);
    for (const [code = "", title, standard = "", assessed = "", lost = "", ...rest] of rows)
      sheet.addRow([code, title, sheetNumber(standard), sheetNumber(assessed), sheetNumber(lost), ...rest]);
  });
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/ke-hoach/nhap");
  await check(page, "phu-luc.xlsx", Buffer.from(bytes));
  await expect(page.getByTestId("upload-preview")).toContainText(
    "37 tiêu chí, 21 giải pháp; điểm bị mất 16,07, điểm còn lại 83,93",
    { timeout: 20_000 },
  );
});
