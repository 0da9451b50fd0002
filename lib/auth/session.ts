import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { authOptions } from "@/lib/auth/options";
import { type Action, hasAction, NO_PROVINCE, type Role } from "@/lib/auth/permissions";
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

type StoredUser = {
  active: boolean;
  demo: boolean;
  sessionVersion: number;
  agencyId: string | null;
  agency: { active: boolean } | null;
};

/** Fails closed: a bumped version, a deactivated user or agency, or a demo account no longer allowed. */
function sessionStillValid(user: StoredUser, version: number): boolean {
  if (!user.active || user.sessionVersion !== version) return false;
  if (user.agencyId && !user.agency?.active) return false;
  return !user.demo || demoAccountsAllowed();
}

/** The signed-in user as the database has them now, or null (deactivated users count as signed out). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sid?: unknown; sv?: unknown } | undefined;
  const id = claims?.id;
  if (!id || typeof claims.sid !== "string" || typeof claims.sv !== "number") return null;
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id }, include: { province: true, agency: true } }),
    db.revokedSession.findUnique({ where: { sid: claims.sid }, select: { sid: true } }),
  ]);
  if (!user || revoked || !sessionStillValid(user, claims.sv)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    // The national administrator belongs to no province (see NO_PROVINCE in the permission table).
    provinceId: user.provinceId ?? NO_PROVINCE,
    provinceName: user.province?.name ?? NATIONAL_SCOPE_NAME,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
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
