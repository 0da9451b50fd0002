import { TaskCard } from "@/components/tasks/TaskCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";
import type { SearchParams } from "@/lib/search-params";
import type { TaskCard as TaskCardData } from "@/lib/tasks/board";
import type { Paged } from "@/lib/tasks/data";
import { TASK_TEXT } from "@/lib/tasks/strings";

/** One page of the caller's tasks (MY_TASKS_PAGE_SIZE); the count is the whole list's. */
export function MyTasks({ list, params }: { list: Paged<TaskCardData>; params: SearchParams }) {
  const page = (n: number) => ({ trang: n > 1 ? String(n) : undefined });
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{TASK_TEXT.myTasksTitle}</h1>
        <p className="mt-1 text-sm text-slate-600">{TASK_TEXT.myTasksIntro}</p>
        <p className="mt-1 text-sm font-medium text-slate-800" data-testid="my-tasks-count">
          {TASK_TEXT.myTasksCount(list.total)}
        </p>
      </header>
      {list.items.length === 0 ? (
        <EmptyState boxed>{TASK_TEXT.myTasksEmpty}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="my-tasks">
          {list.items.map((card) => (
            <li key={card.id}>
              <TaskCard card={card} showStatus back="/viec-cua-toi" />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        label={TASK_TEXT.pagination}
        basePath="/viec-cua-toi"
        params={params}
        previous={list.page > 1 ? { label: TASK_TEXT.previous, change: page(list.page - 1) } : null}
        next={list.page < list.pageCount ? { label: TASK_TEXT.next, change: page(list.page + 1) } : null}
        status={TASK_TEXT.pageOf(list.page, list.pageCount)}
      />
    </div>
  );
}
