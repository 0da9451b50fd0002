// The leadership dashboard in Chromium against the seeded Lâm Đồng plan: the rendered numbers (not only that
// charts exist), bar links, filters, the criterion page, print media and an axe-core check.
// Task statuses are set for this spec (and put back afterwards) so that progress and projection are known.
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, expectForbidden, expectNoSeriousAxeIssues, screenshot, signIn, withDb } from "./helpers";

const PLAN = "6006/KH-UBND";
type Saved = { id: string; status: string; dueOn: string | null; recurrence: string; progress: number };
let saved: Saved[] = [];
/** Other provinces' published 2020 totals (none after the seed alone; other tests may have added some). */
let peers: number[] = [];

// Tasks are made one-off (recurrence NONE) so that a due date in the past means overdue (a yearly task is judged
// against its current cycle). Sở Tài chính: 6.1.2 accepted, 6.1.3 submitted, 6.3.3 in progress but overdue; 6.1.1 accepted by Sở Tài chính,
// returned to Sở KH&ĐT. Every other measure task: not started, due far ahead.
const STATES: [string, string, string, string][] = [
  ["6.1.2", "Sở Tài chính", "ACCEPTED", "2099-12-31"],
  ["6.1.3", "Sở Tài chính", "SUBMITTED", "2099-12-31"],
  ["6.3.3", "Sở Tài chính", "IN_PROGRESS", "2021-12-31"],
  ["6.1.1", "Sở Tài chính", "ACCEPTED", "2099-12-31"],
  ["6.1.1", "Sở Kế hoạch và Đầu tư", "RETURNED", "2099-12-31"],
];

test.beforeAll(async () => {
  await withDb(async (c) => {
    const tasks = `select t.id from "Task" t join "Plan" p on p.id = t."planId" where p.number = $1 and t."measureId" is not null`;
    peers = (
      await c.query(
        `select a."totalScore"::float as s from "Assessment" a join "Province" p on p.id = a."provinceId" where a.year = 2020 and p.code <> 'lam-dong'`,
      )
    ).rows.map((r) => r.s);
    saved = (
      await c.query(
        `select id, status::text, to_char("dueOn", 'YYYY-MM-DD') as "dueOn", recurrence::text, progress from "Task" where id in (${tasks})`,
        [PLAN],
      )
    ).rows;
    await c.query(
      `update "Task" set status = 'NOT_STARTED', "dueOn" = '2099-12-31', recurrence = 'NONE', progress = 0 where id in (${tasks})`,
      [PLAN],
    );
    for (const [code, agency, status, due] of STATES) {
      await c.query(
        `update "Task" t set status = $3::"TaskStatus", "dueOn" = $4::date from "Measure" m, "Criterion" c, "Agency" a, "Plan" p
         where m.id = t."measureId" and c.id = m."criterionId" and a.id = t."agencyId" and p.id = t."planId"
           and p.number = $5 and c.code = $1 and a.name = $2`,
        [code, agency, status, due, PLAN],
      );
    }
  });
});

test.afterAll(async () => {
  await withDb(async (c) => {
    for (const t of saved) {
      await c.query(
        `update "Task" set status = $2::"TaskStatus", "dueOn" = $3::date, recurrence = $4::"Recurrence", progress = $5 where id = $1`,
        [t.id, t.status, t.dueOn, t.recurrence, t.progress],
      );
    }
  });
});

const card = (page: Page, id: string) => page.getByTestId(`card-${id}`);

/** Scrolls every chart's box into view: the charts load and draw when they come near the screen. */
async function drawCharts(page: Page) {
  for (const box of await page.locator(".dashboard-chart").all()) await box.scrollIntoViewIfNeeded();
  await expect(page.locator(".dashboard-chart .recharts-wrapper")).toHaveCount(6);
}

async function openTables(page: Page) {
  for (const summary of await page.locator("details.dashboard-table > summary").all()) await summary.click();
}

