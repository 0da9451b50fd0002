import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { type Action, hasAction, NO_PROVINCE, type Role } from "@/lib/auth/permissions";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";

/** What the shell shows in place of a province for the national administrator. */
export const NATIONAL_SCOPE_NAME = "Toàn quốc";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  provinceId: string;
  provinceName: string;
  agencyId: string | null;
  agencyName: string | null;
};

/** The user's row with what the session check needs, their province's and agency's names, and the sid's revocation. */
type StoredUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  provinceId: string | null;
  provinceName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  agencyActive: boolean | null;
  active: boolean;
  demo: boolean;
  sessionVersion: number;
  revoked: boolean;
};

/** Fails closed: a bumped version, a deactivated user or agency, or a demo account no longer allowed. */
function sessionStillValid(user: StoredUser, version: number): boolean {
  if (!user.active || user.sessionVersion !== version) return false;
  if (user.agencyId && user.agencyActive !== true) return false;
  return !user.demo || demoAccountsAllowed();
}

/**
 * The signed-in user as the database has them now, or null (deactivated users count as signed out). Every page and
 * route pays this read, so it is one statement: the user, their province and agency, and whether the sid was
 * signed out.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const [user] = await db.$queryRaw<StoredUser[]>`
    select u.id, u.email, u.name, u.role::text as role, u."provinceId", pr.name as "provinceName",
           u."agencyId", a.name as "agencyName", a.active as "agencyActive",
           u.active, u.demo, u."sessionVersion",
           exists (select 1 from "RevokedSession" r where r.sid = ${claims.sid}) as revoked
    from "User" u
    left join "Province" pr on pr.id = u."provinceId"
    left join "Agency" a on a.id = u."agencyId"
    where u.id = ${claims.id}`;
  if (!user || user.revoked || !sessionStillValid(user, claims.sv)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    // The national administrator belongs to no province (see NO_PROVINCE in the permission table).
    provinceId: user.provinceId ?? NO_PROVINCE,
    provinceName: user.provinceName ?? NATIONAL_SCOPE_NAME,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
  };
});

/** For pages: a signed-in user, else a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/dang-nhap");
  return user;
}

/** For pages: a user whose role has `action`; others see the 403 page. Records are still checked with `can`. */
export async function requireAction(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasAction(user.role, action)) forbidden();
  return user;
}
