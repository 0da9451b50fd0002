// Reminder emails through nodemailer. A notification is mailed once: the sender holds a row lock (FOR UPDATE
// SKIP LOCKED) while it sends, so a second worker picks another row, and emailSentAt is set only after the SMTP
// server accepted the message. When the server is down nothing is marked sent: the error is recorded, the
// caller (a queued job) fails and the queue runs it again later.
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/lib/db";
import { NOTIFICATION_TEXT } from "./strings";

export const MAX_EMAIL_ATTEMPTS = 10;
/** Older notifications are not mailed any more (a server whose SMTP was down for days does not flood inboxes). */
export const MAIL_WINDOW_DAYS = 3;

export type MailConfig = { url: string; from: string; appUrl: string };

/** smtp://user:pass@host:port or smtps://… (TLS from the start). Short timeouts: a dead server fails fast. */
export function createTransport(url: string): Transporter {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return nodemailer.createTransport({
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export class MailDeliveryError extends Error {}

type Pending = { id: string };

/** Sends every pending email; returns how many were sent. Throws MailDeliveryError after the first failure. */
export async function sendPendingEmails(
  db: Db,
  config: MailConfig,
  transport = createTransport(config.url),
): Promise<number> {
  let sent = 0;
  try {
    for (;;) {
      const outcome = await sendOne(db, config, transport);
      if (outcome === "none") return sent;
      if (outcome === "sent") sent++;
    }
  } finally {
    transport.close();
  }
}

async function sendOne(db: Db, config: MailConfig, transport: Transporter): Promise<"sent" | "skipped" | "none"> {
  let failedId: string | null = null;
  try {
    return await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Pending[]>`
          SELECT id FROM "Notification"
          WHERE "emailSentAt" IS NULL AND NOT "emailSkipped" AND "emailAttempts" < ${MAX_EMAIL_ATTEMPTS}
            AND "createdAt" > now() - make_interval(days => ${MAIL_WINDOW_DAYS})
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!row) return "none" as const;
        const n = await tx.notification.findUniqueOrThrow({ where: { id: row.id }, include: { user: true } });
        if (!n.user.active || !n.user.emailNotifications) {
          await tx.notification.update({ where: { id: n.id }, data: { emailSkipped: true } });
          return "skipped" as const;
        }
        failedId = n.id;
        await transport.sendMail({
          from: config.from,
          to: { name: n.user.name, address: n.user.email },
          subject: `[PAR Tracker] ${n.title}`,
          text: `${n.body}\n\nXem chi tiết: ${config.appUrl}${n.href ?? "/thong-bao"}\n\n--\n${NOTIFICATION_TEXT.emailFooter}\n`,
        });
        await tx.notification.update({ where: { id: n.id }, data: { emailSentAt: new Date(), emailError: null } });
        return "sent" as const;
      },
      { timeout: 90_000, maxWait: 10_000 },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (failedId) {
      await db.notification.update({
        where: { id: failedId },
        data: { emailError: message.slice(0, 500), emailAttempts: { increment: 1 } },
      });
    }
    throw new MailDeliveryError(`Không gửi được email thông báo: ${message}`);
  }
}

/** With mail off, what was made meanwhile is never mailed later (switching SMTP on does not send a backlog). */
export async function skipPendingEmails(db: Db): Promise<number> {
  const result = await db.notification.updateMany({
    where: { emailSentAt: null, emailSkipped: false },
    data: { emailSkipped: true },
  });
  return result.count;
}
