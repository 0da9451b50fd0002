// Audit rows: who changed what, before → after. Written in the same transaction as the change, by the
// mutation wrapper for users and by system jobs (CLI import, seed) with no user.
import { NO_PROVINCE } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

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
  await tx.auditLog.createMany({
    data: audits.map((a) => ({
      // National writes (the framework) belong to no province's log.
      provinceId: actor.provinceId === NO_PROVINCE ? null : actor.provinceId,
      userId: actor.userId,
      action: a.action,
      entity: a.entity,
      entityId: a.entityId,
      agencyId: a.agencyId ?? null,
      before: toJson(a.before),
      after: toJson(a.after),
    })),
  });
}

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

// Prisma's Json input rejects undefined members and Dates as objects: round-trip through JSON.
function toJson(value: unknown) {
  return value === undefined || value === null ? undefined : JSON.parse(JSON.stringify(value));
}
