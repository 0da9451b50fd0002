import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";

export const ACCOUNTS = {
  homeAffairs: "sonoivu@demo.par.vn",
  leader: "lanhdao@demo.par.vn",
  finance: "taichinh@demo.par.vn",
  financeStaff: "canbo.taichinh@demo.par.vn",
  ducTrong: "ductrong@demo.par.vn",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
