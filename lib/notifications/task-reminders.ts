// Task reminders: due in 7, 3 and 1 days, overdue (once per cycle), and returned by Sở Nội vụ (once per return).
// Recipients are the active users of the lead agency. Work already submitted or accepted gets no reminder: the
// agency has nothing left to do until Sở Nội vụ reviews it.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { cycleDueSql, openStatusSql } from "@/lib/tasks/due-sql";
import type { NewNotification } from "./store";
import { type NotificationKind, taskReminderText, taskReturnedText } from "./strings";

/** Which reminder a task gets with `days` left (negative: overdue); null beyond 7 days. */
export function dueKind(days: number): NotificationKind | null {
  if (days < 0) return "task.overdue";
  if (days <= 1) return "task.due1";
  if (days <= 3) return "task.due3";
  if (days <= 7) return "task.due7";
  return null;
}

type DueRow = {
  taskId: string;
  title: string;
  due: Date;
  days: number;
  userId: string;
  provinceId: string;
  email: boolean;
};

export async function dueTaskNotifications(db: Db, todayIso: string, mailOn: boolean): Promise<NewNotification[]> {
  const rows = await db.$queryRaw<DueRow[]>(Prisma.sql`
    SELECT t.id AS "taskId", t.title, t.due, (t.due - ${todayIso}::date)::int AS days, u.id AS "userId",
           u."provinceId", u."emailNotifications" AS email
    FROM (SELECT t.id, t.title, t."agencyId", ${cycleDueSql(todayIso)} AS due FROM "Task" t
          WHERE ${openStatusSql()} AND t.status <> 'SUBMITTED' AND t."agencyId" IS NOT NULL AND t."dueOn" IS NOT NULL) t
    JOIN "User" u ON u."agencyId" = t."agencyId" AND u.active AND u.role IN ('AGENCY_HEAD', 'AGENCY_STAFF')
    WHERE t.due - ${todayIso}::date <= 7`);
  return rows.flatMap((r) => {
    const kind = dueKind(r.days);
    if (!kind) return [];
    const due = r.due.toISOString().slice(0, 10);
    return [
      {
        provinceId: r.provinceId,
        userId: r.userId,
        kind,
        dedupeKey: `${kind}:${r.taskId}:${due}:${r.userId}`,
        ...taskReminderText(kind, { title: r.title, due: formatDate(r.due) }),
        href: `/nhiem-vu/${r.taskId}`,
        emailSkipped: !(mailOn && r.email),
      },
    ];
  });
}

type ReturnRow = {
  updateId: string;
  taskId: string;
  title: string;
  note: string | null;
  userId: string;
  provinceId: string;
  email: boolean;
};

/** Returns made in the last `days` days (the scan stays bounded; the job runs every few minutes). */
export async function returnedTaskNotifications(
  db: Db,
  now: Date,
  mailOn: boolean,
  days = 14,
): Promise<NewNotification[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.$queryRaw<ReturnRow[]>(Prisma.sql`
    SELECT tu.id AS "updateId", t.id AS "taskId", t.title, tu.note, u.id AS "userId", u."provinceId", u."emailNotifications" AS email
    FROM "TaskUpdate" tu JOIN "Task" t ON t.id = tu."taskId"
    JOIN "User" u ON u."agencyId" = t."agencyId" AND u.active AND u.role IN ('AGENCY_HEAD', 'AGENCY_STAFF')
    WHERE tu."toStatus" = 'RETURNED' AND tu."createdAt" >= ${since}`);
  return rows.map((r) => ({
    provinceId: r.provinceId,
    userId: r.userId,
    kind: "task.returned" as const,
    dedupeKey: `task.returned:${r.updateId}:${r.userId}`,
    ...taskReturnedText({ title: r.title, reason: r.note }),
    href: `/nhiem-vu/${r.taskId}`,
    emailSkipped: !(mailOn && r.email),
  }));
}
