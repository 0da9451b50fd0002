import "server-only";
// The session check's one statement, given the cookie's claims (lib/auth/session.ts reads the cookie and caches
// the result per request). With `shell`, the same statement also counts the app shell's two badges, so a page
// pays one round trip for its user and its badges: each statement costs the Node process about 0,5 ms here (the
// driver's work and the socket write), on every page. It also reads the version of the user's province's cached
// aggregates, which the rest of the page's render then reuses (lib/aggregate-version.ts).
import { Prisma } from "@/generated/prisma/client";
import {
  type AggregateVersionColumns,
  aggregateVersionColumns,
  aggregateVersionOf,
  rememberAggregateVersion,
} from "@/lib/aggregate-version";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { ALL_ROLES, can, NO_PROVINCE, type Role } from "@/lib/auth/permissions";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import { PREPARED } from "@/lib/db-statements";

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

/** The shell's badges: the reader's unread notifications and, for those who review, the tasks waiting for review. */
export type ShellCounts = { unread: number; reviewCount: number | null };

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
  /** with `shell` only: the badges and the version of the province's aggregates */
  unread?: number;
  review?: number | null;
} & Partial<AggregateVersionColumns>;

/** The roles that review their own province's tasks, as `can` decides it: only their badge counts the queue. */
const REVIEW_ROLES: string[] = ALL_ROLES.filter((role) =>
  can({ role, provinceId: "province", agencyId: null }, "task.review", { provinceId: "province" }),
);

/** Fails closed: a bumped version, a deactivated user or agency, or a demo account no longer allowed. */
function sessionStillValid(user: StoredUser, version: number): boolean {
  if (!user.active || user.sessionVersion !== version) return false;
  if (user.agencyId && user.agencyActive !== true) return false;
  return !user.demo || demoAccountsAllowed();
}

const SHELL_COLUMNS = Prisma.sql`,
  (select count(*)::int from "Notification" n where n."userId" = u.id and n."readAt" is null) as unread,
  case when u.role::text = any(${REVIEW_ROLES}) and u."provinceId" is not null then (
    select count(*)::int from "Task" t join "Plan" p on p.id = t."planId"
    where t.status = 'SUBMITTED' and p."provinceId" = u."provinceId"
  ) end as review,
  ${aggregateVersionColumns(Prisma.sql`u."provinceId"`)}`;

/**
 * The user of these claims as the database has them now, or null (deactivated users count as signed out), and with
 * `shell` the shell's badges. One statement: the user, their province and agency, whether the sid was signed out,
 * and the badges.
 */
export async function readSession(
  claims: SessionClaims,
  shell: boolean,
): Promise<{ user: SessionUser; shell: ShellCounts | null } | null> {
  const [row] = await db.$queryRaw<StoredUser[]>`${PREPARED}
    select u.id, u.email, u.name, u.role::text as role, u."provinceId", pr.name as "provinceName",
           u."agencyId", a.name as "agencyName", a.active as "agencyActive",
           u.active, u.demo, u."sessionVersion",
           exists (select 1 from "RevokedSession" r where r.sid = ${claims.sid}) as revoked
           ${shell ? SHELL_COLUMNS : Prisma.empty}
    from "User" u
    left join "Province" pr on pr.id = u."provinceId"
    left join "Agency" a on a.id = u."agencyId"
    where u.id = ${claims.id}`;
  if (!row || row.revoked || !sessionStillValid(row, claims.sv)) return null;
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    // The national administrator belongs to no province (see NO_PROVINCE in the permission table).
    provinceId: row.provinceId ?? NO_PROVINCE,
    provinceName: row.provinceName ?? NATIONAL_SCOPE_NAME,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
  };
  if (!shell) return { user, shell: null };
  // the page's aggregates (dashboard, overview, cycle pickers) need no statement of their own for this version
  const { aggregateProvince, aggregateNational } = row;
  if (row.provinceId && aggregateProvince !== undefined && aggregateNational !== undefined)
    rememberAggregateVersion(row.provinceId, aggregateVersionOf({ aggregateProvince, aggregateNational }));
  const reviews = can(user, "task.review", { provinceId: user.provinceId });
  return { user, shell: { unread: row.unread ?? 0, reviewCount: reviews ? (row.review ?? 0) : null } };
}
