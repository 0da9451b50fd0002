import { TaskCard } from "@/components/tasks/TaskCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageCount, PageHeader } from "@/components/ui/PageHeader";
import { PagedNav } from "@/components/ui/Pagination";
import type { SearchParams } from "@/lib/search-params";
import type { TaskCard as TaskCardData } from "@/lib/tasks/board";
import type { Paged } from "@/lib/tasks/data";
import { TASK_TEXT } from "@/lib/tasks/strings";

/** One page of the caller's tasks (MY_TASKS_PAGE_SIZE); the count is the whole list's. */
export function MyTasks({ list, params }: { list: Paged<TaskCardData>; params: SearchParams }) {
  return (
    <div className="space-y-4">
      <PageHeader title={TASK_TEXT.myTasksTitle} intro={TASK_TEXT.myTasksIntro}>
        <PageCount testId="my-tasks-count">{TASK_TEXT.myTasksCount(list.total)}</PageCount>
      </PageHeader>
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
      <PagedNav
        label={TASK_TEXT.pagination}
        basePath="/viec-cua-toi"
        params={params}
        param="trang"
        page={list.page}
        pageCount={list.pageCount}
        text={TASK_TEXT}
      />
    </div>
  );
}
