import "server-only";
// The version of a province's cached aggregates (lib/server/aggregate-cache.ts): "<province>.<national>", each the
// sum of the scope's AggregateVersion slots, which every committed write moves by exactly 1 (migration
// 20261201020000_aggregate_versions). Read on every request that uses the cache.
//
// A page reads it in its session statement (lib/auth/session-read.ts), for the user's province: one round trip
// fewer on every page with an aggregate, about 0,5 ms of the Node process's CPU each. That statement remembers it
// for the rest of the request (React's `cache`, one Map per server render); the aggregate cache takes it from there
// and reads it itself for any other province, and everywhere outside a page's render (route handlers, scripts,
// tests), where `cache` memoizes nothing.
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/** The version's two parts as columns of any statement, for the province `provinceId` (an SQL expression). */
export const aggregateVersionColumns = (provinceId: Prisma.Sql) => Prisma.sql`
  (select coalesce(sum(av.version), 0)::int from "AggregateVersion" av where av.scope = ${provinceId})
    as "aggregateProvince",
  (select coalesce(sum(av.version), 0)::int from "AggregateVersion" av where av.scope = '*') as "aggregateNational"`;

export type AggregateVersionColumns = { aggregateProvince: number; aggregateNational: number };

export const aggregateVersionOf = (row: AggregateVersionColumns): string =>
  `${row.aggregateProvince}.${row.aggregateNational}`;

/** The current version of the province's aggregates and of the national data ("0.0" before any write). */
export async function readAggregateVersion(provinceId: string): Promise<string> {
  const [row] = await db.$queryRaw<AggregateVersionColumns[]>`
    select ${aggregateVersionColumns(Prisma.sql`${provinceId}`)}`;
  return row ? aggregateVersionOf(row) : "0.0";
}

/** This server render's versions already read, by province (a new, empty Map outside a render). */
const readThisRequest = cache((): Map<string, string> => new Map());

/** Remembers, for the rest of this render, the version another statement of it read. */
export function rememberAggregateVersion(provinceId: string, version: string): void {
  readThisRequest().set(provinceId, version);
}

/** The province's version: the one this render already read, else read now. */
export async function requestAggregateVersion(provinceId: string): Promise<string> {
  return readThisRequest().get(provinceId) ?? (await readAggregateVersion(provinceId));
}
