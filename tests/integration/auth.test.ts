// Sign-in against the database: password check, Vietnamese messages, limits counted atomically per account +
// address (progressive), per address and per account from new addresses, the client address taken from the
// socket, equal timing for unknown emails, bcrypt cost and rehash, deactivated users and demo accounts.
import bcrypt from "bcryptjs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/auth/client-address";
import { SIGN_IN_MESSAGES, SignInError, verifyCredentials } from "@/lib/auth/credentials";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import {
  ADDRESS_FAILURES_PER_HOUR,
  NEW_ADDRESS_FAILURES_PER_HOUR,
  PAIR_ATTEMPTS,
  pairDelaySeconds,
} from "@/lib/auth/limits";
import { BCRYPT_COST, hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db";
import { listenHost } from "@/lib/server/listen";
import { loadSignInPressure } from "@/lib/users/data";

const PASSWORD = "Mật-khẩu-đúng-2021";
// bcrypt at cost 12 runs for every attempt that reaches the password check; on a loaded 2-core machine some of
// these tests take well over the default 30 s.
const SLOW = { timeout: 180_000 };
let provinceId: string;
let savedHash: string;

async function makeUser(email: string, extra: { demo?: boolean; active?: boolean; passwordHash?: string } = {}) {
  const passwordHash = extra.passwordHash ?? savedHash;
  return db.user.upsert({
    where: { email },
    create: { email, name: email, role: "LEADERSHIP", provinceId, ...extra, passwordHash },
    update: { ...extra, passwordHash },
  });
}

/** The reason a sign-in was refused (so a test checks why, not only that it failed). */
async function refusal(attempt: Promise<unknown>): Promise<{ reason: string; message: string }> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof SignInError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error("sign-in was expected to be refused");
}

beforeAll(async () => {
  const province = await db.province.upsert({
    where: { code: "auth-test" },
    create: { code: "auth-test", name: "Tỉnh kiểm thử đăng nhập" },
    update: {},
  });
  provinceId = province.id;
  savedHash = await hashPassword(PASSWORD);
});

beforeEach(async () => {
  await db.loginAttempt.deleteMany({});
  await db.loginLimit.deleteMany({});
});

describe("verifyCredentials", SLOW, () => {
  it("accepts the right password, whatever the email's case and spaces", async () => {
    const user = await makeUser("lanh.dao@auth.test");
    const signedIn = await verifyCredentials("  Lanh.Dao@Auth.Test ", PASSWORD, "10.0.0.1");
    expect(signedIn).toMatchObject({ id: user.id, role: "LEADERSHIP", provinceId });
  });

  it("says the same Vietnamese message for a wrong password and an unknown email", async () => {
    await makeUser("sai.mat.khau@auth.test");
    expect(await refusal(verifyCredentials("sai.mat.khau@auth.test", "wrong", "10.0.0.2"))).toEqual({
      reason: "invalid",
      message: SIGN_IN_MESSAGES.invalid,
    });
    expect(await refusal(verifyCredentials("khong.co@auth.test", PASSWORD, "10.0.0.2"))).toEqual({
      reason: "invalid",
      message: SIGN_IN_MESSAGES.invalid,
    });
    expect(SIGN_IN_MESSAGES.invalid).toMatch(/không đúng/);
  });

  it("refuses an email carrying U+0000 as an unknown one, and counts the attempt (it was a system error)", async () => {
    // Postgres text cannot hold the character, and the attempt is written before the lookup
    const user = await makeUser("ky.tu.rong@auth.test");
    expect(await refusal(verifyCredentials("ky.tu.rong\u0000@auth.test", PASSWORD, "10.0.0.3"))).toEqual({
      reason: "invalid",
      message: SIGN_IN_MESSAGES.invalid,
    });
    expect(await db.loginAttempt.count({ where: { ip: "10.0.0.3", success: false } })).toBe(1);
    await expect(verifyCredentials(user.email, PASSWORD, "10.0.0.3")).resolves.toMatchObject({ id: user.id });
  });

  it("refuses a deactivated user", async () => {
    await makeUser("nghi.viec@auth.test", { active: false });
    expect((await refusal(verifyCredentials("nghi.viec@auth.test", PASSWORD, "10.3.3.3"))).message).toBe(
      SIGN_IN_MESSAGES.inactive,
    );
  });
});

