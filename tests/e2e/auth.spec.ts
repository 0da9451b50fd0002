import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectForbidden, signIn } from "./helpers";

test("a wrong password gets a clear Vietnamese message and keeps the email typed", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(ACCOUNTS.leader);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText(/Email hoặc mật khẩu không đúng/);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(ACCOUNTS.leader);
  await expect(page).toHaveURL(/dang-nhap/);
});

test("an empty email asks for an email, next to the field, and sends nothing", async ({ page }) => {
  await page.goto("/dang-nhap");
  let sent = false;
  page.on("request", (r) => {
    if (r.url().includes("/api/auth/callback/credentials")) sent = true;
  });
  await page.getByLabel("Mật khẩu", { exact: true }).fill("ChiSoCCHC@2021");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const email = page.getByLabel("Email", { exact: true });
  await expect(email).toHaveAccessibleDescription("Vui lòng nhập email.");
  await expect(email).toBeFocused();
  await expect(page.getByTestId("sign-in-error")).toHaveText("");
  expect(sent).toBe(false);
});

test("the leader cannot open the plan upload page, and signing out ends the session", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await expectForbidden(page, "/ke-hoach/nhap");
  await page.goto("/ke-hoach");
  await expect(page.getByRole("link", { name: "Nhập / cập nhật kế hoạch" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
  await page.goto("/ke-hoach");
  await expect(page).toHaveURL(/dang-nhap/);
});

test("Sở Nội vụ checks a plan file before importing it", async ({ page }) => {
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/ke-hoach/nhap");
  await page.setInputFiles("#file", "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt");
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByTestId("upload-preview")).toContainText(
    "37 tiêu chí, 21 giải pháp; điểm bị mất 16,07, điểm còn lại 83,93",
  );
  await expect(page.getByTestId("upload-preview")).toContainText("3.4.1, 3.4.2, 3.4.3");
});

test("every page is sent with the baseline security headers", async ({ request }) => {
  const response = await request.get("/dang-nhap");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
