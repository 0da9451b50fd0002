// The cycle picker and "Cơ quan chậm tiến độ" in Chromium against the seeded plan. Arranged for this spec (and
// put back afterwards): a yearly Sở Tài chính task gets last year's cycle, accepted; one Sở Tài chính one-off task
// is overdue. Last year's view shows the acceptance; the current view and the dashboard card show the delay.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, signIn, withDb } from "./helpers";

test.describe.configure({ timeout: 180_000 }); // several pages per test on a shared, loaded machine

const PAST = String(new Date().getFullYear() - 1);
let yearlyId = "";
let overdue: { id: string; dueOn: string | null; status: string } | null = null;
let financeId = "";

test.beforeAll(async () => {
  await withDb(async (c) => {
    financeId = (await c.query(`select id from "Agency" where name = 'Sở Tài chính'`)).rows[0].id;
    yearlyId = (
      await c.query(
        `select t.id from "Task" t where t."agencyId" = $1 and t.recurrence = 'YEARLY' and t."measureId" is not null
         order by t."sourceRef" limit 1`,
        [financeId],
      )
    ).rows[0].id;
    await c.query(
      `insert into "TaskCycle" (id, "taskId", key, "startsOn", "endsOn", "dueOn", status, progress, "updatedAt")
       values ('e2e-past-cycle', $1, $2, ($2 || '-01-01')::date, ($2 || '-12-31')::date, ($2 || '-12-31')::date,
               'ACCEPTED', 100, now())`,
      [yearlyId, PAST],
    );
    overdue = (
      await c.query(
        `select id, to_char("dueOn", 'YYYY-MM-DD') as "dueOn", status::text from "Task"
         where "agencyId" = $1 and recurrence = 'NONE' and status = 'NOT_STARTED' order by "sourceRef" limit 1`,
        [financeId],
      )
    ).rows[0];
    await c.query(`update "Task" set "dueOn" = '2025-06-30', status = 'IN_PROGRESS', progress = 20 where id = $1`, [
      overdue?.id,
    ]);
  });
});

test.afterAll(async () => {
  await withDb(async (c) => {
    await c.query(`delete from "TaskCycle" where id = 'e2e-past-cycle'`);
    if (overdue)
      await c.query(`update "Task" set "dueOn" = $2::date, status = $3::"TaskStatus", progress = 0 where id = $1`, [
        overdue.id,
        overdue.dueOn,
        overdue.status,
      ]);
  });
});

test("Sở Nội vụ sees which departments are behind and reads last year's cycle", async ({ page }) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/bang-dieu-khien");
  const behind = page.getByTestId("card-cham-tien-do");
  await expect(behind.getByTestId("behind-summary")).toHaveText(
    "1 cơ quan có nhiệm vụ quá hạn, tổng cộng 1 nhiệm vụ; chậm nhất: Sở Tài chính (1 nhiệm vụ quá hạn).",
  );
  await expect(behind.getByTestId("behind-unassigned")).toContainText("nhiệm vụ quá hạn chưa giao cơ quan chủ trì");
  await expect(behind.getByRole("link", { name: "Sở Tài chính" })).toHaveAttribute("href", `/co-quan/${financeId}`);
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "dashboard-behind");

  // On the dashboard the cycle is one more filter of the filters form.
  await page.getByRole("combobox", { name: "Chu kỳ" }).selectOption(PAST);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`chu-ky=${PAST}`));
  await expect(page.getByTestId("data-cycle")).toHaveText(` · Trạng thái nhiệm vụ của chu kỳ năm ${PAST}`);
  await expect(page.getByTestId("cycle-note")).toBeVisible();
  await expect(behind.getByTestId("behind-summary")).toContainText("Không cơ quan nào có nhiệm vụ quá hạn");
  await screenshot(page, "dashboard-past-cycle");

  await page.goto(`/tien-do?chu-ky=${PAST}`);
  await expect(page.getByTestId("tasks-total")).toHaveText("1");
  await expect(page.getByTestId("accepted-share")).toHaveText("100 %");
  await expectNoSeriousAxeIssues(page);
  await screenshot(page, "overview-past-cycle");
  await page.goto("/tien-do?chu-ky=rac");
  await expect(page.getByTestId("tasks-total")).toHaveText("505");

  await page.goto(`/duyet?chu-ky=${PAST}`);
  await expect(page.getByTestId("cycle-picker").getByLabel("Chu kỳ")).toHaveValue(PAST);
  await expect(page.getByTestId("review-empty")).toBeVisible();
  await screenshot(page, "review-past-cycle");

  await page.goto(`/co-quan/${financeId}?chu-ky=${PAST}`);
  await expect(page.getByTestId("cycle-note")).toBeVisible();
  await screenshot(page, "board-past-cycle");
});

test("the behind card on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/bang-dieu-khien");
  await expect(page.getByTestId("behind-table")).toBeVisible();
  await screenshot(page, "dashboard-behind-phone");
});
