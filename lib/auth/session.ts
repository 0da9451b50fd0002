import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { type Action, hasAction } from "@/lib/auth/permissions";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { readSession, type SessionUser, type ShellCounts } from "@/lib/auth/session-read";

export { NATIONAL_SCOPE_NAME, type SessionUser, type ShellCounts } from "@/lib/auth/session-read";

/**
 * The request's session, read once per request and per kind: `shell` adds the app shell's badges to the same
 * statement (pages: the layout and the page share it); without, the user alone (route handlers, server actions).
 */
const sessionOf = cache(async (shell: boolean) => {
  const claims = await readSessionClaims();
  return claims ? readSession(claims, shell) : null;
});

/**
 * The signed-in user as the database has them now, or null (deactivated users count as signed out). Every route
 * and action pays this read, so it is one statement: the user, their province and agency, and whether the sid was
 * signed out (lib/auth/session-read.ts).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await sessionOf(false))?.user ?? null;
}

/** For pages: the signed-in user and the shell's badges, in one statement shared by the layout and the page. */
export async function requirePageSession(): Promise<{ user: SessionUser; shell: ShellCounts }> {
  const session = await sessionOf(true);
  if (!session?.shell) redirect("/dang-nhap");
  return { user: session.user, shell: session.shell };
}

/** For pages: a signed-in user, else a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  return (await requirePageSession()).user;
}

/** For pages: a user whose role has `action`; others see the 403 page. Records are still checked with `can`. */
export async function requireAction(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasAction(user.role, action)) forbidden();
  return user;
}
