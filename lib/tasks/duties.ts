import "server-only";
// Reads of the duties page (/duyet/giao-viec): the province's tasks without a lead agency, filtered by field and
// text and paged, or the ones Sở Nội vụ has already assigned there (to reassign). Province in every where clause.
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { compareCodes } from "@/lib/criteria/codes";
import { db } from "@/lib/db";
import { FORBIDDEN, type Loaded } from "@/lib/server/loaded";
import type { AgencyRef } from "@/lib/tasks/data";
import { type DutyFilters, NO_FIELD, type RecurrenceValue, type TaskStatusValue } from "@/lib/tasks/schema";
import { ASSIGN_TEXT, criterionLabel } from "@/lib/tasks/strings";

export const DUTIES_PAGE_SIZE = 25;

export type DutyRow = {
  id: string;
  version: number;
  title: string;
  sourceRef: string;
  criterionCode: string | null;
  status: TaskStatusValue;
  dueOn: Date | null;
  recurrence: RecurrenceValue;
  lead: AgencyRef | null;
  supporters: AgencyRef[];
  assignedAt: Date | null;
};
export type DutyList = {
  rows: DutyRow[];
  total: number;
  page: number;
  pageCount: number;
  fields: { value: string; label: string }[];
  counts: { unassigned: number; assigned: number };
};

function viewWhere(user: SessionUser, view: DutyFilters["view"]): Prisma.TaskWhereInput {
  return {
    plan: { provinceId: user.provinceId },
    ...(view === "unassigned" ? { agencyId: null } : { assignedAt: { not: null }, agencyId: { not: null } }),
  };
}

function filterWhere(filters: DutyFilters): Prisma.TaskWhereInput[] {
  const and: Prisma.TaskWhereInput[] = [];
  if (filters.field === NO_FIELD) and.push({ criterionId: null });
  else if (filters.field)
    and.push({
      OR: [{ criterion: { code: filters.field } }, { criterion: { code: { startsWith: `${filters.field}.` } } }],
    });
  const q = filters.q?.normalize("NFC");
  if (q) and.push({ title: { contains: q, mode: "insensitive" } });
  return and;
}

/** The duties of one view, one page of them, with the field options and both views' counts. */
export async function loadDutyList(user: SessionUser, filters: DutyFilters): Promise<Loaded<DutyList>> {
  if (!can(user, "task.assign", { provinceId: user.provinceId })) return FORBIDDEN;
  const base = viewWhere(user, filters.view);
  const where: Prisma.TaskWhereInput = { AND: [base, ...filterWhere(filters)] };
  const [total, unassigned, assigned, codes] = await Promise.all([
    db.task.count({ where }),
    db.task.count({ where: viewWhere(user, "unassigned") }),
    db.task.count({ where: viewWhere(user, "assigned") }),
    db.task.findMany({
      where: base,
      distinct: ["criterionId"],
      select: { criterion: { select: { code: true, frameworkId: true } } },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / DUTIES_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.task.findMany({
    where,
    orderBy:
      filters.view === "assigned"
        ? [{ assignedAt: "desc" }, { id: "asc" }]
        : [{ criterion: { sortKey: "asc" } }, { sourceRef: "asc" }, { id: "asc" }],
    skip: (page - 1) * DUTIES_PAGE_SIZE,
    take: DUTIES_PAGE_SIZE,
    select: {
      id: true,
      version: true,
      title: true,
      sourceRef: true,
      status: true,
      dueOn: true,
      recurrence: true,
      assignedAt: true,
      criterion: { select: { code: true } },
      agency: { select: { id: true, name: true } },
      supporters: { select: { agency: { select: { id: true, name: true } } }, orderBy: { agency: { name: "asc" } } },
    },
  });
  return {
    status: "ok",
    data: {
      rows: rows.map(({ criterion, agency, supporters, ...r }) => ({
        ...r,
        criterionCode: criterion?.code ?? null,
        lead: agency,
        supporters: supporters.map((s) => s.agency),
      })),
      total,
      page,
      pageCount,
      fields: await fieldOptions(codes.map((c) => c.criterion)),
      counts: { unassigned, assigned },
    },
  };
}

/** "Lĩnh vực 1. Tên lĩnh vực" for each field the view's tasks fall under, and "Nhiệm vụ chung" when some have none. */
async function fieldOptions(
  criteria: ({ code: string; frameworkId: string } | null)[],
): Promise<{ value: string; label: string }[]> {
  const known = criteria.filter((c) => c !== null);
  const fieldCodes = [...new Set(known.map((c) => c.code.split(".")[0] ?? c.code))];
  const titles = await db.criterion.findMany({
    where: {
      level: "FIELD",
      code: { in: fieldCodes },
      frameworkId: { in: [...new Set(known.map((c) => c.frameworkId))] },
    },
    select: { code: true, title: true },
    distinct: ["code"],
  });
  const title = new Map(titles.map((t) => [t.code, t.title]));
  const options = fieldCodes
    .sort(compareCodes)
    .map((code) => ({ value: code, label: `${criterionLabel(code)}${title.has(code) ? `. ${title.get(code)}` : ""}` }));
  return criteria.includes(null) ? [...options, { value: NO_FIELD, label: ASSIGN_TEXT.noField }] : options;
}

/** How many tasks of the province still have no lead agency (the /duyet link's count); null for non-assigners. */
export async function countUnassigned(user: SessionUser): Promise<number | null> {
  if (!can(user, "task.assign", { provinceId: user.provinceId })) return null;
  return db.task.count({ where: viewWhere(user, "unassigned") });
}
