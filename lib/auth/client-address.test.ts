import { describe, expect, it } from "vitest";
import { readClientAddress, resolveClientAddress, signClientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("::ffff:203.0.113.5", "1.2.3.4", { proxies: [], hops: 0 })).toBe("203.0.113.5");
  });

  it("takes the first untrusted hop from the right through trusted proxies", () => {
    const trust = { proxies: ["10.0.0.0/8", "192.168.1.1"], hops: 0 };
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 192.168.1.1", trust)).toBe("203.0.113.7");
    // A client that is not a trusted proxy cannot speak for anyone else.
    expect(resolveClientAddress("203.0.113.8", "6.6.6.6", trust)).toBe("203.0.113.8");
  });

  it("with a hop count, counts that many proxies from the right", () => {
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", { proxies: [], hops: 1 })).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "", { proxies: [], hops: 1 })).toBe("10.0.0.2");
  });
});

describe("signed address header", () => {
  it("reads what the server signed and refuses a forged or missing header", () => {
    const secret = "s".repeat(32);
    expect(readClientAddress(signClientAddress("203.0.113.5", secret), secret)).toBe("203.0.113.5");
    expect(readClientAddress("1.2.3.4 forged", secret)).toBe(UNKNOWN_ADDRESS);
    expect(readClientAddress(signClientAddress("1.2.3.4", "other-secret-xxxxxxxx"), secret)).toBe(UNKNOWN_ADDRESS);
    expect(readClientAddress(undefined, secret)).toBe(UNKNOWN_ADDRESS);
  });
});
