import { OverdueBadge, StatusBadge, SupportBadge } from "@/components/tasks/StatusBadge";
import { CriterionTag, DueText, FormerAgency, taskHref } from "@/components/tasks/TaskCard";
import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import { formatDate, provinceDate } from "@/lib/format";
import type { TaskCard } from "@/lib/tasks/board";
import { TASK_TEXT } from "@/lib/tasks/strings";

// The list sits in its own card, so its cells keep a left padding too.
const CELL = "px-3 py-2";

export function TaskList({ cards, back }: { cards: TaskCard[]; back?: string }) {
  return (
    <Table
      caption={TASK_TEXT.listView}
      testId="task-list"
      className="min-w-[56rem]"
      frameClassName="rounded-lg border border-slate-200 bg-white shadow-sm"
      head={
        <>
          <Th className={CELL}>{TASK_TEXT.criterion}</Th>
          <Th className={CELL}>{TASK_TEXT.taskColumn}</Th>
          <Th className={CELL}>{TASK_TEXT.status}</Th>
          <Th className={CELL}>{TASK_TEXT.due}</Th>
          <Th className={CELL} numeric>
            {TASK_TEXT.progress}
          </Th>
          <Th className={CELL}>{TASK_TEXT.lastUpdate}</Th>
        </>
      }
    >
      {cards.map((card) => (
        <tr key={card.id} data-testid="task-row" data-task-id={card.id} className="align-top">
          <td className="px-3 py-2">
            <CriterionTag code={card.criterionCode} lostPoints={card.lostPoints} />
          </td>
          <td className="max-w-md px-3 py-2">
            <Link href={taskHref(card.id, back)} className="text-slate-900 hover:text-blue-800 hover:underline">
              {card.title}
            </Link>
            {card.formerAgency && <FormerAgency name={card.formerAgency} />}
            {card.role === "support" && (
              <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
                <SupportBadge /> {`${TASK_TEXT.lead}: ${card.agencyName ?? TASK_TEXT.unassigned}`}
              </div>
            )}
          </td>
          <td className="px-3 py-2">
            <StatusBadge status={card.status} />
          </td>
          <td className="px-3 py-2">
            <DueText cycleDue={card.cycleDue} overdue={card.overdue} recurrence={card.recurrence} />
            {card.overdue && (
              <div className="mt-1">
                <OverdueBadge />
              </div>
            )}
          </td>
          <td className="num px-3 py-2 text-right">{`${card.progress} %`}</td>
          <td className="px-3 py-2 text-xs text-slate-600">
            {card.lastUpdateAt
              ? `${formatDate(provinceDate(card.lastUpdateAt))} · ${card.lastUpdateBy ?? ""}`
              : TASK_TEXT.noUpdate}
          </td>
        </tr>
      ))}
    </Table>
  );
}
