import "server-only";
// Reads for the agency and group admin pages, always scoped to the caller's province (CONTRIBUTING.md §4).
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { found } from "@/lib/server/loaded";
import { foldKey } from "@/lib/text/vietnamese";
import { AGENCY_KINDS, type AgencyKind } from "./labels";

// Postgres sorts names byte-wise ("Đạ Huoai" after "Đơn Dương"); Vietnamese readers expect dictionary order.
const collator = new Intl.Collator("vi", { numeric: true });
function byKindAndName<T extends { kind: AgencyKind; name: string }>(a: T, b: T): number {
  return AGENCY_KINDS.indexOf(a.kind) - AGENCY_KINDS.indexOf(b.kind) || collator.compare(a.name, b.name);
}

export type AdminScope = { provinceId: string };

/** What the list and the edit page both show of an agency. */
const AGENCY_FIELDS = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  active: true,
  aliases: true,
  parent: { select: { name: true } },
} as const;
export type AgencyListFilter = { q?: string; kind?: AgencyKind | null; status?: "active" | "inactive" | "all" };

export type AgencyListRow = {
  id: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  active: boolean;
  parentName: string | null;
  aliases: string[];
  groups: string[];
  userCount: number;
};

export async function loadAgencyList(scope: AdminScope, filter: AgencyListFilter = {}): Promise<AgencyListRow[]> {
  const status = filter.status ?? "active";
  const rows = await db.agency.findMany({
    where: {
      provinceId: scope.provinceId,
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(status === "all" ? {} : { active: status === "active" }),
    },
    select: {
      ...AGENCY_FIELDS,
      memberships: { select: { group: { select: { name: true } } } },
      _count: { select: { users: true } },
    },
  });
  const wanted = filter.q ? foldKey(filter.q) : "";
  return rows
    .sort(byKindAndName)
    .filter((a) => !wanted || [a.name, a.shortName ?? "", ...a.aliases].some((s) => foldKey(s).includes(wanted)))
    .map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      kind: a.kind,
      active: a.active,
      aliases: a.aliases,
      parentName: a.parent?.name ?? null,
      groups: a.memberships.map((m) => m.group.name),
      userCount: a._count.users,
    }));
}

export type AgencyOption = { id: string; name: string; kind: AgencyKind; active: boolean };

/** For pickers (parent agency, a user's agency, group members). */
export async function loadAgencyOptions(scope: AdminScope): Promise<AgencyOption[]> {
  const rows = await db.agency.findMany({
    where: { provinceId: scope.provinceId },
    select: { id: true, name: true, kind: true, active: true },
  });
  return rows.sort(byKindAndName);
}

export async function loadAgencyForEdit(scope: AdminScope, agencyId: string) {
  const agency = await db.agency.findFirst({
    where: { id: agencyId, provinceId: scope.provinceId },
    select: {
      ...AGENCY_FIELDS,
      headApprovesTasks: true,
      parentId: true,
      children: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      memberships: { select: { groupId: true } },
      _count: { select: { users: true, tasks: true } },
    },
  });
  return found(agency);
}

export type GroupRow = { id: string; name: string; aliases: string[]; memberCount: number };

export async function loadGroups(scope: AdminScope): Promise<GroupRow[]> {
  const groups = await db.agencyGroup.findMany({
    where: { provinceId: scope.provinceId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, aliases: true, _count: { select: { members: true } } },
  });
  return groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, memberCount: g._count.members }));
}

export async function loadGroupForEdit(scope: AdminScope, groupId: string) {
  const group = await db.agencyGroup.findFirst({
    where: { id: groupId, provinceId: scope.provinceId },
    select: { id: true, name: true, aliases: true, members: { select: { agencyId: true } } },
  });
  return found(
    group && {
      id: group.id,
      name: group.name,
      aliases: group.aliases,
      memberIds: group.members.map((m) => m.agencyId),
    },
  );
}

/** The caller's own agency's head-approval switch, when they may set it (the head, on their staff page); else null. */
export async function loadOwnHeadApproval(user: SessionUser): Promise<{ agencyId: string; on: boolean } | null> {
  if (!user.agencyId || !can(user, "agency.settings", { provinceId: user.provinceId, agencyId: user.agencyId }))
    return null;
  const agency = await db.agency.findFirst({
    where: { id: user.agencyId, provinceId: user.provinceId },
    select: { id: true, headApprovesTasks: true },
  });
  return agency && { agencyId: agency.id, on: agency.headApprovesTasks };
}
