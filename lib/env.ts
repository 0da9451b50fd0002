// The one module that reads process.env (CONTRIBUTING.md §11). Everything else imports `env`.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  EVIDENCE_DIR: z.string().default(".data/evidence"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  ALLOW_DEMO_ACCOUNTS: z.enum(["0", "1"]).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  HOST: z.string().min(1).optional(),
  // Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma separated…
  TRUSTED_PROXIES: z.string().optional(),
  // …or the number of proxies in front of the app (each appends one address to X-Forwarded-For).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Email for notifications: off unless both are set (smtp://user:pass@host:587, smtps://… for TLS).
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).optional(),
  // The browser that prints PDF exports (the system Chromium; apt `chromium`).
  CHROMIUM_PATH: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("Thiếu DATABASE_URL: hãy chạy bằng `npm start` hoặc đặt biến môi trường DATABASE_URL.");
  }
  return env.DATABASE_URL;
}

/** The SMTP settings when email is switched on, else null. */
export function mailSettings(): { url: string; from: string } | null {
  return env.SMTP_URL && env.MAIL_FROM ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null;
}
