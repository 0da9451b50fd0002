// Board shaping, pure: derived due dates, filters, status columns and filter options from one agency's rows.
// Filters run here rather than in SQL because "quá hạn" and "đến hạn tháng này" depend on the recurring
// cycle (lib/tasks/status.ts, one implementation), and an agency's board is bounded (its own tasks, a few
// hundred at most) and is read in one indexed query anyway; the options and counts need the unfiltered set.
import { compareCodes } from "@/lib/criteria/codes";
import type { BoardFilters, RecurrenceValue, TaskStatusValue } from "@/lib/tasks/schema";
import { type DueState, dueState } from "@/lib/tasks/status";
import { HISTORY_TEXT } from "@/lib/tasks/strings";

/** What a board sorts, filters, folds and counts by: read for every card of the plan. */
export type BoardCardRow = {
  id: string;
  title: string;
  status: TaskStatusValue;
  progress: number;
  dueOn: Date | null;
  recurrence: RecurrenceValue;
  agencyId: string | null;
  agencyName: string | null;
  criterionCode: string | null;
  criterionTitle: string | null;
  fieldCode: string | null;
  fieldTitle: string | null;
  lostPoints: string | null;
  /** a staff member's "hoàn thành" waits for the agency head (lib/tasks/head-approval.ts) */
  awaitingHead?: boolean | null;
  /** ?gop=1: the predecessor (an agency a restructuring ended) whose task this is, by name */
  formerAgency?: string | null;
};

/** What only a card on screen shows: a board reads it for the cards it shows (loadBoardLayout). */
export type CardDetails = {
  lastUpdateAt: Date | null;
  lastUpdateBy: string | null;
  /** while RETURNED: Sở Nội vụ's reason, and whether the reader has not opened the task since ("Mới") */
  returnReason?: string | null;
  returnedUnread?: boolean | null;
  /** given to the agency (duties page) and not opened by the reader since */
  isNew?: boolean | null;
  /** "Người phụ trách" */
  responsibleName?: string | null;
};

export type TaskCardRow = BoardCardRow & CardDetails;

export type BoardCard = BoardCardRow & DueState & { role: "lead" | "support" };
export type TaskCard = BoardCard & CardDetails;

export const BOARD_COLUMNS: TaskStatusValue[] = ["NOT_STARTED", "IN_PROGRESS", "RETURNED", "SUBMITTED", "ACCEPTED"];

/** Every key of T, the optional ones too: an object literal of this type names each field of a card. */
type AllKeys<T> = { [K in keyof Required<T>]: T[K] };

/**
 * `boardAgencyIds`: the board's agency (with ?gop=1 its predecessors too): the tasks it leads are "lead" cards.
 * Built field by field, not as `{ ...row, …more }`: V8 (Node 20) copies a spread with new keys after it on a slow
 * path, 12 µs a card against 0,6 (a 160-card board spent 2–3 ms of its request there); AllKeys makes a field
 * added to the row types a type error here until it is copied.
 */
export function toBoardCard(
  row: BoardCardRow,
  boardAgencyIds: string | null | readonly string[],
  today: Date,
  formerAgency: string | null | undefined = row.formerAgency,
): BoardCard {
  const due = dueState(row, today);
  const card: AllKeys<BoardCard> = {
    id: row.id,
    title: row.title,
    status: row.status,
    progress: row.progress,
    dueOn: row.dueOn,
    recurrence: row.recurrence,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    criterionCode: row.criterionCode,
    criterionTitle: row.criterionTitle,
    fieldCode: row.fieldCode,
    fieldTitle: row.fieldTitle,
    lostPoints: row.lostPoints,
    awaitingHead: row.awaitingHead,
    formerAgency,
    cycleDue: due.cycleDue,
    overdue: due.overdue,
    dueSoon: due.dueSoon,
    role: leads(boardAgencyIds, row.agencyId) ? "lead" : "support",
  };
  return card;
}

/** A board card with what its card on screen shows (field by field, as toBoardCard). */
export function withDetails(card: BoardCard, details: CardDetails): TaskCard {
  const full: AllKeys<TaskCard> = {
    id: card.id,
    title: card.title,
    status: card.status,
    progress: card.progress,
    dueOn: card.dueOn,
    recurrence: card.recurrence,
    agencyId: card.agencyId,
    agencyName: card.agencyName,
    criterionCode: card.criterionCode,
    criterionTitle: card.criterionTitle,
    fieldCode: card.fieldCode,
    fieldTitle: card.fieldTitle,
    lostPoints: card.lostPoints,
    awaitingHead: card.awaitingHead,
    formerAgency: card.formerAgency,
    cycleDue: card.cycleDue,
    overdue: card.overdue,
    dueSoon: card.dueSoon,
    role: card.role,
    lastUpdateAt: details.lastUpdateAt,
    // an update with no author was written by the system (a restructuring applied from the command line)
    lastUpdateBy: details.lastUpdateAt && !details.lastUpdateBy ? HISTORY_TEXT.systemAuthor : details.lastUpdateBy,
    returnReason: details.returnReason,
    returnedUnread: details.returnedUnread,
    isNew: details.isNew,
    responsibleName: details.responsibleName,
  };
  return full;
}

