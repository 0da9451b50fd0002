// What the job runner needs from the environment (read through lib/env only).
import { env, mailSettings, requireDatabaseUrl } from "@/lib/env";
import type { MailConfig } from "@/lib/notifications/mail";

export function appUrl(): string {
  return env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
}

export function mailConfig(): MailConfig | null {
  const settings = mailSettings();
  return settings ? { ...settings, appUrl: appUrl() } : null;
}

export { requireDatabaseUrl };
