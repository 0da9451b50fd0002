// Item 5 and 6 of the hardening issue: a session cookie stops working the moment the user's session version is
// bumped (password reset, role or agency change, deactivation, "đăng xuất khỏi mọi nơi", a password change
// elsewhere), when it was signed out, or when the user's agency is deactivated. getCurrentUser is the real one;
// only the request's cookie jar is the test's: it carries a cookie made by next-auth's own encoder.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

type Claims = { id: string; sid: string; sv: number };
/** The session cookie the next request carries: next-auth's own encoding of `claims`, unless a test sets it. */
let cookie: string | null = null;
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie ? [{ name: "next-auth.session-token", value: cookie }] : []),
  }),
}));

const { encode } = await import("next-auth/jwt");
const SECRET = process.env.NEXTAUTH_SECRET ?? "";
const asCookie = (c: Claims, secret = SECRET, maxAge = 3600) =>
  encode({ token: { sub: c.id, sid: c.sid, sv: c.sv }, secret, maxAge });

const { verifyCredentials } = await import("@/lib/auth/credentials");
const { hashPassword } = await import("@/lib/auth/password-hash");
const { revokeSession } = await import("@/lib/auth/revocation");
const { getCurrentUser, requirePageSession } = await import("@/lib/auth/session");
const { db } = await import("@/lib/db");
const { resetUserPassword, setUserActive, updateUser } = await import("@/lib/users/mutations");
const { changeOwnPassword, signOutEverywhere } = await import("@/lib/users/own-account");
const { setAgencyActive } = await import("@/lib/agency-admin/mutations");
const { buildWorld } = await import("./admin-fixtures");

type World = Awaited<ReturnType<typeof buildWorld>>;
let w: World;
const PASSWORD = "Mật-khẩu-cũ-2021";

/** Signs the user in for real and returns the cookie's claims (id, a fresh sid, the version at sign-in). */
async function signIn(email: string, password = PASSWORD) {
  const user = await verifyCredentials(email, password, `10.50.${Math.floor(Math.random() * 250)}.1`);
  return { id: user.id, sid: randomUUID(), sv: user.sessionVersion };
}

/** A page's session (with the shell's badges), or null where the page would redirect to the sign-in page. */
async function pageUser() {
  try {
    return (await requirePageSession()).user;
  } catch (error) {
    if (String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) return null;
    throw error;
  }
}

/** Whether the cookie of `session` reads as signed in, for route handlers and for pages alike. */
async function reads(session: Claims | null): Promise<boolean> {
  cookie = session ? await asCookie(session) : null;
  const user = await getCurrentUser();
  expect((await pageUser())?.id ?? null).toBe(user?.id ?? null);
  return user !== null;
}

beforeAll(async () => {
  w = await buildWorld();
});

beforeEach(async () => {
  const hash = await hashPassword(PASSWORD);
  await db.user.updateMany({ where: { provinceId: w.province.id }, data: { passwordHash: hash, active: true } });
  await db.agency.updateMany({ where: { provinceId: w.province.id }, data: { active: true } });
  await db.loginLimit.deleteMany({});
});

