import Link from "next/link";
import { CriterionTag, DueText, taskHref } from "@/components/tasks/TaskCard";
import { OverdueBadge, StatusBadge, SupportBadge } from "@/components/tasks/StatusBadge";
import { formatDate } from "@/lib/format";
import type { TaskCard } from "@/lib/tasks/board";
import { provinceDate } from "@/lib/format";
import { TASK_TEXT } from "@/lib/tasks/strings";

export function TaskList({ cards, back }: { cards: TaskCard[]; back?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[56rem] text-sm" data-testid="task-list">
        <caption className="sr-only">{TASK_TEXT.listView}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-600">
            <th scope="col" className="px-3 py-2">{TASK_TEXT.criterion}</th>
            <th scope="col" className="px-3 py-2">{TASK_TEXT.taskColumn}</th>
            <th scope="col" className="px-3 py-2">{TASK_TEXT.status}</th>
            <th scope="col" className="px-3 py-2">{TASK_TEXT.due}</th>
            <th scope="col" className="px-3 py-2 text-right">{TASK_TEXT.progress}</th>
            <th scope="col" className="px-3 py-2">{TASK_TEXT.lastUpdate}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id} data-testid="task-row" data-task-id={card.id} className="border-b border-slate-100 align-top">
              <td className="px-3 py-2"><CriterionTag code={card.criterionCode} lostPoints={card.lostPoints} /></td>
              <td className="max-w-md px-3 py-2">
                <Link href={taskHref(card.id, back)} className="text-slate-900 hover:text-blue-800 hover:underline">{card.title}</Link>
                {card.role === "support" && (
                  <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
                    <SupportBadge /> {TASK_TEXT.lead}: {card.agencyName ?? TASK_TEXT.unassigned}
                  </div>
                )}
              </td>
              <td className="px-3 py-2"><StatusBadge status={card.status} /></td>
              <td className="px-3 py-2">
                <DueText cycleDue={card.cycleDue} overdue={card.overdue} recurrence={card.recurrence} />
                {card.overdue && <div className="mt-1"><OverdueBadge /></div>}
              </td>
              <td className="num px-3 py-2 text-right">{card.progress} %</td>
              <td className="px-3 py-2 text-xs text-slate-600">
                {card.lastUpdateAt ? `${formatDate(provinceDate(card.lastUpdateAt))} · ${card.lastUpdateBy ?? ""}` : TASK_TEXT.noUpdate}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
