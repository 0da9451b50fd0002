import Link from "next/link";
import { BoardFilters } from "@/components/tasks/BoardFilters";
import { BoardSummaryStrip } from "@/components/tasks/BoardSummary";
import { SupportGroupCard } from "@/components/tasks/SupportGroupCard";
import { TaskCard } from "@/components/tasks/TaskCard";
import { TaskList } from "@/components/tasks/TaskList";
import { EmptyState } from "@/components/ui/EmptyState";
import { BOARD_COLUMNS, filterCards, filterOptions, type TaskCard as TaskCardData } from "@/lib/tasks/board";
import { type BoardItem, foldSupportDuties, itemStatus, sortCards, summarizeBoard } from "@/lib/tasks/board-view";
import type { BoardView, BoardFilters as Filters } from "@/lib/tasks/schema";
import { STATUS_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

type Props = { title: string; basePath: string; filters: Filters; cards: TaskCardData[]; toolbar?: React.ReactNode };

/** The board's address with its filters: where a task page's back link returns to. */
export function boardHref(basePath: string, filters: Filters, overrides: Partial<Filters> = {}): string {
  const entries = Object.entries({ ...filters, ...overrides }).filter(
    (e): e is [string, string] => typeof e[1] === "string",
  );
  return `${basePath}?${new URLSearchParams(entries).toString()}`;
}

/** One agency's board, shared by /nhiem-vu (own agency) and /co-quan/[agencyId] (any agency, province roles). */
export function TaskBoard({ title, basePath, filters, cards, toolbar }: Props) {
  const shown = sortCards(filterCards(cards, filters), filters.sort);
  const { fields, criteria } = filterOptions(cards);
  const back = boardHref(basePath, filters);
  const items = foldSupportDuties(shown);
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{title}</h1>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite" data-testid="board-count">
            {TASK_TEXT.count(shown.length, cards.length)}
            {items.length < shown.length && ` · ${TASK_TEXT.foldedCount(items.length)}`}
          </p>
        </div>
        {toolbar}
      </header>
      <BoardSummaryStrip summary={summarizeBoard(cards)} href={(o) => boardHref(basePath, filters, o)} />
      <BoardFilters basePath={basePath} filters={filters} fields={fields} criteria={criteria} />
      <ViewSwitch basePath={basePath} filters={filters} />
      {shown.length === 0 ? (
        <EmptyState boxed>{TASK_TEXT.emptyBoard}</EmptyState>
      ) : filters.view === "list" ? (
        <TaskList cards={shown} back={back} />
      ) : (
        <Columns items={items} back={back} />
      )}
    </div>
  );
}

function Columns({ items, back }: { items: BoardItem[]; back: string }) {
  const columns = Object.fromEntries(BOARD_COLUMNS.map((s) => [s, items.filter((i) => itemStatus(i) === s)]));
  return (
    <>
      {/* Keyboard: reach a status column in one step instead of tabbing through every card before it. */}
      <nav aria-label={TASK_TEXT.jumpToColumn} className="flex flex-wrap gap-2 text-sm" data-testid="column-jump">
        <span className="text-slate-600">{TASK_TEXT.jumpToColumn}:</span>
        {BOARD_COLUMNS.map((status) => (
          <a
            key={status}
            href={`#list-${status}`}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 text-blue-800 hover:bg-slate-50"
          >
            {STATUS_LABELS[status]} ({columns[status]?.length ?? 0})
          </a>
        ))}
      </nav>
      <div className="grid items-start gap-4 md:grid-cols-2 xl:grid-cols-5" data-testid="task-columns">
        {BOARD_COLUMNS.map((status) => {
          const list = columns[status] ?? [];
          return (
            <section
              key={status}
              aria-labelledby={`col-${status}`}
              data-testid={`column-${status}`}
              className="rounded-lg bg-slate-100 p-2"
            >
              <h2
                id={`col-${status}`}
                className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-slate-800"
              >
                {STATUS_LABELS[status]}{" "}
                <span className="num rounded-full bg-white px-2 text-xs text-slate-700">{list.length}</span>
              </h2>
              {list.length === 0 ? (
                <p id={`list-${status}`} tabIndex={-1} className="px-1 pb-2 text-xs text-slate-600">
                  {TASK_TEXT.emptyColumn}
                </p>
              ) : (
                // Each column scrolls on its own so a long column does not push the others off screen; focusable
                // so the keyboard can scroll it too, and the target of the jump links above.
                <ul
                  id={`list-${status}`}
                  className="max-h-[70vh] space-y-2 overflow-y-auto pr-1"
                  tabIndex={0}
                  aria-label={STATUS_LABELS[status]}
                >
                  {list.map((item) => (
                    <li key={item.kind === "task" ? item.card.id : item.key}>
                      {item.kind === "task" ? (
                        <TaskCard card={item.card} back={back} />
                      ) : (
                        <SupportGroupCard group={item} back={back} />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function ViewSwitch({ basePath, filters }: { basePath: string; filters: Filters }) {
  const item = (view: BoardView, label: string) => (
    <Link
      href={boardHref(basePath, filters, { view })}
      aria-current={filters.view === view ? "page" : undefined}
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
