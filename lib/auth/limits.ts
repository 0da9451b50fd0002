import "server-only";
// Sign-in limits: atomic counters of rate-limiter-flexible in Postgres (table login_limit), so they hold when
// many requests arrive at once and across several app instances. Each attempt is counted BEFORE the password
// is checked (one INSERT … ON CONFLICT … RETURNING per counter), so 100 parallel guesses get at most the budget.
//  - per account + address: 5 attempts, then a delay that doubles with each new round (1, 2, 4 … 60 minutes);
//    a stranger elsewhere never delays the real user at their usual address;
//  - per address, whatever the account: 20 failures an hour, then that address waits an hour (stricter: it
//    catches one machine trying many accounts);
//  - per account from addresses it never signed in from: 10 failures an hour, then 15 minutes for new addresses
//    only (a slow guess spread over many addresses), while the user's usual addresses still get in.
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { db, type Tx } from "@/lib/db";

export const PAIR_ATTEMPTS = 5;
export const ADDRESS_FAILURES_PER_HOUR = 20;
export const NEW_ADDRESS_FAILURES_PER_HOUR = 10;
const HOUR = 60 * 60;

/** Lets the limiter run its single statements through the one Prisma client (no second pool). */
const store = {
  async query(q: { text: string; values?: unknown[] }) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(q.text, ...(q.values ?? []));
    // bigint columns come back as BigInt; the library does arithmetic with numbers.
    return {
      rows: rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
      ),
    };
  },
};

function limiter(keyPrefix: string, points: number, duration: number, blockDuration = 0) {
  return new RateLimiterPostgres({
    storeClient: store,
    storeType: "client",
    tableName: "login_limit",
    tableCreated: true, // created by the migration, so Prisma knows the table
    clearExpiredByTimeout: false, // cleared by clearExpiredLimits (called after sign-ins)
    keyPrefix,
    points,
    duration,
    blockDuration,
  });
}

const g = globalThis as unknown as { parLoginLimits?: ReturnType<typeof createLimiters> };
function createLimiters() {
  return {
    pair: limiter("pair", PAIR_ATTEMPTS, HOUR),
    strikes: limiter("strike", 1_000_000, 24 * HOUR),
    address: limiter("ip", ADDRESS_FAILURES_PER_HOUR, HOUR, HOUR),
    newAddress: limiter("acct", NEW_ADDRESS_FAILURES_PER_HOUR, HOUR, 15 * 60),
  };
}
const limits = (g.parLoginLimits ??= createLimiters());

export type LimitRefusal = { kind: "pair" | "address" | "account"; retryAfterMs: number };

/** Progressive delay: the n-th round of PAIR_ATTEMPTS failures from one address waits 2^(n-1) minutes (max 60). */
export function pairDelaySeconds(round: number): number {
  return Math.min(60 * 2 ** Math.max(0, round - 1), HOUR);
}

/** A refusal of the limiter (duck-typed: the limiters are shared on globalThis across server bundles). */
function isRefusal(value: unknown): value is RateLimiterRes {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Error) &&
    "msBeforeNext" in value &&
    "consumedPoints" in value
  );
}

async function consume(l: RateLimiterPostgres, key: string): Promise<RateLimiterRes | null> {
  try {
    await l.consume(key);
    return null;
  } catch (rejected) {
    if (isRefusal(rejected)) return rejected;
    throw rejected;
  }
}

/** Counts one attempt on every limit that applies; returns the refusal with the longest wait, if any. */
export async function countAttempt(
  email: string,
  address: string,
  usualAddress: boolean,
): Promise<LimitRefusal | null> {
  const pairKey = `${email}|${address}`;
  const [pair, byAddress, byAccount] = await Promise.all([
    consume(limits.pair, pairKey),
    consume(limits.address, address),
    usualAddress ? null : consume(limits.newAddress, email),
  ]);
  let pairWait = pair?.msBeforeNext ?? 0;
  if (pair && pair.consumedPoints === PAIR_ATTEMPTS + 1) {
    // First refusal of this round (exactly one request gets this count): escalate and hold the pair.
    const round = (await limits.strikes.penalty(pairKey)).consumedPoints;
    const seconds = pairDelaySeconds(round);
    await limits.pair.block(pairKey, seconds);
    pairWait = seconds * 1000;
  }
  const refusals: LimitRefusal[] = [];
  if (byAddress) refusals.push({ kind: "address", retryAfterMs: byAddress.msBeforeNext });
  if (byAccount) refusals.push({ kind: "account", retryAfterMs: byAccount.msBeforeNext });
  if (pair) refusals.push({ kind: "pair", retryAfterMs: pairWait });
  return refusals.sort((a, b) => b.retryAfterMs - a.retryAfterMs)[0] ?? null;
}

/** After a right password: this address starts afresh for this account, and its success is not a failure. */
export async function forgiveAttempt(email: string, address: string, usualAddress: boolean): Promise<void> {
  await Promise.all([
    limits.pair.delete(`${email}|${address}`),
    limits.strikes.delete(`${email}|${address}`),
    limits.address.reward(address),
    usualAddress ? null : limits.newAddress.reward(email),
  ]);
}

/** A password reset by Sở Nội vụ / the agency head lifts every delay on the account. */
export async function clearAccountLimits(tx: Tx, email: string): Promise<void> {
  const escaped = email.replace(/[\\%_]/g, (c) => `\\${c}`);
  await tx.$executeRaw`delete from login_limit where key like ${`pair:${escaped}|%`} or key like ${`strike:${escaped}|%`} or key = ${`acct:${email}`}`;
}

export async function clearExpiredLimits(): Promise<void> {
  await db.$executeRaw`delete from login_limit where expire < ${Date.now() - HOUR * 1000}`;
}
