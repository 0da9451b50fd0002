// The tasks of a predecessor's plan as they ended: done, carried into the successor's plan, or closed as
// "không còn áp dụng" with the reason given at the merger.

import { StatusBadge } from "@/components/tasks/StatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import type { HistoryTask } from "@/lib/province-merger/history";

export function HistoryTaskTable({ tasks, successor }: { tasks: HistoryTask[]; successor: string }) {
  if (tasks.length === 0) return <EmptyState>Kế hoạch không có nhiệm vụ.</EmptyState>;
  return (
    <Table
      caption="Nhiệm vụ của kế hoạch trước sáp nhập"
      testId="history-tasks"
      head={
        <>
          <Th>Nhiệm vụ</Th>
          <Th>Cơ quan chủ trì</Th>
          <Th className="py-2">Kết cục</Th>
        </>
      }
    >
      {tasks.map((t) => (
        <tr key={t.id} className="align-top">
          <td className="py-2 pr-3">{t.title}</td>
          <td className="py-2 pr-3">{t.agencyName ?? "Chưa phân công"}</td>
          <td className="py-2">
            {t.carried ? (
              <span>Đã chuyển sang kế hoạch của tỉnh {successor}</span>
            ) : (
              <StatusBadge status={t.status} testId="history-task-status" />
            )}
            {t.note && <span className="mt-1 block text-xs text-slate-600">{t.note}</span>}
          </td>
        </tr>
      ))}
    </Table>
  );
}
