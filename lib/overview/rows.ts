// Ordering and filtering of overview rows (pure, so the page stays a thin composition and this is unit-tested).
import { AGENCY_KINDS, type AgencyKind } from "@/lib/agency-admin/labels";
import type { TaskStatusValue } from "@/lib/tasks/schema";

export type RowLike = {
  agencyId: string | null;
  name: string | null;
  kind: AgencyKind | null;
  total: number;
  counts: Record<TaskStatusValue, number>;
  overdue: number;
  lastUpdatedAt: Date | null;
};

export const OVERVIEW_SORTS = {
  "co-quan": "Theo loại và tên cơ quan",
  "tre-han": "Nhiều nhiệm vụ quá hạn trước",
  "tien-do": "Tiến độ thấp trước",
  "cap-nhat": "Lâu chưa cập nhật trước",
} as const;
export type OverviewSort = keyof typeof OVERVIEW_SORTS;

export function parseSort(value: unknown): OverviewSort {
  return typeof value === "string" && value in OVERVIEW_SORTS ? (value as OverviewSort) : "co-quan";
}

/** The tasks that are still part of the work: a task "không còn áp dụng" is neither done nor to do. */
export function applicableTasks(row: { total: number; counts: Record<TaskStatusValue, number> }): number {
  return row.total - row.counts.NOT_APPLICABLE;
}

/** Share accepted of the applicable tasks, as a whole percent rounded down (0 when none): 99,6 % is not "100 %". */
export function percentDone(row: { total: number; counts: Record<TaskStatusValue, number> }): number {
  const applicable = applicableTasks(row);
  return applicable === 0 ? 0 : Math.floor((row.counts.ACCEPTED * 100) / applicable);
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
const kindRank = (kind: AgencyKind | null) => (kind ? AGENCY_KINDS.indexOf(kind) : AGENCY_KINDS.length);

function byAgency(a: RowLike, b: RowLike): number {
  return kindRank(a.kind) - kindRank(b.kind) || collator.compare(a.name ?? "", b.name ?? "");
}

const COMPARATORS: Record<OverviewSort, (a: RowLike, b: RowLike) => number> = {
  "co-quan": byAgency,
  "tre-han": (a, b) => b.overdue - a.overdue || byAgency(a, b),
  "tien-do": (a, b) => progressKey(a) - progressKey(b) || byAgency(a, b),
  "cap-nhat": (a, b) => (a.lastUpdatedAt?.getTime() ?? 0) - (b.lastUpdatedAt?.getTime() ?? 0) || byAgency(a, b),
};

// Agencies without tasks have nothing to be late on: they go after every agency that has work.
function progressKey(row: RowLike): number {
  return row.total === 0 ? 101 : percentDone(row);
}

/** The unassigned row (agencyId null) always comes last; a kind filter hides it. */
export function arrangeRows<R extends RowLike>(rows: readonly R[], sort: OverviewSort, kind: AgencyKind | null): R[] {
  const agencies = rows.filter((r) => r.agencyId !== null && (!kind || r.kind === kind));
  agencies.sort(COMPARATORS[sort]);
  const unassigned = kind ? [] : rows.filter((r) => r.agencyId === null);
  return [...agencies, ...unassigned];
}

/** Rows of /tien-do per page: a province's list of agencies is paged, so the page's weight stays bounded. */
export const OVERVIEW_PAGE_SIZE = 50;

/** The `trang` parameter as a page number within 1…pages (anything else: the first page). */
export function pageOfRows<R>(
  rows: readonly R[],
  pageParam: unknown,
  size = OVERVIEW_PAGE_SIZE,
): { rows: R[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const asked = typeof pageParam === "string" && /^\d{1,6}$/.test(pageParam) ? Number(pageParam) : 1;
  const page = Math.min(Math.max(1, asked), pages);
  const start = (page - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page, pages, from: shown.length ? start + 1 : 0, to: start + shown.length };
}
