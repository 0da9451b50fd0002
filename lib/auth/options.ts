// next-auth v4 configuration: credentials sign-in, JWT session carrying the user id, a session id (sid) and the
// user's session version (sv). Role, province and agency are re-read from the database on every request
// (lib/auth/session.ts), which also refuses a cookie whose version was bumped (reset, role or agency change,
// deactivation, "sign out everywhere") or whose sid was signed out.
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER, readClientAddress } from "@/lib/auth/client-address";
import { SignInError, verifyCredentials } from "@/lib/auth/credentials";
import { revokeSession } from "@/lib/auth/revocation";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

const secureCookies = (env.NEXTAUTH_URL ?? "").startsWith("https://");

/** next-auth's session cookie name ("__Secure-" prefixed when served over https). */
export function sessionCookieName(): string {
  return `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // The token's own expiry: next-auth v4 gives the JWT 30 days whatever the session's maxAge, so a copied cookie
  // value would have outlived the 8-hour cookie by weeks (start-lifecycle.test.ts decodes a real sign-in's cookie).
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure cookies (and the __Secure- prefix) whenever the public URL is https.
  useSecureCookies: secureCookies,
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password) throw new Error("Vui lòng nhập email và mật khẩu.");
        const address = readClientAddress(headerValue(req?.headers, CLIENT_ADDRESS_HEADER), env.NEXTAUTH_SECRET);
        try {
          const user = await verifyCredentials(email, password, address);
          return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion };
        } catch (error) {
          if (error instanceof SignInError) throw new Error(error.message);
          console.error("sign-in failed", error);
          throw new Error("Không đăng nhập được do lỗi hệ thống. Vui lòng thử lại.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
        token.sid = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      // The server compares sid and sv with the database on every request (lib/auth/session.ts).
      if (session.user) Object.assign(session.user, { id: token.sub, sid: token.sid, sv: token.sv });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token) await revokeSession(token);
    },
  },
};
