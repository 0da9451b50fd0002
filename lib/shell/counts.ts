// The app shell's two badges, read in one statement on every page: the reader's unread notifications (their own
// id in the where clause) and, for those who review, the province's tasks waiting for review.
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type ShellCounts = { unread: number; reviewCount: number | null };

export async function loadShellCounts(user: SessionUser): Promise<ShellCounts> {
  const reviews = can(user, "task.review", { provinceId: user.provinceId });
  const [row] = await db.$queryRaw<{ unread: number; review: number | null }[]>`
    select (select count(*)::int from "Notification" n where n."userId" = ${user.id} and n."readAt" is null) as unread,
           case when ${reviews} then (
             select count(*)::int from "Task" t join "Plan" p on p.id = t."planId"
             where t.status = 'SUBMITTED' and p."provinceId" = ${user.provinceId}
           ) end as review`;
  return { unread: row?.unread ?? 0, reviewCount: reviews ? (row?.review ?? 0) : null };
}
