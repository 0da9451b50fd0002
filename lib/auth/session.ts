import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { demoAccountsAllowed } from "@/lib/auth/credentials";
import { NO_PROVINCE, type Action, type Role } from "@/lib/auth/permissions";
import { hasAction } from "@/lib/auth/permissions";
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

/** The signed-in user as the database has them now, or null (deactivated users count as signed out). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, include: { province: true, agency: true } });
  if (!user || !user.active || (user.demo && !demoAccountsAllowed())) return null;
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
  if (!hasAction(user.role, action)) redirect("/khong-co-quyen");
  return user;
}
