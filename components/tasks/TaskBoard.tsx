import { BoardColumns } from "@/components/tasks/BoardColumns";
import { BoardFilters } from "@/components/tasks/BoardFilters";
import { BoardSummaryStrip } from "@/components/tasks/BoardSummary";
import { PlanPicker } from "@/components/tasks/PlanPicker";
import { TaskList } from "@/components/tasks/TaskList";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { BOARD_COLUMNS, type BoardCard, filterOptions, type TaskCard as TaskCardData } from "@/lib/tasks/board";
import { type BoardLayout, type BoundedColumn, itemView, summarizeBoard } from "@/lib/tasks/board-view";
import type { AgencyRef, BoardPlan } from "@/lib/tasks/data";
import type { BoardView, BoardFilters as Filters } from "@/lib/tasks/schema";
import { STATUS_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

type Props = {
  title: string;
  basePath: string;
  filters: Filters;
  /** the chosen plan's cards (of one status column when `filters.status` is set: the loader filtered them) */
  cards: BoardCard[];
  /** what is drawn of them with `filters`, with the drawn cards' details (loadBoardLayout) */
  layout: BoardLayout<TaskCardData>;
  plans: BoardPlan[];
  plan: BoardPlan | null;
  /** the agencies whose work this one carries on ("Gộp theo cơ cấu hiện tại" shows when there are any) */
  predecessors?: AgencyRef[];
  /** other parameters every link of the board keeps (the cycle picker's `chu-ky`) */
  keep?: Record<string, string>;
  toolbar?: React.ReactNode;
};

/** The board's address with its filters (and `keep`): where a task page's back link returns to. */
export function boardHref(
  basePath: string,
  filters: Filters,
  overrides: Partial<Filters> = {},
  keep: Record<string, string> = {},
): string {
  // the defaults are left out: every card carries this address in its link, twice (HTML and RSC payload)
  const defaults: Record<string, string | number> = { view: "columns", role: "lead", sort: "points", page: 1 };
  const entries = Object.entries({ ...keep, ...filters, ...overrides }).flatMap(([k, v]) =>
    (typeof v === "string" || typeof v === "number") && defaults[k] !== v ? [[k, String(v)]] : [],
  );
  const query = new URLSearchParams(entries).toString();
  return query ? `${basePath}?${query}` : basePath;
}

/**
 * One agency's board, shared by /nhiem-vu (own agency) and /co-quan/[agencyId] (any agency, province roles): one
 * plan at a time; in columns at most BOARD_CARD_LIMIT cards, each column linking to its full list; the list view
 * BOARD_PAGE_SIZE rows a page.
 */
export function TaskBoard({
  title,
  basePath,
  filters,
  cards,
  layout,
  plans,
  plan,
  predecessors = [],
  keep = {},
  toolbar,
}: Props) {
  const { fields, criteria, criteriaAfterField } = filterOptions(cards, filters);
  const href = (o: Partial<Filters> = {}) => boardHref(basePath, filters, o, keep);
  const back = href();
  const column = filters.view === "list" ? (filters.status ?? null) : null;
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{title}</h1>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite" data-testid="board-count">
            {column && `${TASK_TEXT.columnListTitle(STATUS_LABELS[column])} · `}
            {TASK_TEXT.count(layout.count, cards.length)}
          </p>
        </div>
        {toolbar}
      </header>
      <PlanPicker basePath={basePath} plans={plans} current={plan} filters={filters} keep={keep} />
      {/* the summary is over the whole plan: a one-column list does not have it */}
      {!filters.status && <BoardSummaryStrip summary={summarizeBoard(cards)} href={href} />}
      <BoardFilters
        basePath={basePath}
        filters={filters}
        fields={fields}
        criteria={criteria}
        criteriaAfterField={criteriaAfterField}
        keep={keep}
        merge={mergeSwitch(predecessors, filters, href)}
      />
      <ViewSwitch href={href} filters={filters} />
      {column && (
        <Link href={href({ view: "columns", status: undefined, page: undefined })} className="ml-3 text-sm underline">
          {TASK_TEXT.allColumns}
        </Link>
      )}
      {!plan ? (
        <EmptyState boxed>{TASK_TEXT.noPlan}</EmptyState>
      ) : layout.count === 0 ? (
        <EmptyState boxed>{TASK_TEXT.emptyBoard}</EmptyState>
      ) : layout.list ? (
        <PagedList list={layout.list} back={back} href={href} />
      ) : (
        <Columns columns={layout.columns?.columns ?? []} items={layout.columns?.items ?? 0} back={back} href={href} />
      )}
    </div>
  );
}

