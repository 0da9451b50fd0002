// The one Prisma client (CONTRIBUTING.md §2). Queries need no engine binary: the pg driver adapter talks to Postgres.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { statementNamer } from "@/lib/db-statements";
import { env, requireDatabaseUrl } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // The hot statements that carry PREPARED run as named (prepared) statements (lib/db-statements.ts); off for a
  // pooler in transaction mode that cannot keep them (DATABASE_PREPARED_STATEMENTS=0).
  const name = env.DATABASE_PREPARED_STATEMENTS === "0" ? null : statementNamer();
  const options = name ? { statementNameGenerator: (query: { sql: string }) => name(query.sql) } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: requireDatabaseUrl() }, options) });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
// One client across dev hot reloads (each reload would otherwise open a new pool).
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