/** A card read whole (the personal list, the review queue): the board's fields and the details. */
export function toCard(
  row: TaskCardRow,
  boardAgencyIds: string | null | readonly string[],
  today: Date,
  formerAgency: string | null | undefined = row.formerAgency,
): TaskCard {
  return withDetails(toBoardCard(row, boardAgencyIds, today, formerAgency), row);
}

function leads(boardAgencyIds: string | null | readonly string[], agencyId: string | null): boolean {
  if (agencyId === null) return false;
  return typeof boardAgencyIds === "string" ? boardAgencyIds === agencyId : (boardAgencyIds ?? []).includes(agencyId);
}

export function filterCards<T extends BoardCard>(cards: readonly T[], filters: BoardFilters): T[] {
  return cards.filter(
    (c) =>
      (!filters.field || c.fieldCode === filters.field) &&
      (!filters.criterion ||
        c.criterionCode === filters.criterion ||
        (c.criterionCode ?? "").startsWith(`${filters.criterion}.`)) &&
      (filters.role === "all" || c.role === filters.role) &&
      (!filters.due || (filters.due === "overdue" ? c.overdue : c.dueSoon)) &&
      (!filters.approval || c.awaitingHead === true),
  );
}

export type FilterOption = { value: string; label: string };

/** More criteria than this on a board and the criterion select waits for a field (BoardFilters). */
export const CRITERION_OPTION_LIMIT = 40;

export type FilterOptions = {
  fields: FilterOption[];
  /** the chosen field's criteria; every criterion when no field is chosen and there are few enough */
  criteria: FilterOption[];
  /** how many criteria the board holds when their list waits for a field to be chosen; null when it is shown */
  criteriaAfterField: number | null;
};

/**
 * The fields and criteria that occur on this board, in code order, for the filter selects. With a field chosen
 * the criteria are that field's; without one, a board of more than CRITERION_OPTION_LIMIT criteria lists none
 * (a large agency's board held 123: a list no one scrolls, sent twice in every response), only the chosen one.
 */
export function filterOptions(
  cards: readonly BoardCard[],
  chosen: Pick<BoardFilters, "field" | "criterion"> = {},
): FilterOptions {
  const fields = new Map<string, string>();
  const criteria = new Map<string, string>();
  for (const c of cards) {
    if (c.fieldCode) fields.set(c.fieldCode, `${c.fieldCode}. ${c.fieldTitle ?? ""}`.trim());
    // the chosen criterion stays listed even outside the chosen field: the select must show the filter at work
    if (c.criterionCode && (!chosen.field || c.fieldCode === chosen.field || c.criterionCode === chosen.criterion))
      criteria.set(c.criterionCode, `${c.criterionCode} ${c.criterionTitle ?? ""}`.trim());
  }
  const byCode = (a: [string, string], b: [string, string]) => compareCodes(a[0], b[0]);
  const toOptions = (m: Map<string, string>) => [...m].sort(byCode).map(([value, label]) => ({ value, label }));
  if (chosen.field || criteria.size <= CRITERION_OPTION_LIMIT)
    return { fields: toOptions(fields), criteria: toOptions(criteria), criteriaAfterField: null };
  const kept = chosen.criterion ? criteria.get(chosen.criterion) : undefined;
  return {
    fields: toOptions(fields),
    criteria: kept && chosen.criterion ? [{ value: chosen.criterion, label: kept }] : [],
    criteriaAfterField: criteria.size,
  };
}

/**
 * The predecessor a merged board's card is labelled with: the one that led the task, else the one that supported
 * it when the board's agency itself has no part in it; null for the agency's own work.
 */
export function formerAgencyOf(
  found: readonly { id: string; via: string }[],
  agencyId: string,
  predecessors: readonly { id: string; name: string }[],
) {
  const names = new Map(predecessors.map((p) => [p.id, p.name]));
  const own = new Set(found.flatMap((r) => (r.via === agencyId ? [r.id] : [])));
  const supported = new Map(found.map((r) => [r.id, r.via]));
  return (row: { id: string; agencyId: string | null }): string | null => {
    const led = row.agencyId ? names.get(row.agencyId) : undefined;
    if (led) return led;
    return own.has(row.id) ? null : (names.get(supported.get(row.id) ?? "") ?? null);
  };
}
