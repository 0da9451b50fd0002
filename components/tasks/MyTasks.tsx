import { TaskCard } from "@/components/tasks/TaskCard";
import { EmptyState } from "@/components/ui/EmptyState";
import type { TaskCard as TaskCardData } from "@/lib/tasks/board";
import { TASK_TEXT } from "@/lib/tasks/strings";

export function MyTasks({ cards }: { cards: TaskCardData[] }) {
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{TASK_TEXT.myTasksTitle}</h1>
        <p className="mt-1 text-sm text-slate-600">{TASK_TEXT.myTasksIntro}</p>
        <p className="mt-1 text-sm font-medium text-slate-800" data-testid="my-tasks-count">
          {TASK_TEXT.myTasksCount(cards.length)}
        </p>
      </header>
      {cards.length === 0 ? (
        <EmptyState boxed>{TASK_TEXT.myTasksEmpty}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="my-tasks">
          {cards.map((card) => (
            <li key={card.id}>
              <TaskCard card={card} showStatus back="/viec-cua-toi" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