describe("item 1: the client address comes from the socket unless a proxy is trusted", SLOW, () => {
  it("40 bad logins from one socket with 40 made-up X-Forwarded-For values hit the address budget", async () => {
    const reasons: string[] = [];
    for (let i = 0; i < 40; i++) {
      const address = resolveClientAddress("203.0.113.9", `198.51.100.${i}`, { proxies: [], hops: 0 });
      const outcome = await refusal(verifyCredentials(`nan-nhan-${i}@auth.test`, "sai", address));
      reasons.push(outcome.reason);
    }
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(ADDRESS_FAILURES_PER_HOUR);
    expect(reasons.slice(ADDRESS_FAILURES_PER_HOUR).every((r) => r === "address")).toBe(true);
  });

  it("a forged header cannot lock another address out", async () => {
    await makeUser("van.phong@auth.test");
    for (let i = 0; i < 25; i++) {
      const address = resolveClientAddress("203.0.113.66", "10.20.30.40", { proxies: [], hops: 0 });
      await refusal(verifyCredentials(`x-${i}@auth.test`, "sai", address));
    }
    await expect(verifyCredentials("van.phong@auth.test", PASSWORD, "10.20.30.40")).resolves.toBeTruthy();
  });
});

describe("item 2: parallel bad logins cannot pass the limit", SLOW, () => {
  it(`100 wrong passwords at once: at most ${PAIR_ATTEMPTS} are checked, the rest are refused by the limit`, async () => {
    await makeUser("song.song@auth.test");
    // A request may also fail for want of a database connection under this load; it never reaches the password.
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        verifyCredentials("song.song@auth.test", `sai-${i}`, "10.5.5.5").then(
          () => "signed-in",
          (error: unknown) => (error instanceof SignInError ? error.reason : "error"),
        ),
      ),
    );
    const count = (reason: string) => outcomes.filter((o) => o === reason).length;
    expect(count("signed-in")).toBe(0);
    expect(count("invalid")).toBeLessThanOrEqual(PAIR_ATTEMPTS);
    // Refused by a limit before the password check (this pair, this address or new addresses of this account).
    const limited = count("pair") + count("address") + count("account");
    expect(limited).toBeGreaterThanOrEqual(100 - PAIR_ATTEMPTS - count("error"));
    expect(count("error")).toBeLessThan(50);
    expect(
      await db.loginAttempt.count({ where: { email: "song.song@auth.test", throttled: false } }),
    ).toBeLessThanOrEqual(PAIR_ATTEMPTS);
  });
});

describe("item 3: progressive delay per account + address; the real user still gets in", SLOW, () => {
  it("a stranger's guesses from many addresses never lock the user out of their usual address", async () => {
    const user = await makeUser("sonoivu@auth.test");
    await verifyCredentials(user.email, PASSWORD, "10.8.8.8"); // the user's usual address
    for (let i = 0; i < 30; i++) await refusal(verifyCredentials(user.email, `sai-${i}`, `172.16.0.${i}`));
    await expect(verifyCredentials(user.email, PASSWORD, "10.8.8.8")).resolves.toMatchObject({ id: user.id });
    // A new address is told to wait: the account is being hammered from elsewhere.
    const fromNew = await refusal(verifyCredentials(user.email, PASSWORD, "10.9.9.9"));
    expect(fromNew.reason).toBe("account");
    expect(fromNew.message).toMatch(/Từ máy bạn vẫn thường dùng, bạn vẫn đăng nhập được/);
    expect(NEW_ADDRESS_FAILURES_PER_HOUR).toBeLessThan(30);
    // Sở Nội vụ sees who is being hammered, and from how many addresses.
    const pressure = await loadSignInPressure({ provinceId });
    // 30 guessing addresses plus the refused new one; the refused attempts are counted apart.
    expect(pressure.find((r) => r.email === user.email)).toMatchObject({
      userId: user.id,
      failures: 31,
      addresses: 31,
    });
    expect(pressure.find((r) => r.email === user.email)?.refused).toBeGreaterThan(0);
  });

  it("the delay grows with each round and tells the user how long to wait", async () => {
    const user = await makeUser("tu.tu@auth.test");
    await verifyCredentials(user.email, PASSWORD, "10.4.0.1"); // the user's own machine: only the pair delay applies
    for (let i = 0; i < PAIR_ATTEMPTS; i++) await refusal(verifyCredentials(user.email, "sai", "10.4.0.1"));
    const first = await refusal(verifyCredentials(user.email, PASSWORD, "10.4.0.1"));
    expect(first).toMatchObject({ reason: "pair", message: SIGN_IN_MESSAGES.pair(60_000) });
    // The user at another address is not affected.
    await expect(verifyCredentials(user.email, PASSWORD, "10.4.0.2")).resolves.toBeTruthy();
    // The minute passes; the next round of failures waits twice as long.
    await db.loginLimit.updateMany({
      where: { key: { startsWith: "pair:" } },
      data: { expire: BigInt(Date.now() - 1) },
    });
    for (let i = 0; i < PAIR_ATTEMPTS; i++) await refusal(verifyCredentials(user.email, "sai", "10.4.0.1"));
    expect(await refusal(verifyCredentials(user.email, PASSWORD, "10.4.0.1"))).toMatchObject({
      reason: "pair",
      message: SIGN_IN_MESSAGES.pair(120_000),
    });
    expect([1, 2, 3, 7, 20].map(pairDelaySeconds)).toEqual([60, 120, 240, 3600, 3600]);
  });
});