test("the leader lands on the dashboard and reads where the 16,07 points were lost", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/");
  await expect(page).toHaveURL(/\/bang-dieu-khien/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bảng điều khiển Chỉ số CCHC — tỉnh Lâm Đồng");
  await expect(page.getByTestId("published-score")).toHaveText("83,93/100");
  await expect(page.getByTestId("published-rank")).toHaveText("32/63");
  await expect(page.getByTestId("headline")).toContainText("Năm 2019: 40/63 → tăng 8 hạng");
  await expect(page.getByTestId("lost-total")).toHaveText("16,07");
  await expect(page.getByTestId("accepted-points")).toHaveText("1,145/16,07");
  await expect(page.getByTestId("fields-summary")).toHaveText(
    "Tổng điểm 83,93/100, bị mất 16,07 điểm; năm 2019: 80,66 điểm, hạng 40/63 → năm 2020: 83,93 điểm, hạng 32/63.",
  );
  await expect(page.getByTestId("pareto-summary")).toContainText(
    "Riêng 9.2 Lãnh đạo các cấp đã chiếm 5,94/16,07 điểm bị mất (37,0 %)",
  );
  await expect(page.getByTestId("stand-in-note")).toContainText(
    "cộng lại 0,064 điểm, không khớp với 0,05 điểm của mục 3.4",
  );
  // Below the fold the charts wait for the reader (they are most of the page's JavaScript), the tables do not.
  await expect(page.locator('[data-chart-state="waiting"]').first()).toBeAttached();
  await drawCharts(page);

  await openTables(page);
  const fields = page.getByTestId("field-score-table").locator("tbody tr");
  await expect(fields).toHaveCount(8);
  await expect(fields.first()).toHaveText(/9\. Kết quả điều tra xã hội học\s*33,50\s*26,19\s*7,31/);
  await expect(page.getByTestId("field-table-lost")).toHaveText("16,07");
  const pareto = page.getByTestId("pareto-table").locator("tbody tr");
  // the first 15 of the 19 items, then the other 4 folded into one exact line that reaches 16,07 and 100 %
  await expect(pareto).toHaveCount(16);
  await expect(pareto.nth(0)).toHaveText(/^1\s*9\.2\. Lãnh đạo các cấp\s*5,94\s*37,0 %\s*5,94\s*37,0 %$/);
  await expect(pareto.nth(7)).toHaveText(/8\.6\..*13,31\s*82,8 %$/);
  await expect(page.getByTestId("pareto-rest")).toHaveText(/^… 4 mục khác\s*[\d,]+\s*[\d,]+ %\s*16,07\s*100,0 %$/);

  const agencies = page.getByTestId("agency-table").locator("tbody tr");
  await expect(agencies.first()).toHaveText(/^Sở Tài chính\s*3,654\s*17\s*17\s*2\s*1\s*13\s*1$/);
  await expect(page.getByTestId("agency-table").locator("tfoot")).toContainText("16,07");
  await expect(page.getByTestId("rounding-note")).toContainText("16,066");

  const finance = page.getByTestId("progress-table").locator("tbody tr", { hasText: "CẢI CÁCH TÀI CHÍNH CÔNG" });
  await expect(finance).toHaveText(/3,42\s*1,145\s*0,275\s*1,00\s*1,00$/);
  await expect(page.getByTestId("progress-table").locator("tfoot")).toHaveText(
    /Tổng\s*16,07\s*1,145\s*0,275\s*13,65\s*1,00/,
  );

  await expect(page.getByTestId("projected-score")).toHaveText("≈ 85,205 (+1,275)");
  // 6.3.3 is "đang thực hiện" at 0 %: it adds nothing; the three rules are shown side by side
  await expect(page.getByTestId("scenario-accepted")).toContainText("≈ 85,075 (+1,145)");
  await expect(page.getByTestId("scenario-submitted")).toContainText("≈ 85,205 (+1,275)");
  await expect(page.getByTestId("scenario-progress")).toContainText("≈ 85,205 (+1,275)");
  if (peers.length === 0) {
    await expect(page.getByTestId("projection-rank-text")).toHaveText(
      "Không dự báo được xếp hạng vì chưa nhập điểm công bố năm 2020 của tỉnh nào khác.",
    );
    await expect(page.getByTestId("projected-rank")).toHaveText("Không xác định");
  } else {
    const rank = 1 + peers.filter((s) => s > 85.205).length;
    await expect(page.getByTestId("projected-rank")).toHaveText(`≈ ${rank}/${peers.length + 1}`);
  }
  await expect(page.getByTestId("year-table").locator("tbody tr")).toHaveCount(2);
  await screenshot(page, "dashboard");
});

test("a chart in view keeps its box while its code loads, so the charts below it still wait for the reader", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await signIn(page, ACCOUNTS.leader);
  // Recharts' chunk is held until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("recharts")) {
      asked = true;
      await held;
    }
    await route.fulfill({ response, body });
  });
  await page.goto("/bang-dieu-khien");
  await expect.poll(() => asked).toBe(true);
  const boxes = page.locator(".dashboard-chart > [data-chart-state]");
  // Drawn before its code came, the first box emptied: the next chart rose into view and was drawn in the same long
  // task as the first.
  await expect(boxes.nth(0)).toHaveAttribute("data-chart-state", "waiting");
  await expect(boxes.nth(1)).toHaveAttribute("data-chart-state", "waiting");
  release();
  await expect(boxes.nth(0).locator(".recharts-wrapper")).toBeVisible();
  await expect(boxes.nth(1)).toHaveAttribute("data-chart-state", "waiting");
  await expect(page.locator(".dashboard-chart .recharts-wrapper")).toHaveCount(1);
});

