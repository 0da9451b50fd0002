// next-auth v4 configuration: credentials sign-in, JWT session carrying only the user id. Role, province and
// agency are re-read from the database on every request (lib/auth/session.ts), so a deactivated user or a
// changed role takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SignInError, verifyCredentials } from "@/lib/auth/credentials";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "unknown");
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password) throw new Error("Vui lòng nhập email và mật khẩu.");
        try {
          const user = await verifyCredentials(email, password, clientIp(req?.headers));
          return { id: user.id, email: user.email, name: user.name };
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
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
