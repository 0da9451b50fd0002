// Writing notifications. The unique (userId, dedupeKey) index is what makes a reminder exist once: several job
// workers may compute the same candidates at the same moment, and ON CONFLICT DO NOTHING keeps the first.
import type { NotificationKind } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  title: string;
  body: string;
  link: string;
  /** the user wants email and the server can send it */
  emailWanted: boolean;
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