/** The board's "Gộp theo cơ cấu hiện tại" switch, when the agency carries on the work of ended agencies. */
function mergeSwitch(predecessors: AgencyRef[], filters: Filters, href: (o: Partial<Filters>) => string) {
  if (predecessors.length === 0) return undefined;
  const on = filters.gop === "1";
  const names = predecessors.map((p) => p.name);
  return {
    on,
    note: on ? TASK_TEXT.boardMerged(names) : TASK_TEXT.boardSeparate(names),
    href: href({ gop: on ? undefined : "1", page: undefined }),
  };
}

function PagedList({
  list,
  back,
  href,
}: {
  list: NonNullable<BoardLayout<TaskCardData>["list"]>;
  back: string;
  href: (o: Partial<Filters>) => string;
}) {
  const { rows, page: current, pageCount } = list;
  const at = (n: number) => ({ page: n > 1 ? String(n) : undefined });
  // hrefWith keeps every other parameter; the board's own address (filters, plan, cycle) is the base
  const [path, query = ""] = href({ page: undefined }).split("?");
  return (
    <>
      <TaskList cards={rows} back={back} />
      <Pagination
        label={TASK_TEXT.pagination}
        basePath={path ?? ""}
        params={Object.fromEntries(new URLSearchParams(query))}
        previous={current > 1 ? { label: TASK_TEXT.previous, change: at(current - 1) } : null}
        next={current < pageCount ? { label: TASK_TEXT.next, change: at(current + 1), testId: "list-next" } : null}
        status={TASK_TEXT.pageOf(current, pageCount)}
      />
    </>
  );
}

function Columns({
  columns,
  items,
  back,
  href,
}: {
  columns: BoundedColumn[];
  /** the items of every column (a folded group is one) */
  items: number;
  back: string;
  href: (o: Partial<Filters>) => string;
}) {
  const cardsShown = columns.reduce((n, c) => n + c.shown.length, 0);
  return (
    <>
      {/* Keyboard: reach a status column in one step instead of tabbing through every card before it. */}
      <nav aria-label={TASK_TEXT.jumpToColumn} className="flex flex-wrap gap-2 text-sm" data-testid="column-jump">
        <span className="text-slate-600">{TASK_TEXT.jumpToColumn}:</span>
        {BOARD_COLUMNS.map((status, i) => (
          <a key={status} href={`#list-${status}`} className="jump">
            {STATUS_LABELS[status]} ({columns[i]?.total ?? 0})
          </a>
        ))}
      </nav>
      {cardsShown < items && (
        <p className="text-sm text-slate-600" data-testid="columns-bounded">
          {TASK_TEXT.columnShown(cardsShown, items)}
        </p>
      )}
      <BoardColumns
        back={back}
        columns={columns.map((c) => ({
          status: c.status,
          total: c.total,
          items: c.shown.map(itemView),
          allHref: href({ view: "list", status: c.status, page: undefined }),
        }))}
      />
    </>
  );
}

function ViewSwitch({ href, filters }: { href: (o: Partial<Filters>) => string; filters: Filters }) {
  const item = (view: BoardView, label: string) => (
    <Link
      href={href({ view, status: undefined, page: undefined })}
      aria-current={filters.view === view && !filters.status ? "page" : undefined}
      className={`px-3 py-1.5 text-sm ${filters.view === view ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={TASK_TEXT.viewSwitch} className="inline-flex overflow-hidden rounded-md border border-slate-300">
      {item("columns", TASK_TEXT.columnsView)}
      {item("list", TASK_TEXT.listView)}
    </nav>
  );
}
