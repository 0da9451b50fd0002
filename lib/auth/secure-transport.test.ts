// Issue 8, item 16: over https (NEXTAUTH_URL) the session cookie is Secure and __Secure- prefixed, as next-auth
// names it, and the proxy sends HSTS; over http neither (a Secure cookie would never come back over plain http,
// and HSTS there would lock a test box out). The same is checked end to end against `npm start` in
// tests/integration/start-lifecycle.test.ts.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function withPublicUrl(url: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", url);
  const { authOptions, sessionCookieName } = await import("./options");
  const { proxy } = await import("@/proxy");
  const response = proxy(new NextRequest(`${url}/dang-nhap`));
  // next-auth derives Secure and the __Secure- prefix from useSecureCookies (the Set-Cookie it sends is checked
  // against the running server in start-lifecycle.test.ts)
  return {
    secure: authOptions.useSecureCookies,
    name: sessionCookieName(),
    hsts: response.headers.get("strict-transport-security"),
  };
}

afterEach(() => vi.unstubAllEnvs());

describe("transport security follows NEXTAUTH_URL", () => {
  it("https: a __Secure- Secure session cookie, and HSTS", async () => {
    const { secure, name, hsts } = await withPublicUrl("https://cchc.example.gov.vn");
    expect(secure).toBe(true);
    expect(name).toBe("__Secure-next-auth.session-token");
    expect(hsts).toBe("max-age=31536000; includeSubDomains");
  });

  it("http: neither Secure nor the prefix, and no HSTS", async () => {
    const { secure, name, hsts } = await withPublicUrl("http://localhost:3000");
    expect(secure).toBe(false);
    expect(name).toBe("next-auth.session-token");
    expect(hsts).toBeNull();
  });
});
