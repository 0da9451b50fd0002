// What an agency's Monday needs from its board, pure: the summary strip, the sort orders, and identical
// supporting duties (one measure fanned out to every department) folded into one card with a count.

import { codeParts, compareCodeParts } from "@/lib/criteria/codes";
import { Dec } from "@/lib/decimal";
import { BOARD_COLUMNS, type BoardCard, filterCards, type TaskCard } from "@/lib/tasks/board";
import {
  BOARD_CARD_LIMIT,
  BOARD_PAGE_SIZE,
  type BoardFilters,
  type BoardSort,
  type TaskStatusValue,
} from "@/lib/tasks/schema";
import { isClosedStatus } from "@/lib/tasks/status";

export type BoardSummary = {
  overdue: number;
  dueSoon: number;
  /** lost points of the criteria the agency leads open work on; a criterion inside another counted once */
  pointsAtStake: string;
  waiting: number;
  returned: number;
  /** staff's "hoàn thành" waiting for the agency head (not yet with Sở Nội vụ) */
  awaitingHead: number;
};

/**
 * What is computed from a board's cards alone (its summary, its layout for some filters) is kept with the array it
 * was computed from. A board read from the aggregate cache hands every request the same array, never changed
 * (lib/server/aggregate-cache.ts), so loading it again sorts, folds and sums nothing: sorting the large agency's 160
 * cards was a tenth of its request's garbage. At most MEMO_SIZE results an array (the filters come from the URL);
 * gone with the array (WeakMap).
 */
const memo = new WeakMap<readonly BoardCard[], Map<string, unknown>>();
const MEMO_SIZE = 32;

function remembered<R>(cards: readonly BoardCard[], key: string, compute: () => R): R {
  let results = memo.get(cards);
  if (!results) {
    results = new Map();
    memo.set(cards, results);
  }
  if (results.has(key)) return results.get(key) as R;
  const result = compute();
  if (results.size >= MEMO_SIZE) results.clear();
  results.set(key, result);
  return result;
}

/** Over the tasks the agency leads (support duties are someone else's deadline). */
export function summarizeBoard(cards: readonly BoardCard[]): BoardSummary {
  return remembered(cards, "summary", () => summaryOf(cards));
}

function summaryOf(cards: readonly BoardCard[]): BoardSummary {
  const lead = cards.filter((c) => c.role === "lead");
  const open = lead.filter((c) => !isClosedStatus(c.status));
  const lost = new Map<string, string>();
  for (const c of open) if (c.criterionCode && c.lostPoints !== null) lost.set(c.criterionCode, c.lostPoints);
  // 3.4 already contains 3.4.1's points: count only codes with no ancestor in the set.
  const codes = [...lost.keys()];
  const outermost = codes.filter((code) => !codes.some((other) => other !== code && code.startsWith(`${other}.`)));
  const points = outermost.reduce((sum, code) => sum.plus(lost.get(code) ?? 0), new Dec(0));
  return {
    overdue: open.filter((c) => c.overdue).length,
    dueSoon: open.filter((c) => c.dueSoon).length,
    pointsAtStake: points.toString(),
    waiting: lead.filter((c) => c.status === "SUBMITTED").length,
    returned: lead.filter((c) => c.status === "RETURNED").length,
    awaitingHead: lead.filter((c) => c.awaitingHead === true).length,
  };
}

/** What the sorts compare, computed once per card: a comparison must not parse a decimal or split a code. */
type SortKey = { points: Dec; due: number; hasCode: number; code: number[] };
type Keyed<T> = { card: T; key: SortKey; index: number };

const byCode = (a: SortKey, b: SortKey) => a.hasCode - b.hasCode || compareCodeParts(a.code, b.code);
const byPoints = (a: SortKey, b: SortKey) => b.points.comparedTo(a.points);
const byDue = (a: SortKey, b: SortKey) => a.due - b.due;

const COMPARATORS: Record<BoardSort, (a: SortKey, b: SortKey) => number> = {
  points: (a, b) => byPoints(a, b) || byDue(a, b) || byCode(a, b),
  due: (a, b) => byDue(a, b) || byPoints(a, b) || byCode(a, b),
  code: (a, b) => byCode(a, b),
};

