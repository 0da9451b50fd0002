"use client";
import { SupportGroupCard } from "@/components/tasks/SupportGroupCard";
import { TaskCard } from "@/components/tasks/TaskCard";
// The board's status columns, drawn from compact card props (lib/tasks/board-view.ts `itemView`): a server
// component's element tree travels in the RSC payload next to its HTML, and for 36 cards that tree weighed more
// than the cards' markup; as a client component only the props travel. No state: it renders once on the server
// and hydrates.
import { Link } from "@/components/ui/Link";
import type { BoardItemView } from "@/lib/tasks/board-view";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { STATUS_LABELS, TASK_TEXT } from "@/lib/tasks/strings";

export type ColumnView = { status: TaskStatusValue; total: number; items: BoardItemView[]; allHref: string };

export function BoardColumns({ columns, back }: { columns: ColumnView[]; back: string }) {
  return (
    <div className="grid items-start gap-4 md:grid-cols-2 xl:grid-cols-5" data-testid="task-columns">
      {columns.map(({ status, total, items, allHref }) => (
        <section key={status} aria-labelledby={`col-${status}`} data-testid={`column-${status}`} className="col">
          <h2 id={`col-${status}`} className="col-h">
            {STATUS_LABELS[status]} <span className="num col-n">{total}</span>
          </h2>
          {items.length === 0 ? (
            <p id={`list-${status}`} tabIndex={-1} className="px-1 pb-2 text-xs text-slate-600">
              {TASK_TEXT.emptyColumn}
            </p>
          ) : (
            // Focusable so the keyboard can scroll a long column too, and the target of the jump links above.
            <ul id={`list-${status}`} className="col-l" tabIndex={0} aria-label={STATUS_LABELS[status]}>
              {items.map((item) => (
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
          {items.length < total && (
            <Link
              href={allHref}
              className="mt-2 block px-1 text-sm text-blue-800 underline"
              data-testid={`column-all-${status}`}
            >
              {TASK_TEXT.columnAll(total)}
            </Link>
          )}
        </section>
      ))}
    </div>
  );
}
