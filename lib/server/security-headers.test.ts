import { describe, expect, it } from "vitest";
import { isPagePath, pageSecurityHeaders } from "./security-headers";

describe("page security headers", () => {
  it("pages get the nonce policy; API routes and Next's static assets do not (proxy.ts's matcher)", () => {
    for (const page of ["/", "/dang-nhap", "/nhiem-vu/abc", "/bang-dieu-khien", "/icon.svg", "/trang-khong-co-that"])
      expect(isPagePath(page), page).toBe(true);
    for (const other of ["/api/health", "/api/tasks/x", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"])
      expect(isPagePath(other), other).toBe(false);
    // only the API folder itself: a page whose name starts with "api" is still a page
    expect(isPagePath("/apilike")).toBe(true);
  });

  it("a fresh nonce each time, and HSTS only behind an https public URL", () => {
    const nonceOf = (csp = "") => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    const first = pageSecurityHeaders("https://cchc.example.gov.vn", false);
    const second = pageSecurityHeaders("https://cchc.example.gov.vn", false);
    expect(nonceOf(first["Content-Security-Policy"])).toBeTruthy();
    expect(nonceOf(first["Content-Security-Policy"])).not.toBe(nonceOf(second["Content-Security-Policy"]));
    expect(first["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    const plain = pageSecurityHeaders("http://localhost:3000", false);
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(plain["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(pageSecurityHeaders(undefined, true)["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });
});
