"use server";
// Server actions of "Tài khoản của tôi". After a password change this browser gets a fresh session cookie
// carrying the new session version, so only the other sessions end.
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { formFields, toFormState } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { userMessages as m } from "./messages";
import { changeOwnPassword, signOutEverywhere } from "./own-account";

export async function changeOwnPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const result = await changeOwnPassword(user, formFields(form));
  if (result.ok && user && env.NEXTAUTH_SECRET) {
    const token = {
      sub: user.id,
      email: user.email,
      name: user.name,
      sv: result.data.sessionVersion,
      sid: randomUUID(),
    };
    const value = await encode({ token, secret: env.NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
    const secure = sessionCookieName().startsWith("__Secure-");
    (await cookies()).set(sessionCookieName(), value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure,
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  }
  return toFormState(result, m.passwordChanged);
}

export async function signOutEverywhereAction(): Promise<void> {
  const result = await signOutEverywhere(await getCurrentUser(), {});
  if (result.ok) (await cookies()).delete(sessionCookieName());
  redirect("/dang-nhap");
}
