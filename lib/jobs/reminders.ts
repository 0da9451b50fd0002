// The reminders job: make the notifications that are due now, then mail the ones still to be mailed.
// Safe to run on several instances at once: notifications are unique per (user, dedupeKey) and the sender locks
// each row it mails (lib/notifications/mail.ts).
import type { Db } from "@/lib/db";
import { provinceTodayIso } from "@/lib/format";
import { type MailConfig, sendPendingEmails, skipPendingEmails } from "@/lib/notifications/mail";
import {
  manualReminderNotifications,
  periodNotifications,
  reviewNotifications,
} from "@/lib/notifications/report-reminders";
import { insertNotifications } from "@/lib/notifications/store";
import { dueTaskNotifications, returnedTaskNotifications } from "@/lib/notifications/task-reminders";

export type ReminderDeps = { db: Db; now?: Date; mail: MailConfig | null };
export type ReminderResult = { created: number; emailed: number };

export async function runReminders({ db, now = new Date(), mail }: ReminderDeps): Promise<ReminderResult> {
  const today = provinceTodayIso(now);
  const mailOn = mail !== null;
  const candidates = [
    ...(await dueTaskNotifications(db, today, mailOn)),
    ...(await returnedTaskNotifications(db, now, mailOn)),
    ...(await periodNotifications(db, today, mailOn)),
    ...(await reviewNotifications(db, now, mailOn)),
  ];
  const manual = await manualReminderNotifications(db, mailOn);
  const created = await insertNotifications(db, [...candidates, ...manual.rows]);
  // Marked after the insert: a crash in between only means the (deduplicated) insert runs again next time.
  if (manual.reminderIds.length) {
    await db.reportReminder.updateMany({
      where: { id: { in: manual.reminderIds }, notifiedAt: null },
      data: { notifiedAt: new Date() },
    });
  }
  if (!mail) {
    await skipPendingEmails(db);
    return { created, emailed: 0 };
  }
  const emailed = await sendPendingEmails(db, mail);
  return { created, emailed };
}
