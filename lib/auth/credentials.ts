// Credentials check. Limits (lib/auth/limits.ts) are counted atomically before the password is checked; an
// unknown email is compared against a dummy hash so it takes as long as a known one; hashes below the current
// bcrypt cost are replaced on the next successful sign-in. Messages are Vietnamese and never reveal whether an
// email exists.
import bcrypt from "bcryptjs";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { clearExpiredLimits, countAttempt, forgiveAttempt, type LimitRefusal } from "@/lib/auth/limits";
import { BCRYPT_COST, hashPassword, needsRehash } from "@/lib/auth/password-hash";
import type { Role } from "@/lib/auth/permissions";
import { NO_PROVINCE } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** An address counts as the user's own once they signed in from it successfully within this many days. */
export const USUAL_ADDRESS_DAYS = 90;

export type AuthUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  provinceId: string;
  agencyId: string | null;
  sessionVersion: number;
};

export class SignInError extends Error {
  constructor(
    message: string,
    readonly reason: "invalid" | "inactive" | "demo" | LimitRefusal["kind"],
  ) {
    super(message);
  }
}

function minutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

export const SIGN_IN_MESSAGES = {
  invalid: "Email hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.",
  pair: (ms: number) =>
    `Bạn đã nhập sai mật khẩu nhiều lần. Vui lòng đợi ${minutes(ms)} phút rồi thử lại; nếu quên mật khẩu, hãy liên hệ Sở Nội vụ để được cấp lại.`,
  address: (ms: number) => `Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ${minutes(ms)} phút.`,
  account: (ms: number) =>
    `Tài khoản này đang bị thử mật khẩu nhiều lần từ nơi lạ, nên tạm chặn đăng nhập từ địa chỉ mới trong ${minutes(ms)} phút. Từ máy bạn vẫn thường dùng, bạn vẫn đăng nhập được.`,
  demoRefused: "Tài khoản dùng thử chỉ dùng được khi máy chủ bật ALLOW_DEMO_ACCOUNTS=1.",
  inactive: "Tài khoản đã bị vô hiệu hoá. Vui lòng liên hệ Sở Nội vụ.",
} as const;

export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

// A hash of a random password at the current cost: compared when the email is unknown, so both paths run bcrypt.
let dummyHash: Promise<string> | undefined;
function compareDummy(password: string): Promise<boolean> {
  dummyHash ??= bcrypt.hash(crypto.randomUUID(), BCRYPT_COST);
  return dummyHash.then((hash) => bcrypt.compare(password, hash)).then(() => false);
}

async function isUsualAddress(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - USUAL_ADDRESS_DAYS * 86_400_000);
  return (await db.loginAttempt.count({ where: { email, ip, success: true, createdAt: { gte: since } }, take: 1 })) > 0;
}

export async function verifyCredentials(
  rawEmail: string,
  password: string,
  ip: string,
  policy = { allowDemo: demoAccountsAllowed() },
): Promise<AuthUser> {
  // U+0000 cannot be stored (Postgres text), and the attempt is recorded before the lookup: an address carrying it
  // is counted and refused as the unknown address it is (U+FFFD in its place), not a system error.
  const email = normaliseEmail(rawEmail).replaceAll("\u0000", "\ufffd");
  const usual = await isUsualAddress(email, ip);
  const refusal = await countAttempt(email, ip, usual);
  if (refusal) {
    await db.loginAttempt.create({ data: { email, ip, success: false, throttled: true } });
    throw new SignInError(SIGN_IN_MESSAGES[refusal.kind](refusal.retryAfterMs), refusal.kind);
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await bcrypt.compare(password, user.passwordHash) : await compareDummy(password);
  await db.loginAttempt.create({ data: { email, ip, success: valid } });
  if (!user || !valid) throw new SignInError(SIGN_IN_MESSAGES.invalid, "invalid");
  await forgiveAttempt(email, ip, usual);
  void clearExpiredLimits().catch(() => undefined);
  if (!user.active) throw new SignInError(SIGN_IN_MESSAGES.inactive, "inactive");
  if (user.demo && !policy.allowDemo) throw new SignInError(SIGN_IN_MESSAGES.demoRefused, "demo");
  if (needsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  const { id, name, role, provinceId, agencyId, sessionVersion } = user;
  return { id, email: user.email, name, role, provinceId: provinceId ?? NO_PROVINCE, agencyId, sessionVersion };
}
