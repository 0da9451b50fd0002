"use client";
// Signs out through next-auth's own endpoints, as next-auth's `signOut()` does, without its client library
// (next-auth/react, ~12 KB gzip, was in every page's first-load JavaScript for this one button): the CSRF token
// from /api/auth/csrf, then a POST to /api/auth/signout, which clears the cookie and runs the signOut event
// (lib/auth/options.ts: the session is revoked), then the page next-auth answers with.
import { useState } from "react";

const AUTH = "/api/auth";
const AFTER = "/dang-nhap";

async function signOut(): Promise<string> {
  const csrf = (await (await fetch(`${AUTH}/csrf`, { cache: "no-store" })).json()) as { csrfToken?: string };
  if (!csrf.csrfToken) throw new Error("no CSRF token");
  const response = await fetch(`${AUTH}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: AFTER, json: "true" }),
  });
  if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
  const answer = (await response.json()) as { url?: string };
  return answer.url ?? AFTER;
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        signOut().then(
          (url) => window.location.assign(url),
          // a failed request leaves the session as it was: the button can be pressed again
          () => setPending(false),
        );
      }}
      className="rounded-md border border-white/40 px-3 py-1 text-sm hover:bg-white/10 disabled:opacity-60"
    >
      Đăng xuất
    </button>
  );
}
