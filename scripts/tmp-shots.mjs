import { chromium } from "@playwright/test";
const base = "http://localhost:3109";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
async function as(email, fn) {
  const ctx = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
  const page = await ctx.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("ChiSoCCHC@2021");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((u) => !u.pathname.includes("dang-nhap"));
  await fn(page);
  await ctx.close();
}
const shot = (page, name) => page.screenshot({ path: `/tmp/i9a-shots/${name}.png`, fullPage: true });
const key = process.argv[2] ?? "2026-Q3";
await as("canbo.taichinh@demo.par.vn", async (page) => {
  await page.goto("/bao-cao"); await shot(page, "01-agency-calendar");
  await page.locator(`tr[data-period="${key}"]`).getByRole("link", { name: "Báo cáo của đơn vị" }).click();
  await page.getByLabel("Kết quả đạt được").fill("Đã công khai dự toán, quyết toán ngân sách đúng hạn trên Cổng thông tin điện tử của Sở.");
  await page.getByLabel("Khó khăn, vướng mắc").fill("Phần mềm quản lý ngân sách chưa kết nối với Cổng dịch vụ công tỉnh.");
  await page.getByLabel("Đề xuất, kiến nghị").fill("Đề nghị Sở Thông tin và Truyền thông hỗ trợ kết nối.");
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await page.getByTestId("report-form-message").getByRole("status").waitFor();
  await shot(page, "02-staff-draft");
});
await as("taichinh@demo.par.vn", async (page) => {
  await page.goto("/bao-cao");
  await page.locator(`tr[data-period="${key}"]`).getByRole("link", { name: "Báo cáo của đơn vị" }).click();
  await page.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await page.getByTestId("report-form-message").getByRole("status").waitFor().catch(() => {});
  await page.reload();
  await shot(page, "03-head-submitted");
});
await as("sonoivu@demo.par.vn", async (page) => {
  await page.goto("/bao-cao"); await shot(page, "04-ha-calendar");
  await page.goto(`/bao-cao/${key}`); await shot(page, "05-ha-matrix");
  await page.getByRole("row", { name: /Sở Tài chính/ }).getByRole("link", { name: "Xem báo cáo" }).click();
  await page.getByRole("button", { name: "Trả lại" }).click();
  await page.getByTestId("report-review-form-message").getByRole("alert").waitFor();
  await shot(page, "06-ha-return-without-reason");
  await page.getByLabel("Lý do trả lại").fill("Bổ sung số liệu công khai quý III.");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await page.waitForTimeout(1500); await page.reload();
  await shot(page, "07-ha-returned");
  await page.goto(`/bao-cao/${key}/sua`); await shot(page, "08-ha-period-edit");
  await page.getByLabel("Hạn nộp báo cáo").fill("01/01/2020");
  await page.getByRole("button", { name: "Lưu kỳ báo cáo" }).click();
  await page.getByTestId("period-form-message").getByRole("alert").waitFor();
  await shot(page, "09-ha-period-bad-deadline");
});
await as("taichinh@demo.par.vn", async (page) => {
  await page.goto(`/bao-cao`);
  await page.locator(`tr[data-period="${key}"]`).getByRole("link", { name: "Báo cáo của đơn vị" }).click();
  await shot(page, "10-head-returned-view");
  await page.getByLabel("Kết quả đạt được").fill("Đã công khai dự toán, quyết toán ngân sách đúng hạn; bổ sung số liệu quý III: 12 báo cáo công khai.");
  await page.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await page.waitForTimeout(1500);
});
await as("lanhdao@demo.par.vn", async (page) => {
  await page.goto(`/bao-cao/${key}`); await shot(page, "11-leader-matrix");
  await page.goto(`/bao-cao/kho-khan`); await shot(page, "12-leader-difficulties");
  await page.goto(`/bao-cao`); await shot(page, "13-leader-calendar");
});
await browser.close();
