// The bell and the notifications page: the unread count, opening a notification marks it read, email opt-out.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, signIn, withDb } from "./helpers";

test("a reminder shows on the bell, opens its task and is then read; email can be turned off", async ({ page }) => {
  const { userId, taskId } = await withDb(async (c) => {
    const user = (await c.query(`SELECT id, "provinceId" FROM "User" WHERE email = $1`, [ACCOUNTS.financeStaff]))
      .rows[0];
    const task = (
      await c.query(
        `SELECT t.id FROM "Task" t JOIN "Agency" a ON a.id = t."agencyId" WHERE a.name = 'Sở Tài chính' LIMIT 1`,
      )
    ).rows[0];
    await c.query(`DELETE FROM "Notification" WHERE "userId" = $1`, [user.id]);
    await c.query(
      `INSERT INTO "Notification" (id, "provinceId", "userId", kind, title, body, href, "dedupeKey") VALUES
       ('e2e-n1', $1, $2, 'task.due3', 'Còn 3 ngày đến hạn: Công khai ngân sách', 'Nhiệm vụ “Công khai ngân sách” đến hạn ngày 31/12/2026 (còn 3 ngày).', $3, 'e2e-n1'),
       ('e2e-n2', $1, $2, 'task.returned', 'Sở Nội vụ trả lại nhiệm vụ: Số hoá hồ sơ', 'Lý do: thiếu tài liệu kiểm chứng.', $3, 'e2e-n2')`,
      [user.provinceId, user.id, `/nhiem-vu/${task.id}`],
    );
    return { userId: user.id as string, taskId: task.id as string };
  });
  try {
    await signIn(page, ACCOUNTS.financeStaff);
    const bell = page.getByTestId("notification-bell");
    await expect(bell).toHaveAccessibleName("Thông báo: 2 chưa đọc");
    await bell.click();
    await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
    await expect(page.getByText("Còn 3 ngày đến hạn: Công khai ngân sách")).toBeVisible();
    await expectNoSeriousAxeIssues(page);
    await screenshot(page, "notifications");

    await page
      .getByRole("listitem")
      .filter({ hasText: "Còn 3 ngày đến hạn" })
      .getByRole("button", { name: "Xem" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/nhiem-vu/${taskId}$`));
    await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Thông báo: 1 chưa đọc");

    await page.goto("/thong-bao");
    await page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã đánh dấu đã đọc.");
    await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Thông báo: không có thông báo mới");

    await page.getByRole("checkbox", { name: "Nhận thông báo qua email" }).uncheck();
    await page.getByRole("button", { name: "Lưu lựa chọn" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã tắt thông báo qua email.");
    const optedIn = await withDb(
      async (c) =>
        (await c.query(`SELECT "emailNotifications" FROM "User" WHERE id = $1`, [userId])).rows[0].emailNotifications,
    );
    expect(optedIn).toBe(false);
  } finally {
    await withDb(async (c) => {
      await c.query(`DELETE FROM "Notification" WHERE "userId" = $1`, [userId]);
      await c.query(`UPDATE "User" SET "emailNotifications" = true WHERE id = $1`, [userId]);
    });
  }
});
