// Sign-in against the database: password check, Vietnamese messages, throttling per account and per IP,
// deactivated users, and demo accounts refused in production unless allowed.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  demoAccountsAllowed,
  hashPassword,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  SIGN_IN_MESSAGES,
  verifyCredentials,
} from "@/lib/auth/credentials";
import { db } from "@/lib/db";

const PASSWORD = "Mật-khẩu-đúng-2021";
let provinceId: string;

async function makeUser(email: string, extra: { demo?: boolean; active?: boolean } = {}) {
  const passwordHash = await hashPassword(PASSWORD);
  return db.user.upsert({
    where: { email },
    create: { email, name: email, role: "LEADERSHIP", provinceId, passwordHash, ...extra },
    update: { passwordHash, ...extra },
  });
}

beforeAll(async () => {
  const province = await db.province.upsert({ where: { code: "auth-test" }, create: { code: "auth-test", name: "Tỉnh kiểm thử đăng nhập" }, update: {} });
  provinceId = province.id;
});

beforeEach(async () => {
  await db.loginAttempt.deleteMany({});
});

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the email's case and spaces", async () => {
    const user = await makeUser("lanh.dao@auth.test");
    const signedIn = await verifyCredentials("  Lanh.Dao@Auth.Test ", PASSWORD, "10.0.0.1");
    expect(signedIn).toMatchObject({ id: user.id, role: "LEADERSHIP", provinceId });
  });

  it("says the same Vietnamese message for a wrong password and an unknown email", async () => {
    await makeUser("sai.mat.khau@auth.test");
    await expect(verifyCredentials("sai.mat.khau@auth.test", "wrong", "10.0.0.2")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(verifyCredentials("khong.co@auth.test", PASSWORD, "10.0.0.2")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    expect(SIGN_IN_MESSAGES.invalid).toMatch(/không đúng/);
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even with the right password, from any IP`, async () => {
    await makeUser("bi.khoa@auth.test");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(verifyCredentials("bi.khoa@auth.test", `sai-${i}`, `10.1.0.${i}`)).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    }
    await expect(verifyCredentials("bi.khoa@auth.test", PASSWORD, "10.9.9.9")).rejects.toThrow(SIGN_IN_MESSAGES.accountThrottled);
    await makeUser("khac@auth.test");
    await expect(verifyCredentials("khac@auth.test", PASSWORD, "10.9.9.9")).resolves.toMatchObject({ email: "khac@auth.test" });
  });

  it(`blocks an IP after ${MAX_FAILURES_PER_IP} failures across accounts`, async () => {
    await makeUser("nan.nhan@auth.test");
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ email: `do.mat.khau.${i}@auth.test`, ip: "10.6.6.6", success: false })),
    });
    await expect(verifyCredentials("nan.nhan@auth.test", PASSWORD, "10.6.6.6")).rejects.toThrow(SIGN_IN_MESSAGES.ipThrottled);
    await expect(verifyCredentials("nan.nhan@auth.test", PASSWORD, "10.6.6.7")).resolves.toBeTruthy();
  });

  it("old failures outside the window do not count", async () => {
    await makeUser("cu@auth.test");
    const old = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, () => ({ email: "cu@auth.test", ip: "10.2.2.2", success: false, createdAt: old })),
    });
    await expect(verifyCredentials("cu@auth.test", PASSWORD, "10.2.2.2")).resolves.toBeTruthy();
  });

  it("refuses a deactivated user", async () => {
    await makeUser("nghi.viec@auth.test", { active: false });
    await expect(verifyCredentials("nghi.viec@auth.test", PASSWORD, "10.3.3.3")).rejects.toThrow(SIGN_IN_MESSAGES.inactive);
  });

  it("refuses demo accounts in production unless ALLOW_DEMO_ACCOUNTS=1", async () => {
    await makeUser("demo@auth.test", { demo: true });
    expect(demoAccountsAllowed({ NODE_ENV: "production", ALLOW_DEMO_ACCOUNTS: undefined })).toBe(false);
    expect(demoAccountsAllowed({ NODE_ENV: "production", ALLOW_DEMO_ACCOUNTS: "1" })).toBe(true);
    expect(demoAccountsAllowed({ NODE_ENV: "development", ALLOW_DEMO_ACCOUNTS: undefined })).toBe(true);
    await expect(verifyCredentials("demo@auth.test", PASSWORD, "10.4.4.4", { allowDemo: false })).rejects.toThrow(SIGN_IN_MESSAGES.demoRefused);
    await expect(verifyCredentials("demo@auth.test", PASSWORD, "10.4.4.4", { allowDemo: true })).resolves.toBeTruthy();
  });
});
