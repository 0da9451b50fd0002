// Stand-in for lib/auth/session in the task tests: the same three functions, with the signed-in user set
// by the test (`signInAs`). requireAction keeps the real rule (role has the action, else the 403 page).
import { forbidden, redirect } from "next/navigation";
import { type Action, hasAction } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

let current: SessionUser | null = null;

export function signInAs(user: SessionUser | null): void {
  current = user;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return current;
}

export async function requireUser(): Promise<SessionUser> {
  if (!current) redirect("/dang-nhap");
  return current;
}

export async function requireAction(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasAction(user.role, action)) forbidden();
  return user;
}
