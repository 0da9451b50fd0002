import "server-only";
// Reads for user and staff management, scoped to the caller's province (and agency, for staff). Never selects
// the password hash.
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { found, type Loaded } from "@/lib/server/loaded";
import { foldKey } from "@/lib/text/vietnamese";

export type UserScope = { provinceId: string };
export type UserListFilter = {
  q?: string;
  role?: Role | null;
  agencyId?: string | null;
  status?: "active" | "inactive" | "all";
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  createdAt: Date;
};

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  active: true,
  createdAt: true,
  agency: { select: { name: true } },
} as const;

type Selected = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  active: boolean;
  createdAt: Date;
  agency: { name: string } | null;
};

function toRow(u: Selected): UserRow {
  const { agency, ...rest } = u;
  return { ...rest, agencyName: agency?.name ?? null };
}

/** At most `limit` users (a province has a few hundred); the page asks to narrow the filter beyond that. */
export async function loadUsers(
  scope: UserScope,
  filter: UserListFilter = {},
  limit = 300,
): Promise<{ rows: UserRow[]; more: boolean }> {
  const status = filter.status ?? "all";
  const users = await db.user.findMany({
    where: {
      provinceId: scope.provinceId,
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
      ...(status === "all" ? {} : { active: status === "active" }),
    },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: userSelect,
  });
  const wanted = filter.q ? foldKey(filter.q) : "";
  const rows = users
    .filter((u) => !wanted || foldKey(`${u.name} ${u.email} ${u.agency?.name ?? ""}`).includes(wanted))
    .map(toRow);
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function loadUserForEdit(scope: UserScope, userId: string): Promise<Loaded<UserRow>> {
  const user = await db.user.findFirst({ where: { id: userId, provinceId: scope.provinceId }, select: userSelect });
  return found(user && toRow(user));
}

/** Everyone of one agency (heads listed for context; only staff get actions). */
export async function loadAgencyStaff(scope: UserScope & { agencyId: string }): Promise<UserRow[]> {
  const users = await db.user.findMany({
    where: { provinceId: scope.provinceId, agencyId: scope.agencyId },
    orderBy: [{ role: "asc" }, { active: "desc" }, { name: "asc" }],
    select: userSelect,
  });
  return users.map(toRow);
}

export type SignInPressureRow = {
  userId: string;
  email: string;
  name: string;
  failures: number;
  refused: number;
  addresses: number;
  lastAt: Date;
};

/** Accounts of the province that failed sign-ins in the last 24 hours, most hammered first (Sở Nội vụ sees who). */
export async function loadSignInPressure(scope: UserScope, limit = 20): Promise<SignInPressureRow[]> {
  const since = new Date(Date.now() - 24 * 3_600_000);
  return db.$queryRaw<SignInPressureRow[]>`
    select u.id as "userId", u.email, u.name,
           count(*)::int as failures, count(*) filter (where a.throttled)::int as refused,
           count(distinct a.ip)::int as addresses, max(a."createdAt") as "lastAt"
    from "LoginAttempt" a join "User" u on u.email = a.email
    where u."provinceId" = ${scope.provinceId} and a.success = false and a."createdAt" >= ${since}
    group by u.id, u.email, u.name
    order by failures desc, "lastAt" desc
    limit ${limit}`;
}
