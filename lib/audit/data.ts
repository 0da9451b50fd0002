import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// Audit log reads, newest first, keyset-paginated, always inside the caller's province (CONTRIBUTING.md §4).
// Indexes: per task → AuditLog(entity, entityId, createdAt); per agency → AuditLog(provinceId, agencyId, createdAt).
import { type HistoricName, loadAgencyNamer } from "@/lib/agencies/at-the-time";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { FORBIDDEN, type Loaded, NOT_FOUND } from "@/lib/server/loaded";
import { decodeCursor, encodeCursor } from "./cursor";
import { type AuditDescription, describeAudit } from "./describe";

export type AuditScope = { provinceId: string };
export type AuditFilter =
  | { kind: "province" }
  | { kind: "agency"; agencyId: string }
  | { kind: "entity"; entity: "Task" | "User" | "AgencyGroup" | "Plan"; entityId: string };

export type AuditEntry = AuditDescription & {
  id: string;
  createdAt: Date;
  actor: string | null;
  entity: string;
  entityId: string;
  subject: string | null;
  /** the agency subject's successor now, when it has one (the subject is its name at the time) */
  subjectSuccessor: HistoricName["successor"];
  /** the agency the change concerned (a task's lead …), named as it was then; null for an agency's own rows */
  agency: HistoricName | null;
};

export type AuditPage = { entries: AuditEntry[]; nextCursor: string | null };

export const AUDIT_PAGE_SIZE = 30;

function whereFor(scope: AuditScope, filter: AuditFilter): Prisma.AuditLogWhereInput {
  if (filter.kind === "agency") return { provinceId: scope.provinceId, agencyId: filter.agencyId };
  if (filter.kind === "entity")
    return { provinceId: scope.provinceId, entity: filter.entity, entityId: filter.entityId };
  return { provinceId: scope.provinceId };
}

export async function loadAuditPage(
  scope: AuditScope,
  filter: AuditFilter,
  cursorParam?: unknown,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const cursor = decodeCursor(cursorParam);
  const after: Prisma.AuditLogWhereInput = cursor
    ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
    : {};
  const rows = await db.auditLog.findMany({
    where: { AND: [whereFor(scope, filter), after] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      agencyId: true,
      user: { select: { name: true, email: true } },
    },
  });
  const page = rows.slice(0, pageSize);
  const [names, namer] = await Promise.all([resolveNames(scope, page), loadAgencyNamer(db, scope.provinceId)]);
  const last = page[page.length - 1];
  return {
    entries: page.map((r) => {
      // every agency on the row as named when the change was made (renames since do not rewrite the log)
      const then = (id: string) => namer.at(id, r.createdAt);
      const agencyNames = new Map([...names.agencies.keys()].map((id) => [id, then(id)?.name ?? ""]));
      const subject = r.entity === "Agency" ? then(r.entityId) : null;
      return {
        id: r.id,
        createdAt: r.createdAt,
        actor: r.user ? `${r.user.name} (${r.user.email})` : null,
        entity: r.entity,
        entityId: r.entityId,
        subject: subject?.name ?? names.subjects.get(`${r.entity}:${r.entityId}`) ?? null,
        subjectSuccessor: subject?.successor ?? null,
        agency: r.agencyId && r.entity !== "Agency" ? then(r.agencyId) : null,
        ...describeAudit(r, agencyNames),
      };
    }),
    nextCursor: rows.length > pageSize && last ? encodeCursor(last) : null,
  };
}

type Row = { entity: string; entityId: string; before: unknown; after: unknown };

/** One query per kind of name on the page (at most five), never one per row. */
async function resolveNames(scope: AuditScope, rows: Row[]) {
  const ids = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
  const agencyIds = new Set(ids("Agency"));
  for (const r of rows)
    for (const side of [r.before, r.after]) {
      const { agencyId, supportAgencyIds } = (side ?? {}) as { agencyId?: unknown; supportAgencyIds?: unknown };
      if (typeof agencyId === "string") agencyIds.add(agencyId);
      if (Array.isArray(supportAgencyIds))
        for (const id of supportAgencyIds) if (typeof id === "string") agencyIds.add(id);
    }
  const p = scope.provinceId;
  const [agencies, groups, users, tasks, plans] = await Promise.all([
    db.agency.findMany({ where: { provinceId: p, id: { in: [...agencyIds] } }, select: { id: true, name: true } }),
    db.agencyGroup.findMany({
      where: { provinceId: p, id: { in: ids("AgencyGroup") } },
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: { provinceId: p, id: { in: ids("User") } },
      select: { id: true, name: true, email: true },
    }),
    db.task.findMany({
      where: { plan: { provinceId: p }, id: { in: ids("Task") } },
      select: { id: true, title: true },
    }),
    db.plan.findMany({ where: { provinceId: p, id: { in: ids("Plan") } }, select: { id: true, number: true } }),
  ]);
  const subjects = new Map<string, string>([
    ...agencies.map((a) => [`Agency:${a.id}`, a.name] as const),
    ...groups.map((g) => [`AgencyGroup:${g.id}`, g.name] as const),
    ...users.map((u) => [`User:${u.id}`, `${u.name} (${u.email})`] as const),
    ...tasks.map((t) => [`Task:${t.id}`, t.title] as const),
    ...plans.map((pl) => [`Plan:${pl.id}`, `Kế hoạch ${pl.number}`] as const),
  ]);
  return { subjects, agencies: new Map(agencies.map((a) => [a.id, a.name])) };
}

/** The header of an agency's or a task's log; null when it is not in the caller's province. */
export async function loadAuditSubject(scope: AuditScope, filter: AuditFilter): Promise<string | null> {
  if (filter.kind === "agency") {
    const agency = await db.agency.findFirst({
      where: { id: filter.agencyId, provinceId: scope.provinceId },
      select: { name: true },
    });
    return agency?.name ?? null;
  }
  if (filter.kind === "entity" && filter.entity === "Task") {
    const task = await db.task.findFirst({
      where: { id: filter.entityId, plan: { provinceId: scope.provinceId } },
      select: { title: true },
    });
    return task?.title ?? null;
  }
  return "";
}

/**
 * For pages: the log for a user with "audit.read" (Sở Nội vụ, leadership), refused for anyone else; an agency or
 * task that is not in the caller's province is not found (its log is never read).
 */
export async function loadAuditFor(
  user: Actor,
  filter: AuditFilter,
  cursor?: unknown,
): Promise<Loaded<{ subject: string; page: AuditPage }>> {
  if (!can(user, "audit.read", { provinceId: user.provinceId })) return FORBIDDEN;
  const scope = { provinceId: user.provinceId };
  const subject = await loadAuditSubject(scope, filter);
  if (subject === null) return NOT_FOUND;
  return { status: "ok", data: { subject, page: await loadAuditPage(scope, filter, cursor) } };
}
