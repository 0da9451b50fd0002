// Writing notifications. The unique dedupeKey (it names the user too) is what makes a reminder exist once: several job
// workers may compute the same candidates at the same moment, and ON CONFLICT DO NOTHING keeps the first.

import type { Db } from "@/lib/db";
import type { NotificationKind } from "./strings";

export type NewNotification = {
  provinceId: string;
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  title: string;
  body: string;
  href: string;
  /** true when no email is to be sent (the user opted out, or mail is off) */
  emailSkipped: boolean;
};

/** Inserts what is new and returns how many were; repeated candidates are skipped by the database. */
export async function insertNotifications(db: Db, rows: NewNotification[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db.notification.createMany({ data: rows.slice(i, i + 500), skipDuplicates: true });
    created += result.count;
  }
  return created;
}
