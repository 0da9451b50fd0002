import "server-only";
// The session cookie's claims, decoded and checked (seal, expiry) as next-auth does (lib/auth/session-token.ts).
// Pages and route handlers only read the cookie: getServerSession would also re-encrypt a renewed cookie on every
// request, which a server component cannot send anyway (the browser's cookie is renewed by next-auth's routes).
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/options";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

export type SessionClaims = { id: string; sid: string; sv: number };

export async function readSessionClaims(): Promise<SessionClaims | null> {
  // The request's cookies are read first, whatever the configuration: that read is what makes every page that
  // asks for the user dynamic (returning before it let `next build`, without a secret, prerender a signed-out page).
  const jar = await cookies();
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) return null;
  // Only the cookie: no headers are passed, so an Authorization header is never taken for a session.
  const token = await getToken({
    req: { cookies: jar, headers: {} } as never,
    secret,
    cookieName: sessionCookieName(),
    secureCookie: sessionCookieName().startsWith("__Secure-"),
    decode: ({ token: value, secret: key }) => decodeSessionToken(value, String(key)),
  });
  const id = token?.sub;
  if (typeof id !== "string" || typeof token?.sid !== "string" || typeof token.sv !== "number") return null;
  return { id, sid: token.sid, sv: token.sv };
}
