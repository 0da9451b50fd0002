import "server-only";
// Reads of one's own notifications: the user's id is always in the where clause (nobody reads another's).
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const NOTIFICATIONS_PER_PAGE = 20;

export type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export async function loadNotifications(user: SessionUser, opts: { page: number; unreadOnly: boolean }) {
  const where = { userId: user.id, ...(opts.unreadOnly ? { readAt: null } : {}) };
  const [total, rows, me] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailNotifications: true } }),
  ]);
  return {
    rows: rows as NotificationRow[],
    total,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
    emailOn: me.emailNotifications,
  };
}