/** A stable sort (ties keep the loader's order: criterion code, then plan reference). */
export function sortCards<T extends BoardCard>(cards: readonly T[], sort: BoardSort): T[] {
  const compare = COMPARATORS[sort];
  const keyed: Keyed<T>[] = cards.map((card, index) => ({
    card,
    index,
    key: {
      points: new Dec(card.lostPoints ?? -1),
      due: card.cycleDue?.getTime() ?? Number.POSITIVE_INFINITY,
      hasCode: card.criterionCode === null ? 1 : 0,
      code: codeParts(card.criterionCode ?? ""),
    },
  }));
  keyed.sort((a, b) => compare(a.key, b.key) || a.index - b.index);
  return keyed.map((k) => k.card);
}

export type SupportGroup<T extends BoardCard = TaskCard> = {
  kind: "group";
  key: string;
  /** the first member, for the title, criterion, points and due date the members share */
  sample: T;
  members: BoardCard[];
  /** the least advanced member's status: the column where work remains */
  status: TaskStatusValue;
  overdue: number;
};
export type BoardItem<T extends BoardCard = TaskCard> = { kind: "task"; card: T } | SupportGroup<T>;

/**
 * Supporting duties with the same title on the same criterion (one measure led by many agencies) become one
 * item listing its lead agencies; a lone support card and every lead card stay as they are. Order is kept:
 * a group sits where its first member was.
 */
export function foldSupportDuties<T extends BoardCard>(cards: readonly T[]): BoardItem<T>[] {
  const groups = new Map<string, T[]>();
  const keyOf = (c: BoardCard) => `${c.criterionCode ?? ""}|${c.title}`;
  for (const c of cards) if (c.role === "support") groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  const items: BoardItem<T>[] = [];
  const placed = new Set<string>();
  for (const card of cards) {
    const members = card.role === "support" ? (groups.get(keyOf(card)) ?? []) : [];
    if (members.length < 2) {
      items.push({ kind: "task", card });
      continue;
    }
    if (placed.has(keyOf(card))) continue;
    placed.add(keyOf(card));
    const status = BOARD_COLUMNS.find((s) => members.some((m) => m.status === s)) ?? card.status;
    items.push({
      kind: "group",
      key: keyOf(card),
      sample: card,
      members,
      status,
      overdue: members.filter((m) => m.overdue).length,
    });
  }
  return items;
}

export const itemStatus = <T extends BoardCard>(item: BoardItem<T>): TaskStatusValue =>
  item.kind === "task" ? item.card.status : item.status;

/** One status column of a bounded board: every item's count, and the items it shows. */
export type BoundedColumn<T extends BoardCard = TaskCard> = {
  status: TaskStatusValue;
  total: number;
  shown: BoardItem<T>[];
};

/**
 * The columns of a board that shows at most `limit` cards, shared by the columns one round at a time (a column
 * with few items leaves its share to the others), each column's order kept; `total` counts the whole column.
 */
export function boundedColumns<T extends BoardCard>(items: readonly BoardItem<T>[], limit: number): BoundedColumn<T>[] {
  const columns = BOARD_COLUMNS.map((status) => ({ status, all: items.filter((i) => itemStatus(i) === status) }));
  const take = columns.map(() => 0);
  let left = limit;
  for (let round = 0; left > 0; round++) {
    let added = false;
    for (const [i, c] of columns.entries())
      if (left > 0 && c.all.length > round) {
        take[i] = round + 1;
        left -= 1;
        added = true;
      }
    if (!added) break;
  }
  return columns.map((c, i) => ({ status: c.status, total: c.all.length, shown: c.all.slice(0, take[i]) }));
}

/** One page of a list already filtered and sorted on the server: the page is clamped to the pages there are. */
export function pageOfList<T>(rows: readonly T[], page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount };
}

/**
 * What a board shows of its cards once filtered and sorted: `count` of them; in the list view one page of rows, in
 * columns the bounded columns of their items (`items` of them, support duties folded).
 */
export type BoardLayout<T extends BoardCard> = {
  count: number;
  list: { rows: T[]; page: number; pageCount: number } | null;
  columns: { columns: BoundedColumn<T>[]; items: number } | null;
};

