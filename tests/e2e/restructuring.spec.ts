// Sở Nội vụ previews (dry run) and applies the March 2025 department mergers from the sample file, looks at Sở Tài
// chính's board and the dashboard's agency chart before and after, then undoes them (newest first) so the seed
// is as it was for the other specs. After the mergers, history names Sở Kế hoạch và Đầu tư as it was, with a link
// "→ Sở Tài chính" (task history, audit log, /tien-do, the dashboard's agency table), its copies of duties Sở Tài
// chính already held are closed as "không còn áp dụng", and "Gộp theo cơ cấu hiện tại" adds its figures into Sở
// Tài chính's. The arranged rows (an accepted measure, a planning officer's note) are put back at the end.
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

const NOTE_USER = "e2e-khdt-user";
const NOTE = "e2e-khdt-note";

/** One accepted measure of the planning department (its past points) and a note its officer wrote in 2024. */
async function arrangeHistory(planning: string, finance: string) {
  return withDb(async (c) => {
    const own = await c.query(
      `select t.id, t."planId" from "Task" t where t."agencyId" = $1 and not exists (select 1 from "Task" f
         where f."agencyId" = $2 and f."planId" = t."planId" and f."sourceRef" = t."sourceRef") order by t."sourceRef" limit 1`,
      [planning, finance],
    );
    const moving = own.rows[0].id as string;
    // in a field with few lead agencies, so that the dashboard filtered to it lists every agency (its agency
    // table shows the first 15 and folds the rest into one line)
    const done = await c.query(
      `select t.id, split_part(c.code, '.', 1) as field from "Task" t join "Criterion" c on c.id = t."criterionId"
       where t."agencyId" = $1 and t."measureId" is not null and t.id <> $2
         and (select count(distinct x."agencyId") from "Task" x join "Criterion" xc on xc.id = x."criterionId"
              where x."planId" = t."planId" and split_part(xc.code, '.', 1) = split_part(c.code, '.', 1)) <= 14
       order by t."sourceRef" limit 1`,
      [planning, moving],
    );
    const accepted = done.rows[0].id as string;
    const field = done.rows[0].field as string;
    await c.query(`update "Task" set status = 'ACCEPTED', progress = 100 where id = $1`, [accepted]);
    await c.query(
      `insert into "User" (id, "provinceId", "agencyId", email, name, role, "passwordHash", "updatedAt")
       select $1, "provinceId", id, 'e2e.khdt@test.par.vn', 'Cán bộ Sở Kế hoạch và Đầu tư', 'AGENCY_STAFF', 'x', now()
       from "Agency" where id = $2`,
      [NOTE_USER, planning],
    );
    await c.query(
      `insert into "TaskUpdate" (id, "taskId", "userId", note, "createdAt") values ($1, $2, $3, 'Đã họp triển khai', '2024-05-02T03:00:00Z')`,
      [NOTE, moving, NOTE_USER],
    );
    return { moving, accepted, field };
  });
}

async function putBack(accepted: string) {
  await withDb(async (c) => {
    await c.query(`delete from "TaskUpdate" where id = $1`, [NOTE]);
    await c.query(`delete from "User" where id = $1`, [NOTE_USER]);
    await c.query(`update "Task" set status = 'NOT_STARTED', progress = 0 where id = $1`, [accepted]);
  });
}

let arrangedAccepted: string | null = null;
test.afterAll(async () => {
  if (arrangedAccepted) await putBack(arrangedAccepted);
});

async function agencyRows(page: Page, query = "", total = "16,07") {
  await page.goto(`/bang-dieu-khien${query}`);
  for (const summary of await page.locator("details.dashboard-table > summary").all()) await summary.click();
  const table = page.getByTestId("agency-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tfoot")).toContainText(total);
  return table.locator("tbody tr");
}

