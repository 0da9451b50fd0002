// The yearly loop, as far as it is built: the national administrator imports the 2021 framework (TEST DATA
// from tests/fixtures/bo-chi-so-thu-2021.csv, clearly marked: no official 2021 framework is in the sources);
// Sở Nội vụ opens the 2021 self-assessment; Sở Tài chính scores its criteria with a file and submits;
// Sở Nội vụ appraises; the live totals follow; the published result is compared; a 2022 plan is drafted from it.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, signIn } from "./helpers";

const FRAMEWORK = "tests/fixtures/bo-chi-so-thu-2021.csv";
const EVIDENCE = "tests/fixtures/bao-cao-kiem-chung.pdf";

test.describe.configure({ mode: "serial" });

test("the national administrator imports the 2021 framework; a bad file is refused line by line", async ({ page }) => {
  await signIn(page, "bonoivu@demo.par.vn");
  await expect(page).toHaveURL(/\/bo-chi-so$/);
  await page.getByLabel("Năm đánh giá").fill("2021");
  await page.getByLabel("Tệp bộ chỉ số (.csv, .xlsx)").setInputFiles({
    name: "sai.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Mã;Tiêu chí;Điểm tối đa\n1;Thử;10\n1.1;Thử con;abc\n1.2;Thử con 2;3\n1.2;Lặp;3\n"),
  });
  await page.getByRole("button", { name: "Nhập bộ chỉ số" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Bộ chỉ số có lỗi, chưa ghi gì" });
  await expect(refusal).toContainText("Dòng 3: điểm tối đa của tiêu chí «1.1» là «abc», không phải là số.");
  await expect(refusal).toContainText("Dòng 5: mã «1.2» trùng với dòng 4");
  await screenshot(page, "bo-chi-so-loi");
  await page.getByLabel("Quyết định ban hành (tuỳ chọn)").fill("Dữ liệu thử");
  await page.getByLabel("Tệp bộ chỉ số (.csv, .xlsx)").setInputFiles(FRAMEWORK);
  await page.getByRole("button", { name: "Nhập bộ chỉ số" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo Bộ Chỉ số CCHC năm 2021: 7 tiêu chí.");
  await page.goto("/bo-chi-so/2021");
  await expect(page.getByRole("heading", { name: "Bộ Chỉ số CCHC cấp tỉnh năm 2021" })).toBeVisible();
  await screenshot(page, "bo-chi-so-2021-sua");
  await page.goto("/bo-chi-so");
  await screenshot(page, "bo-chi-so");
});

test("Sở Nội vụ sees the national framework and its own partial 2020 list, and cannot import", async ({ page }) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/bo-chi-so");
  await expect(page.getByRole("row", { name: /2021 Bộ Chỉ số CCHC cấp tỉnh năm 2021/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /2020 .*Danh sách riêng của tỉnh, chưa đầy đủ/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhập bộ chỉ số" })).toHaveCount(0);
  await page.goto("/bo-chi-so/2021");
  await expect(page.getByRole("cell", { name: "Điều tra XHH" }).first()).toBeVisible();
  await expectNoSeriousAxeIssues(page);
});

test("Sở Nội vụ opens 2021, Sở Tài chính scores with a file, Sở Nội vụ appraises", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, ACCOUNTS.homeAffairs);
  await admin.goto("/tu-danh-gia");
  await admin.getByLabel("Năm đánh giá").fill("2021");
  await admin.getByRole("button", { name: "Mở kỳ tự đánh giá" }).click();
  await expect(admin).toHaveURL(/\/tu-danh-gia\/2021$/);
  // Self-scored leaves only (field 9 is survey-scored), proposed from plan 6006's lead agencies.
  await expect(admin.getByRole("article")).toHaveCount(3);
  await expect(admin.getByRole("article", { name: "Tiêu chí 6.1.1" })).toContainText("Sở Kế hoạch và Đầu tư");
  await expect(admin.getByRole("article", { name: "Tiêu chí 6.1.2" })).toContainText("Sở Tài chính");
  await screenshot(admin, "tu-danh-gia-mo");

  const finance = await browser.newPage();
  await signIn(finance, ACCOUNTS.finance);
  await finance.goto("/tu-danh-gia/2021");
  await expect(finance.getByRole("article")).toHaveCount(2); // 6.1.2 and 6.1.3: its own criteria only
  const first = finance.getByRole("article", { name: "Tiêu chí 6.1.2" });
  await first.getByLabel("Điểm đề xuất").fill("0,75");
  await first.getByLabel("Giải trình").fill("Đã công khai dự toán đúng hạn");
  await first.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(first.getByRole("note")).toContainText("chưa có tài liệu kiểm chứng");
  await first.getByLabel("Tài liệu kiểm chứng (tệp)").setInputFiles(EVIDENCE);
  await first.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await expect(first).toContainText("Đã gửi");
  await expect(first.getByRole("link", { name: "bao-cao-kiem-chung.pdf" })).toBeVisible();
  await expect(first.getByRole("note")).toHaveCount(0);
  const second = finance.getByRole("article", { name: "Tiêu chí 6.1.3" });
  await second.getByLabel("Điểm đề xuất").fill("1");
  await second.getByRole("button", { name: "Lưu và gửi Sở Nội vụ" }).click();
  await expect(second).toContainText("Đã gửi");
  await expect(second.getByRole("note")).toContainText("chưa có tài liệu kiểm chứng"); // flagged for Sở Nội vụ
  await screenshot(finance, "tu-danh-gia-so-tai-chinh");
  await expectNoSeriousAxeIssues(finance);

  await admin.reload();
  const appraise = admin.getByRole("article", { name: "Tiêu chí 6.1.2" });
  await appraise.getByLabel("Điểm thẩm định").fill("0,5");
  await appraise.getByLabel("Ý kiến").fill("Thiếu biên bản công khai quý IV");
  await appraise.getByRole("button", { name: "Chấp nhận" }).click();
  await expect(appraise).toContainText("Đã thẩm định");
  await expect(admin.getByText("Tổng điểm thẩm định")).toBeVisible();
  await expect(admin.locator("div", { hasText: /^Tổng điểm thẩm định/ }).first()).toContainText("0,50");
  await expect(admin.locator("div", { hasText: /^Tổng điểm tự chấm \(đề xuất\)/ }).first()).toContainText("1,75");
  await screenshot(admin, "tu-danh-gia-tham-dinh");
  await admin.close();
  await finance.close();
});

test("the published 2021 result (TEST DATA, entered as % of the maximum) is compared with the self-assessment", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/tu-danh-gia/2021");
  await page.getByRole("link", { name: "Nhập kết quả công bố" }).click();
  await expect(page.getByText("Thứ hạng (trên 63 tỉnh, thành phố)")).toBeVisible();
  await page.getByLabel("Tổng điểm công bố").fill("4,25");
  await page.getByLabel("% điểm tối đa").check();
  // Test data: 6.1.1 50 %, 6.1.2 25 %, 6.1.3 100 %, 9.1 100 % of their maxima.
  for (const [code, pct] of [
    ["6.1.1", "50"],
    ["6.1.2", "25"],
    ["6.1.3", "100"],
    ["9.1", "100"],
  ] as const) {
    await page.getByLabel(`Kết quả tiêu chí ${code}`).fill(pct);
  }
  await page.getByRole("button", { name: "Lưu kết quả công bố" }).click();
  await expect(page).toHaveURL(/\/tu-danh-gia\/2021\/so-sanh$/);
  const row = page
    .getByRole("table")
    .first()
    .getByRole("row", { name: /^6\.1\.2 / });
  // Self-scored 0,75, appraised 0,50, published 0,25: over-estimated by 0,25.
  await expect(row).toContainText("0,75");
  await expect(row).toContainText("0,25");
  await expect(row).toContainText("Tự đánh giá cao hơn");
  // Plan 6006 remediated 6.1.2, which lost 1 point in 2020 (as published); under the 2021 test data it
  // loses 0,75: 0,25 won back (same code, the default mapping).
  const remediated = page
    .getByRole("table")
    .nth(1)
    .getByRole("row", { name: /^6\.1\.2 / });
  await expect(remediated.getByRole("cell")).toHaveText([/^6\.1\.2$/, /./, "1,00", "0,75", "0,25"]);
  await screenshot(page, "so-sanh-2021");
  await expectNoSeriousAxeIssues(page);
});

test("a 2022 plan is drafted from the published 2021 result (TEST DATA) and published: tasks fan out", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/tu-danh-gia/2021/so-sanh");
  await page.getByRole("link", { name: "Lập kế hoạch khắc phục từ kết quả năm 2021" }).click();
  await page.getByRole("button", { name: "Lập kế hoạch khắc phục" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo kế hoạch khắc phục — từ kết quả năm 2021");
  // Under the test data 6.1.1 and 6.1.2 lost points; plan 6006's measures for them are still open: carried over.
  const appendix = page.getByRole("table");
  await expect(appendix.getByRole("row", { name: /^6\.1\.2 / })).toContainText("0,75");
  await expect(appendix).toContainText("Thực hiện đảm bảo đúng quy định đạt 100%");
  await expect(appendix.getByText("chuyển tiếp từ 6006/KH-UBND").first()).toBeVisible();
  await expect(appendix.getByRole("row", { name: /^6\.1\.3 / })).toHaveCount(0); // lost nothing
  const head = page.getByRole("form", { name: "Thông tin kế hoạch" });
  await head.getByLabel("Số hiệu").fill("15/KH-UBND");
  await head.getByLabel("Ngày ban hành").fill("2022-03-01");
  await head.getByRole("button", { name: "Lưu thông tin" }).click();
  await expect(head).toContainText("Đã lưu thông tin kế hoạch.");
  const add = page.getByRole("form", { name: "Thêm giải pháp" });
  await add.getByLabel("Tiêu chí").selectOption("6.1.2");
  await add.getByLabel("Nội dung giải pháp").fill("Công khai quyết toán ngân sách hằng quý trên cổng thông tin");
  await add.getByLabel("Cơ quan chủ trì").selectOption({ label: "Sở Tài chính" });
  await add.getByLabel("Thời gian thực hiện").fill("Trong năm 2022");
  await add.getByRole("button", { name: "Thêm giải pháp" }).click();
  await expect(add).toContainText("Đã thêm giải pháp.");
  await expect(appendix).toContainText("Công khai quyết toán ngân sách hằng quý trên cổng thông tin");
  await screenshot(page, "ke-hoach-tu-ket-qua-du-thao");
  await expectNoSeriousAxeIssues(page);
  await page.getByRole("button", { name: "Ban hành kế hoạch" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Đã ban hành kế hoạch số 15/KH-UBND ngày 01/03/2022" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Thêm giải pháp" })).toHaveCount(0);
  await screenshot(page, "ke-hoach-tu-ket-qua-ban-hanh");
});