export function boardLayout<T extends BoardCard>(cards: readonly T[], filters: BoardFilters): BoardLayout<T> {
  return remembered(cards, JSON.stringify(filters), () => layoutOf(cards, filters));
}

function layoutOf<T extends BoardCard>(cards: readonly T[], filters: BoardFilters): BoardLayout<T> {
  const shown = sortCards(filterCards(cards, filters), filters.sort);
  if (filters.view === "list")
    return { count: shown.length, list: pageOfList(shown, filters.page ?? 1, BOARD_PAGE_SIZE), columns: null };
  const items = foldSupportDuties(shown);
  return {
    count: shown.length,
    list: null,
    columns: { columns: boundedColumns(items, BOARD_CARD_LIMIT), items: items.length },
  };
}

/** The cards the layout draws (a folded group draws its first member): those whose details are read. */
export function layoutCardIds(layout: BoardLayout<BoardCard>): string[] {
  if (layout.list) return layout.list.rows.map((c) => c.id);
  return (layout.columns?.columns ?? []).flatMap((c) =>
    c.shown.map((i) => (i.kind === "task" ? i.card.id : i.sample.id)),
  );
}

/** The layout with each drawn card replaced by `fill`'s (the card with its details). */
export function fillLayout<T extends BoardCard, U extends BoardCard>(
  layout: BoardLayout<T>,
  fill: (card: T) => U,
): BoardLayout<U> {
  const item = (i: BoardItem<T>): BoardItem<U> =>
    i.kind === "task" ? { kind: "task", card: fill(i.card) } : { ...i, sample: fill(i.sample) };
  return {
    count: layout.count,
    list: layout.list ? { ...layout.list, rows: layout.list.rows.map(fill) } : null,
    columns: layout.columns
      ? {
          items: layout.columns.items,
          columns: layout.columns.columns.map((c) => ({ ...c, shown: c.shown.map(item) })),
        }
      : null,
  };
}

/**
 * What a board card shows, and nothing else: the columns are drawn by a client component from these props, so
 * each card travels once in the page's RSC payload as this small object rather than as its whole element tree
 * (and never the fields the card does not show). Flags that are off and empty texts are left out.
 */
export type CardView = Pick<
  TaskCard,
  | "id"
  | "title"
  | "status"
  | "progress"
  | "recurrence"
  | "criterionCode"
  | "lostPoints"
  | "cycleDue"
  | "overdue"
  | "role"
  | "lastUpdateAt"
  | "lastUpdateBy"
> &
  Partial<
    Pick<
      TaskCard,
      "agencyName" | "responsibleName" | "returnReason" | "returnedUnread" | "isNew" | "awaitingHead" | "formerAgency"
    >
  >;

export function cardView(c: TaskCard): CardView {
  const view: CardView = {
    id: c.id,
    title: c.title,
    status: c.status,
    progress: c.progress,
    recurrence: c.recurrence,
    criterionCode: c.criterionCode,
    lostPoints: c.lostPoints,
    cycleDue: c.cycleDue,
    overdue: c.overdue,
    role: c.role,
    lastUpdateAt: c.lastUpdateAt,
    lastUpdateBy: c.lastUpdateBy,
  };
  if (c.role === "support" && c.agencyName) view.agencyName = c.agencyName;
  if (c.responsibleName) view.responsibleName = c.responsibleName;
  if (c.status === "RETURNED" && c.returnReason) view.returnReason = c.returnReason;
  if (c.returnedUnread) view.returnedUnread = true;
  if (c.isNew) view.isNew = true;
  if (c.awaitingHead) view.awaitingHead = true;
  if (c.formerAgency) view.formerAgency = c.formerAgency;
  return view;
}

export type SupportGroupView = Omit<SupportGroup, "sample" | "members"> & {
  sample: CardView;
  members: { id: string; agencyName: string | null; status: TaskStatusValue }[];
};
export type BoardItemView = { kind: "task"; card: CardView } | SupportGroupView;

export function itemView(item: BoardItem): BoardItemView {
  if (item.kind === "task") return { kind: "task", card: cardView(item.card) };
  return {
    ...item,
    sample: cardView(item.sample),
    members: item.members.map((m) => ({ id: m.id, agencyName: m.agencyName, status: m.status })),
  };
}
