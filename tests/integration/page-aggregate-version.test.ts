// A page reads the version of its province's cached aggregates in its session statement (lib/auth/session-read.ts),
// and the aggregate cache of the same server render takes it from there instead of reading it again
// (lib/aggregate-version.ts). React's `cache` memoizes per server render only in Next's RSC render; here it is
// replaced by a memo per "render" that the test starts, and turned off to stand for a route handler or a script.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

let cookie: string | null = null;
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie ? [{ name: "next-auth.session-token", value: cookie }] : []),
  }),
}));

/** The memo of the current server render, or null outside one (React's `cache` then memoizes nothing). */
let render: Map<unknown, unknown> | null = null;
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const id = Symbol("cached function");
    return (...args: A): R => {
      if (!render) return fn(...args);
      const memo = (render.get(id) as Map<string, R> | undefined) ?? new Map<string, R>();
      render.set(id, memo);
      const key = JSON.stringify(args);
      if (!memo.has(key)) memo.set(key, fn(...args));
      return memo.get(key) as R;
    };
  };
  return { ...react, cache };
});

const { encode } = await import("next-auth/jwt");
const { readAggregateVersion } = await import("@/lib/aggregate-version");
const { requirePageSession } = await import("@/lib/auth/session");
const { db } = await import("@/lib/db");
const { aggregateCache } = await import("@/lib/server/aggregate-cache");
const { buildWorld } = await import("./admin-fixtures");

type World = Awaited<ReturnType<typeof buildWorld>>;
let w: World;
let other: World;

/** Starts a new server render signed in as `user`. */
async function newRender(user: { id: string; sessionVersion: number }) {
  cookie = await encode({
    token: { sub: user.id, sid: randomUUID(), sv: user.sessionVersion },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: 3600,
  });
  render = new Map();
}

beforeAll(async () => {
  w = await buildWorld();
  other = await buildWorld();
});

describe("the version of a page's aggregates", () => {
  it("comes with the page's session statement: the aggregate cache reads nothing more for the user's province", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: w.users.homeAffairs.id } });
    await newRender(user);
    const spy = vi.spyOn(db, "$queryRaw");
    try {
      await requirePageSession();
      expect(spy).toHaveBeenCalledTimes(1);
      const cache = await aggregateCache(w.province.id);
      expect(spy).toHaveBeenCalledTimes(1);
      // another province's aggregates (a merged province's predecessor): their version is read then
      const elsewhere = await aggregateCache(other.province.id);
      expect(spy).toHaveBeenCalledTimes(2);
      render = null;
      expect(cache.version).toBe(await readAggregateVersion(w.province.id));
      expect(elsewhere.version).toBe(await readAggregateVersion(other.province.id));
    } finally {
      spy.mockRestore();
      render = null;
    }
  });

  it("moves with a write committed before the next render", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: w.users.homeAffairs.id } });
    await newRender(user);
    await requirePageSession();
    const before = (await aggregateCache(w.province.id)).version;
    // an agency's name is read by the overview: its trigger bumps the province's version at COMMIT
    await db.agency.update({ where: { id: w.agencies.health.id }, data: { name: `Sở Y tế ${randomUUID()}` } });
    await newRender(user);
    await requirePageSession();
    const after = (await aggregateCache(w.province.id)).version;
    render = null;
    expect(after).not.toBe(before);
    expect(after).toBe(await readAggregateVersion(w.province.id));
  });

  it("is read by the aggregate cache itself outside a server render (route handlers, scripts)", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: w.users.homeAffairs.id } });
    await newRender(user);
    render = null;
    const spy = vi.spyOn(db, "$queryRaw");
    try {
      await requirePageSession();
      await aggregateCache(w.province.id);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