test("hovering a bar shows its exact value; clicking it opens the criterion", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/bang-dieu-khien");
  await card(page, "pareto").locator(".dashboard-chart").scrollIntoViewIfNeeded();
  const firstBar = card(page, "pareto").locator(".recharts-bar-rectangle").first();
  // near the bar's foot: the cumulative-share line crosses its upper part
  const box = await firstBar.boundingBox();
  const foot = { x: (box?.width ?? 20) / 2, y: (box?.height ?? 20) - 6 };
  await firstBar.hover({ position: foot, force: true });
  await expect(card(page, "pareto").locator(".recharts-tooltip-wrapper")).toContainText("9.2. Lãnh đạo các cấp");
  await expect(card(page, "pareto").locator(".recharts-tooltip-wrapper")).toContainText("5,94 điểm");
  await firstBar.click({ position: foot, force: true });
  await expect(page).toHaveURL(/\/tieu-chi\/9\.2\?ke-hoach=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("9.2. Lãnh đạo các cấp");
  await expect(page.getByTestId("criterion-lost")).toHaveText("5,94");

  await page.goto("/bang-dieu-khien");
  await card(page, "diem-linh-vuc").locator(".dashboard-chart").scrollIntoViewIfNeeded();
  await card(page, "diem-linh-vuc").locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/tieu-chi\/9\?ke-hoach=/);
});

test("filtering by field narrows the Pareto, agencies and progress", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/bang-dieu-khien");
  await page.getByRole("combobox", { name: "Lĩnh vực" }).selectOption("6");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/linh-vuc=6/);
  await expect(page.getByTestId("pareto-summary")).toContainText(
    "Riêng 6.1.2 Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN đã chiếm 1,00/3,42 điểm",
  );
  await expect(page.getByTestId("agency-summary")).toContainText(
    "Sở Tài chính phụ trách nhiều điểm nhất: 3,275/3,42 điểm",
  );
  await expect(page.getByTestId("projected-score")).toHaveText("≈ 85,205 (+1,275)");
});

test("the criterion page shows points, children, measures and tasks; an agency sees only its own tasks", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/tieu-chi/3.4");
  await expect(page.getByTestId("criterion-lost")).toHaveText("0,05");
  await expect(page.getByTestId("criterion-stand-in")).toContainText("cộng lại 0,064 điểm bị mất");
  await expect(page.getByTestId("children-table").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("measure")).toHaveCount(3);
  await page.goto("/tieu-chi/6.1.2");
  await expect(page.getByTestId("task-table").locator("tbody tr", { hasText: "Sở Tài chính" })).toContainText(
    "Đã xác nhận",
  );

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.ducTrong);
  await page.goto("/tieu-chi/9.1");
  const rows = page.getByTestId("task-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("UBND huyện Đức Trọng");
  await expectForbidden(page, "/bang-dieu-khien");
});

test("prints on A4 landscape with every table open, and passes axe with no serious or critical issue", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/bang-dieu-khien");
  await drawCharts(page);
  await expectNoSeriousAxeIssues(page);

  const chart = page.locator(".dashboard-chart .recharts-wrapper > svg.recharts-surface").first();
  const screenWidth = await chart.getAttribute("width");
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 1123, height: 794 });
  await expect(page.getByRole("button", { name: "In / Xuất PDF" })).toBeHidden();
  await expect(page.getByTestId("pareto-table")).toBeVisible();
  await expect(page.getByTestId("agency-table")).toBeVisible();
  await expect(page.getByText("Ủy ban nhân dân tỉnh Lâm Đồng")).toBeVisible();
  // Let the charts take the A4 width before printing (they re-measure their container).
  await expect.poll(() => chart.getAttribute("width")).not.toBe(screenWidth);
  fs.mkdirSync("test-results/screens", { recursive: true });
  const pdf = await page.pdf({
    path: "test-results/screens/dashboard.pdf",
    preferCSSPageSize: true,
    printBackground: true,
  });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // Six charts with their tables fit in a meeting-sized handout; a runaway chart height would make dozens of pages.
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(20);
  // A full-page screenshot resizes the viewport to the whole page, which the responsive charts follow: take it last.
  await screenshot(page, "dashboard-print");
});

test("on a 390 px phone every chart draws bars a reader can see, with its categories written above them", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/bang-dieu-khien");
  await drawCharts(page);
  const charts = page.locator(".dashboard-chart .recharts-wrapper");
  for (let i = 0; i < 6; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    // the charts size themselves after the first paint: poll until the bars are drawn at their final size
    const largest = (side: "width" | "height") =>
      chart
        .locator(".recharts-bar-rectangle path")
        .evaluateAll((els, s) => Math.max(0, ...els.map((e) => e.getBoundingClientRect()[s as "width"])), side);
    await expect.poll(() => largest("width"), { message: `chart ${i + 1}: the widest bar` }).toBeGreaterThanOrEqual(8);
    await expect
      .poll(() => largest("height"), { message: `chart ${i + 1}: the tallest bar` })
      .toBeGreaterThanOrEqual(4);
  }
  // Horizontal bar charts name each category above its bar instead of beside it.
  await expect(page.locator("[data-label-above]").first()).toBeVisible();
  // The Pareto keeps 30 px per code and scrolls sideways instead of overlapping its labels.
  const pareto = page.getByTestId("pareto-scroll");
  const overflow = await pareto.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  await screenshot(page, "dashboard-phone-390");
});