describe("sessions end when they must", { timeout: 120_000 }, () => {
  it("reads only a cookie sealed with this server's secret and not yet expired", async () => {
    const session = await signIn(w.users.financeStaff.email);
    expect(await reads(session)).toBe(true);
    cookie = await asCookie(session, "another-secret-of-another-server-0123456789");
    expect(await getCurrentUser()).toBeNull();
    cookie = await asCookie(session, SECRET, -60);
    expect(await getCurrentUser()).toBeNull();
    cookie = "not-a-token";
    expect(await getCurrentUser()).toBeNull();
  });

  it("a page reads its user and the shell's badges in one statement; a route reads the user alone", async () => {
    const snv = w.users.homeAffairs;
    await db.notification.createMany({
      data: [0, 1, 2].map((i) => ({
        provinceId: w.province.id,
        userId: snv.id,
        kind: "report.late",
        title: `Thông báo ${i}`,
        body: "x",
        dedupeKey: `sessions-${snv.id}-${i}`,
        readAt: i === 0 ? new Date() : null,
      })),
    });
    cookie = await asCookie(await signIn(snv.email));
    const unread = await db.notification.count({ where: { userId: snv.id, readAt: null } });
    const waiting = await db.task.count({ where: { status: "SUBMITTED", plan: { provinceId: w.province.id } } });
    const spy = vi.spyOn(db, "$queryRaw");
    const page = await requirePageSession();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    expect(await getCurrentUser()).toEqual(page.user);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(unread).toBeGreaterThanOrEqual(2);
    expect(page.shell).toEqual({ unread, reviewCount: waiting });
    // staff review nothing: no review badge
    cookie = await asCookie(await signIn(w.users.financeStaff.email));
    expect((await requirePageSession()).shell.reviewCount).toBeNull();
  });

  it("a password reset ends the old cookie", async () => {
    const session = await signIn(w.users.financeStaff.email);
    expect(await reads(session)).toBe(true);
    const reset = await resetUserPassword(w.users.homeAffairs, { userId: w.users.financeStaff.id });
    expect(reset.ok).toBe(true);
    expect(await reads(session)).toBe(false);
  });

  it("signing out ends that cookie only", async () => {
    const here = await signIn(w.users.leader.email);
    const there = await signIn(w.users.leader.email);
    await revokeSession({ sid: here.sid, exp: Math.floor(Date.now() / 1000) + 3600 });
    expect(await reads(here)).toBe(false);
    expect(await reads(there)).toBe(true);
  });

  it("a role or agency change and a deactivation end the sessions", async () => {
    const staff = w.users.financeStaff;
    let session = await signIn(staff.email);
    const moved = await updateUser(w.users.homeAffairs, {
      userId: staff.id,
      name: staff.name,
      role: "AGENCY_STAFF",
      agencyId: w.agencies.health.id,
    });
    expect(moved.ok).toBe(true);
    expect(await reads(session)).toBe(false);
    session = await signIn(staff.email);
    expect(await reads(session)).toBe(true);
    expect((await setUserActive(w.users.homeAffairs, { userId: staff.id, active: false })).ok).toBe(true);
    expect(await reads(session)).toBe(false);
    // Reactivated, the old cookie stays dead.
    expect((await setUserActive(w.users.homeAffairs, { userId: staff.id, active: true })).ok).toBe(true);
    expect(await reads(session)).toBe(false);
  });

  it("users of a deactivated agency lose access at once", async () => {
    const session = await signIn(w.users.financeHead.email);
    expect(await reads(session)).toBe(true);
    const result = await setAgencyActive(w.users.homeAffairs, { agencyId: w.agencies.finance.id, active: false });
    expect(result.ok).toBe(true);
    expect(await reads(session)).toBe(false);
  });

  it('"đăng xuất khỏi mọi nơi" ends every session of the user', async () => {
    const a = await signIn(w.users.leader.email);
    const b = await signIn(w.users.leader.email);
    expect((await signOutEverywhere(w.users.leader, {})).ok).toBe(true);
    expect(await reads(a)).toBe(false);
    expect(await reads(b)).toBe(false);
  });
});

describe("item 6: a user changes their own password", { timeout: 120_000 }, () => {
  it("needs the current password and a strong new one, with the reason for each refusal", async () => {
    const me = w.users.financeHead;
    const wrong = await changeOwnPassword(me, {
      currentPassword: "không-phải",
      newPassword: "Mới-mạnh-2026!",
      confirmPassword: "Mới-mạnh-2026!",
    });
    expect(wrong).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng."] },
    });
    const short = await changeOwnPassword(me, {
      currentPassword: PASSWORD,
      newPassword: "ngan1",
      confirmPassword: "ngan1",
    });
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: ["Mật khẩu mới cần ít nhất 10 ký tự."] } });
    const simple = await changeOwnPassword(me, {
      currentPassword: PASSWORD,
      newPassword: "aaaaaaaaaaaa",
      confirmPassword: "aaaaaaaaaaaa",
    });
    expect(simple).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringMatching(/hai loại ký tự/)] },
    });
    const mismatch = await changeOwnPassword(me, {
      currentPassword: PASSWORD,
      newPassword: "Mới-mạnh-2026!",
      confirmPassword: "khác",
    });
    expect(mismatch).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["Hai lần nhập mật khẩu mới không khớp."] },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(await bcrypt.compare(PASSWORD, stored.passwordHash)).toBe(true);
  });

  it("changes it, ends the other sessions, and the new password signs in", async () => {
    const me = w.users.financeStaff;
    const other = await signIn(me.email);
    const result = await changeOwnPassword(me, {
      currentPassword: PASSWORD,
      newPassword: "Mới-mạnh-2026!",
      confirmPassword: "Mới-mạnh-2026!",
    });
    expect(result.ok).toBe(true);
    expect(await reads(other)).toBe(false);
    const fresh = await signIn(me.email, "Mới-mạnh-2026!");
    expect(result.ok && fresh.sv).toBe(result.ok ? result.data.sessionVersion : -1);
    expect(await reads(fresh)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: me.id, action: "user.password_change" } });
    expect(JSON.stringify(audit)).not.toContain("Mới-mạnh-2026!");
  });
});
