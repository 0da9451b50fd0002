// The reporting cycle end to end (issue #9): Sở Tài chính fills and submits its quarterly report; Sở Nội vụ
// returns it with a reason; it is fixed and re-submitted; Sở Nội vụ accepts it and downloads the consolidated
// DOCX, PDF and XLSX (opened and checked here; the PDF through pdftotext); leadership reads the period's matrix.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { closingRange, periodKey } from "../../lib/periods/keys";
import { ACCOUNTS, screenshot, signIn, withDb } from "./helpers";

test.describe.configure({ mode: "serial" });

/** The latest quarter of this year whose data period has begun (the seed makes this year's calendar). */
function currentQuarter(): string {
  const today = new Date(new Date().toLocaleString("en-US", { timeZone: "Asia/Ho_Chi_Minh" }));
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const year = today.getFullYear();
  const quarters = [1, 2, 3, 4].map((q) => periodKey("QUARTER", year, q));
  return [...quarters].reverse().find((q) => closingRange(q).startsOn.getTime() <= todayUtc)!.key;
}

const KEY = currentQuarter();
let financeId = "";
let reportPath = "";

/** The report's state badge in the page header (task rows below may carry the same words, e.g. a task "Bị trả lại"). */
const state = (page: Page, label: string) => page.getByRole("main").locator("header").getByText(label, { exact: true });

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test.beforeAll(async () => {
  financeId = await withDb(
    async (c) => (await c.query(`SELECT id FROM "Agency" WHERE name = 'Sở Tài chính'`)).rows[0].id,
  );
  reportPath = `/bao-cao/${KEY}/${financeId}`;
});

test.afterAll(async () => {
  // Leave the shared e2e database as the seed made it for the other journeys.
  await withDb((c) => c.query(`DELETE FROM "AgencyReport" WHERE "agencyId" = $1`, [financeId]));
});

test("Sở Tài chính submits, Sở Nội vụ returns with a reason, it is fixed and re-submitted", async ({ browser }) => {
  const finance = await as(browser, ACCOUNTS.finance);
  await finance.goto(reportPath);
  await finance
    .getByLabel("Kết quả đạt được")
    .fill("Công khai dự toán ngân sách tỉnh đúng hạn trên Cổng thông tin điện tử.");
  await finance
    .getByLabel("Khó khăn, vướng mắc")
    .fill("Phần mềm quản lý ngân sách chưa kết nối với hệ thống của tỉnh.");
  await finance.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await expect(state(finance, "Đã gửi, chờ xử lý")).toBeVisible({ timeout: 15_000 });

  const homeAffairs = await as(browser, ACCOUNTS.homeAffairs);
  await homeAffairs.goto(reportPath);
  await homeAffairs.getByLabel("Lý do trả lại").fill("Bổ sung số liệu giải ngân quý và tài liệu kiểm chứng.");
  await homeAffairs.getByRole("button", { name: "Trả lại" }).click();
  await expect(state(homeAffairs, "Bị trả lại")).toBeVisible({ timeout: 15_000 });

  await finance.reload();
  await expect(finance.getByTestId("return-reason")).toContainText(
    "Bổ sung số liệu giải ngân quý và tài liệu kiểm chứng.",
  );
  await finance
    .getByLabel("Kết quả đạt được")
    .fill("Công khai dự toán ngân sách tỉnh đúng hạn; giải ngân quý đạt 78% kế hoạch (kèm báo cáo số liệu).");
  await finance.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await expect(state(finance, "Đã gửi, chờ xử lý")).toBeVisible({ timeout: 15_000 });
  await screenshot(finance, "report-resubmitted");
});

test("Sở Nội vụ accepts it and downloads the consolidated DOCX, PDF and XLSX", async ({ browser }) => {
  const homeAffairs = await as(browser, ACCOUNTS.homeAffairs);
  await homeAffairs.goto(reportPath);
  await homeAffairs.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(state(homeAffairs, "Đã tiếp nhận")).toBeVisible({ timeout: 15_000 });

  await homeAffairs.goto(`/bao-cao/${KEY}`);
  await homeAffairs.getByLabel("Chức vụ người ký").fill("Giám đốc");
  const [docx] = await Promise.all([
    homeAffairs.waitForEvent("download"),
    homeAffairs.getByRole("button", { name: "Tải Word (DOCX)" }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(`bao-cao-tong-hop-lam-dong-${KEY}.docx`);
  const zip = await JSZip.loadAsync(fs.readFileSync(await docx.path()));
  const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toContain("Kết quả thực hiện Kế hoạch số 6006/KH-UBND ngày 23/08/2021");
  expect(text).toContain("Phần mềm quản lý ngân sách chưa kết nối với hệ thống của tỉnh.");
  expect(text).toContain("GIÁM ĐỐC");
  expect(text).toContain("16,07");

  const [pdf] = await Promise.all([
    homeAffairs.waitForEvent("download"),
    homeAffairs.getByRole("button", { name: "Tải PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`bao-cao-tong-hop-lam-dong-${KEY}.pdf`);
  const pdfText = execFileSync("pdftotext", [await pdf.path(), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(pdfText).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(pdfText).toContain("Phần mềm quản lý ngân sách chưa kết nối với hệ thống của tỉnh.");
  expect(pdfText).toContain("GIÁM ĐỐC");

  const [xlsx] = await Promise.all([
    homeAffairs.waitForEvent("download"),
    homeAffairs.getByRole("button", { name: "Tải phụ lục Excel (XLSX)" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const rows = (workbook.worksheets[0]!.getSheetValues().slice(4).filter(Boolean) as ExcelJS.CellValue[][]).filter(
    (r) => r[9] === "Sở Tài chính",
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r[16] === "Đã tiếp nhận")).toBe(true);
  expect(rows.some((r) => String(r[14]).includes("giải ngân quý đạt 78%"))).toBe(true);
  expect(rows.every((r) => typeof r[6] === "number" && typeof r[12] === "number")).toBe(true);
});

test("leadership reads the period's matrix", async ({ browser }) => {
  const leader = await as(browser, ACCOUNTS.leader);
  await leader.goto(`/bao-cao/${KEY}`);
  const row = leader.getByRole("row").filter({ hasText: "Sở Tài chính" }).first();
  await expect(row).toContainText("Đã tiếp nhận");
  await expect(leader.getByRole("button", { name: "Tải Word (DOCX)" })).toBeVisible();
  await screenshot(leader, "period-matrix-leadership");
});