test("Sở Nội vụ applies the March 2025 mergers from a file and the board and dashboard follow", async ({ page }) => {
  test.setTimeout(240_000);
  const finance = await agencyId("Sở Tài chính");
  const planning = await agencyId("Sở Kế hoạch và Đầu tư");
  const arranged = await arrangeHistory(planning, finance);
  arrangedAccepted = arranged.accepted;
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
  // 13 of its 14 open tasks (one is arranged accepted) are copies of duties Sở Tài chính already holds (both in "Các Sở, ban, ngành")
  await expect(page.getByTestId("restructure-counts")).toContainText("1 nhiệm vụ đang mở", { timeout: 30_000 });
  await expect(page.getByTestId("restructure-counts")).toContainText("13 nhiệm vụ trùng với nhiệm vụ của cơ quan nhận");
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

  // Sở Tài chính's board, its accepted column: the planning department's accepted measure stays apart by default;
  // "Gộp theo cơ cấu hiện tại" adds it, labelled with the planning department's name, and the board's links keep it
  const plan = await withDb(
    async (c) => (await c.query(`select "planId" from "Task" where id = $1`, [arranged.accepted])).rows[0].planId,
  );
  await page.goto(`/co-quan/${finance}?plan=${plan}&view=list&status=ACCEPTED`);
  await expect(page.getByTestId("merge-toggle")).toContainText("Sở Kế hoạch và Đầu tư");
  const acceptedRow = page.locator(`[data-testid="task-row"][data-task-id="${arranged.accepted}"]`);
  await expect(acceptedRow).toHaveCount(0);
  await page.getByTestId("merge-toggle-link").click();
  await expect(page).toHaveURL(/gop=1/, { timeout: 30_000 });
  await expect(acceptedRow.getByTestId("card-former-agency")).toHaveText("Của Sở Kế hoạch và Đầu tư (trước sắp xếp)");
  await expect(page.getByRole("link", { name: "← Về các cột" })).toHaveAttribute("href", /gop=1/);
  await screenshot(page, "restructuring-finance-board-gop");

  // by default the planning department keeps its line (its accepted measure) with a link to Sở Tài chính, seen in
  // the field of that measure (the whole province's table folds its smaller lines)
  rows = await agencyRows(page, `?linh-vuc=${arranged.field}`, "");
  const old = rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" });
  await expect(old).toHaveCount(1);
  await expect(old.getByTestId("successor-link")).toHaveText("→ nay là Sở Tài chính");
  await expect(page.getByTestId("merge-toggle")).toContainText("Mỗi cơ quan trước sắp xếp một dòng riêng");
  await page
    .getByTestId("agency-table")
    .screenshot({ path: "test-results/screens/restructuring-agency-table-field.png" });
  rows = await agencyRows(page);
  await expect(rows.filter({ hasText: "Sở Nông nghiệp và Môi trường" })).toHaveCount(1);
  await screenshot(page, "restructuring-dashboard-after");
  await page.getByTestId("agency-table").screenshot({ path: "test-results/screens/restructuring-agency-table.png" });
  // "Gộp theo cơ cấu hiện tại": its figures are added into Sở Tài chính's line
  await page.getByTestId("merge-toggle-link").click();
  await expect(page).toHaveURL(/gop=1/, { timeout: 30_000 });
  rows = await agencyRows(page, "?gop=1");
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" })).toHaveCount(1); // only as "gồm cả …"
  await expect(rows.filter({ hasText: "gồm cả Sở Kế hoạch và Đầu tư" })).toContainText("Sở Tài chính");
  await screenshot(page, "restructuring-dashboard-gop");
  await page
    .getByTestId("agency-table")
    .screenshot({ path: "test-results/screens/restructuring-agency-table-gop.png" });

  // /tien-do: the same, for task counts
  await page.goto("/tien-do");
  const overview = page.getByTestId("overview-table");
  const oldRow = overview.locator(`tr[data-agency="Sở Kế hoạch và Đầu tư"]`);
  await expect(oldRow.getByTestId("successor-link")).toContainText("Sở Tài chính");
  await screenshot(page, "restructuring-overview");
  await page.getByTestId("merge-toggle-link").click();
  await expect(page).toHaveURL(/gop=1/, { timeout: 30_000 });
  await expect(overview.locator(`tr[data-agency="Sở Kế hoạch và Đầu tư"]`)).toHaveCount(0);
  await expect(overview.locator(`tr[data-agency="Sở Tài chính"]`).getByTestId("merged-from")).toContainText(
    "Sở Kế hoạch và Đầu tư",
  );
  await screenshot(page, "restructuring-overview-gop");

  // the task's history: the officer's agency as it was when they wrote, linked to its successor
  await page.goto(`/nhiem-vu/${arranged.moving}`);
  const entry = page.getByTestId("history-agency").first();
  await expect(entry).toContainText("Sở Kế hoạch và Đầu tư");
  await expect(entry.getByTestId("successor-link")).toContainText("Sở Tài chính");
  await screenshot(page, "restructuring-task-history");

  // the audit log of the planning department: its end and the closed copies, under its name then, linked
  await page.goto(`/nhat-ky/co-quan/${planning}`);
  await expect(
    page.getByTestId("audit-entry").filter({ hasText: "Cơ quan kết thúc hoạt động" }).getByTestId("successor-link"),
  ).toContainText("Sở Tài chính");
  const folds = page.getByTestId("audit-entry").filter({ hasText: "Đóng nhiệm vụ trùng sau sắp xếp cơ quan" });
  await expect(folds).toHaveCount(13);
  await expect(folds.first().getByTestId("audit-agency")).toContainText("Sở Kế hoạch và Đầu tư → nay là Sở Tài chính");
  await screenshot(page, "restructuring-audit");

  // undo, newest first: the seed is back as it was
  await page.goto("/quan-tri/co-cau");
  for (let left = 5; left > 0; left--) {
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await expect(page.getByText("Đã hoàn tác lúc")).toHaveCount(6 - left, { timeout: 30_000 });
  }
  rows = await agencyRows(page);
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Sở Kế hoạch và Đầu tư" }).getByTestId("successor-link")).toHaveCount(0);
});