describe("item 4: no email enumeration by timing; bcrypt cost 12 with rehash", SLOW, () => {
  it("an unknown email takes as long as a known one (both run bcrypt)", async () => {
    await makeUser("co.that@auth.test");
    const time = async (email: string, ip: string) => {
      const start = performance.now();
      await refusal(verifyCredentials(email, "sai", ip));
      return performance.now() - start;
    };
    await time("khong.ton.tai@auth.test", "10.11.0.1"); // warm the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time("co.that@auth.test", `10.11.1.${i}`));
      unknown.push(await time(`khong.ton.tai.${i}@auth.test`, `10.11.2.${i}`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeGreaterThan(50); // a bcrypt at cost 12, not a 6 ms database miss
  });

  it("stores cost-12 hashes and upgrades an older hash on the next sign-in", async () => {
    expect(bcrypt.getRounds(await hashPassword("x"))).toBe(BCRYPT_COST);
    const user = await makeUser("cu.hash@auth.test", { passwordHash: await bcrypt.hash(PASSWORD, 10) });
    await verifyCredentials(user.email, PASSWORD, "10.12.0.1");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(bcrypt.getRounds(stored.passwordHash)).toBe(12);
    expect(await bcrypt.compare(PASSWORD, stored.passwordHash)).toBe(true);
  });
});

describe("item 7: demo accounts only when ALLOW_DEMO_ACCOUNTS=1, and then on 127.0.0.1", SLOW, () => {
  it("the guard is closed unless explicitly opened, in every mode", async () => {
    await makeUser("demo@auth.test", { demo: true });
    expect(demoAccountsAllowed({ ALLOW_DEMO_ACCOUNTS: undefined })).toBe(false);
    expect(demoAccountsAllowed({ ALLOW_DEMO_ACCOUNTS: "0" })).toBe(false);
    expect(demoAccountsAllowed({ ALLOW_DEMO_ACCOUNTS: "1" })).toBe(true);
    expect(
      (await refusal(verifyCredentials("demo@auth.test", PASSWORD, "10.4.4.4", { allowDemo: false }))).reason,
    ).toBe("demo");
    await expect(verifyCredentials("demo@auth.test", PASSWORD, "10.4.4.4", { allowDemo: true })).resolves.toBeTruthy();
  });

  it("binds to 127.0.0.1 with demo accounts unless HOST is given", () => {
    expect(listenHost({ ALLOW_DEMO_ACCOUNTS: "1", HOST: undefined })).toBe("127.0.0.1");
    expect(listenHost({ ALLOW_DEMO_ACCOUNTS: "1", HOST: "0.0.0.0" })).toBe("0.0.0.0");
    expect(listenHost({ ALLOW_DEMO_ACCOUNTS: undefined, HOST: undefined })).toBeUndefined();
  });
});
