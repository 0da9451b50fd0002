// Credentials check with throttling per account and per IP, backed by the LoginAttempt table so that it holds
// across server processes. Messages are Vietnamese and never reveal whether an email exists.
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NO_PROVINCE, type Role } from "@/lib/auth/permissions";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export type AuthUser = { id: string; email: string; name: string; role: Role; provinceId: string; agencyId: string | null };

export class SignInError extends Error {}

export const SIGN_IN_MESSAGES = {
  invalid: "Email hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.",
  accountThrottled: `Tài khoản tạm khoá do nhập sai mật khẩu quá ${MAX_FAILURES_PER_ACCOUNT} lần. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút hoặc liên hệ Sở Nội vụ.`,
  ipThrottled: `Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút.`,
  demoRefused: "Tài khoản dùng thử bị vô hiệu trong môi trường vận hành.",
  inactive: "Tài khoản đã bị vô hiệu hoá. Vui lòng liên hệ Sở Nội vụ.",
} as const;

export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

async function recentFailures(where: { email?: string; ip?: string }): Promise<number> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  return db.loginAttempt.count({ where: { ...where, success: false, createdAt: { gte: since } } });
}

export function demoAccountsAllowed(e: Pick<typeof env, "NODE_ENV" | "ALLOW_DEMO_ACCOUNTS"> = env): boolean {
  return e.NODE_ENV !== "production" || e.ALLOW_DEMO_ACCOUNTS === "1";
}

export async function verifyCredentials(
  rawEmail: string,
  password: string,
  ip: string,
  policy = { allowDemo: demoAccountsAllowed() },
): Promise<AuthUser> {
  const email = normaliseEmail(rawEmail);
  if ((await recentFailures({ ip })) >= MAX_FAILURES_PER_IP) throw new SignInError(SIGN_IN_MESSAGES.ipThrottled);
  if ((await recentFailures({ email })) >= MAX_FAILURES_PER_ACCOUNT) {
    throw new SignInError(SIGN_IN_MESSAGES.accountThrottled);
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await bcrypt.compare(password, user.passwordHash) : false;
  await db.loginAttempt.create({ data: { email, ip, success: valid } });
  if (!user || !valid) throw new SignInError(SIGN_IN_MESSAGES.invalid);
  if (!user.active) throw new SignInError(SIGN_IN_MESSAGES.inactive);
  if (user.demo && !policy.allowDemo) throw new SignInError(SIGN_IN_MESSAGES.demoRefused);
  return { id: user.id, email: user.email, name: user.name, role: user.role, provinceId: user.provinceId ?? NO_PROVINCE, agencyId: user.agencyId };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
