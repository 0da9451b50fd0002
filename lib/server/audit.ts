// Audit rows: who changed what, before → after. Written in the same transaction as the change, by the
// mutation wrapper for users and by system jobs (CLI import, seed) with no user.
import { Prisma } from "@/generated/prisma/client";
import { NO_PROVINCE } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";

export type Audit = {
  action: string;
  entity: string;
  entityId: string;
  agencyId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function writeAudit(
  tx: Tx,
  actor: { provinceId: string; userId: string | null },
  audits: Audit[],
): Promise<void> {
  if (audits.length === 0) return;
  // National writes (the framework) belong to no province's log.
  const provinceId = actor.provinceId === NO_PROVINCE ? null : actor.provinceId;
  // Plain SQL with the ids and the time Prisma would have sent (one time for the rows of one call): every write runs
  // it, and Prisma's query building cost the Node process about 0,5 ms a call (issue 13's write budget).
  const at = new Date();
  const rows = audits.map(
    (a) => Prisma.sql`(${newId()}, ${provinceId}, ${actor.userId}, ${a.action}, ${a.entity}, ${a.entityId},
                       ${a.agencyId ?? null}, ${jsonText(a.before)}::jsonb, ${jsonText(a.after)}::jsonb, ${at})`,
  );
  // at most AUDIT_BATCH rows a statement: Postgres takes 65 535 parameters, and a bulk write can audit thousands
  for (let i = 0; i < rows.length; i += AUDIT_BATCH)
    await tx.$executeRaw`
      insert into "AuditLog" (id, "provinceId", "userId", action, entity, "entityId", "agencyId", before, after, "createdAt")
      values ${Prisma.join(rows.slice(i, i + AUDIT_BATCH))}`;
}

const AUDIT_BATCH = 1000;

/** Before/after of the fields that changed, for the audit row. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    b[key] = before[key];
    a[key] = after[key];
  }
  return { before: b, after: a };
}

/** A before/after as jsonb text (undefined members left out, Dates as ISO strings); SQL null when there is none. */
function jsonText(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
