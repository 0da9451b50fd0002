-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailSentAt" TIMESTAMP(3),
ADD COLUMN     "emailSkipped" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" BOOLEAN NOT NULL DEFAULT true;

-- The e-mail sender's queue: notifications still to be mailed (lib/notifications/mail.ts).
CREATE INDEX "Notification_email_pending_idx" ON "Notification"("createdAt") WHERE "emailSentAt" IS NULL AND NOT "emailSkipped";
