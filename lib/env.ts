// The one module that reads process.env (CONTRIBUTING.md §11). Everything else imports `env`.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  EVIDENCE_DIR: z.string().default(".data/evidence"),
  // Where evidence files live: "local" (EVIDENCE_DIR, one machine) or "s3" (any S3-compatible store, for many
  // app instances). Unset: "s3" when S3_BUCKET is set, else "local".
  EVIDENCE_STORAGE: z.enum(["local", "s3"]).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Path-style URLs (http://host/bucket/key) — MinIO, Ceph, s3rver and most self-hosted stores need it.
  S3_FORCE_PATH_STYLE: z.enum(["0", "1", "true", "false"]).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  ALLOW_DEMO_ACCOUNTS: z.enum(["0", "1"]).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  HOST: z.string().min(1).optional(),
  // Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma separated…
  TRUSTED_PROXIES: z.string().optional(),
  // …or the number of proxies in front of the app (each appends one address to X-Forwarded-For).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // "0": the app's own SQL is not prepared under a name (lib/db-statements.ts), for a pooler in transaction mode.
  DATABASE_PREPARED_STATEMENTS: z.enum(["0", "1"]).default("1"),
  // Page renders one app process runs at once (scripts/server.ts, lib/server/page-gate.ts); 0: no limit.
  PAGE_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(8),
  // Email for notifications: off unless both are set (smtp://user:pass@host:587, smtps://… for TLS).
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).optional(),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("Thiếu DATABASE_URL: hãy chạy bằng `npm start` hoặc đặt biến môi trường DATABASE_URL.");
  }
  return env.DATABASE_URL;
}

export type S3Settings = {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
};

/** The evidence store chosen by the environment; S3 settings are checked here so a half-set store fails at start. */
export function evidenceStorage(): { driver: "local"; dir: string } | { driver: "s3"; s3: S3Settings } {
  const driver = env.EVIDENCE_STORAGE ?? (env.S3_BUCKET ? "s3" : "local");
  if (driver === "local") return { driver, dir: env.EVIDENCE_DIR };
  if (!env.S3_BUCKET) throw new Error("EVIDENCE_STORAGE=s3 cần S3_BUCKET (tên bucket lưu tài liệu kiểm chứng).");
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error("S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY phải được đặt cùng nhau (hoặc cùng bỏ trống).");
  }
  return {
    driver,
    s3: {
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
    },
  };
}

/** The SMTP settings when email is switched on, else null. */
export function mailSettings(): { url: string; from: string } | null {
  return env.SMTP_URL && env.MAIL_FROM ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null;
}
