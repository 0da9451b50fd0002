// The pre-filled part of an agency report: its tasks with the cycle's status and progress, what changed in
// the period and the evidence added. Rendered from live rows (a draft) or a frozen snapshot (a sent report).

import { StatusBadge } from "@/components/tasks/StatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Th } from "@/components/ui/Table";
import { formatDateTime, formatIsoDate } from "@/lib/format";
import type { ReportTaskRow } from "@/lib/reports/task-rows";
import { STATUS_LABELS } from "@/lib/tasks/strings";

const day = (iso: string | null) => (iso ? formatIsoDate(iso) : "—");

export function TaskRowsTable({ rows, caption }: { rows: ReportTaskRow[]; caption: string }) {
  if (rows.length === 0) return <EmptyState>Cơ quan không chủ trì nhiệm vụ nào của kế hoạch.</EmptyState>;
  return (
    <Table
      caption={caption}
      captionClassName="mb-2 text-left text-sm text-slate-600"
      testId="report-tasks"
      className="min-w-[720px]"
      headClassName="text-xs uppercase"
      head={
        <>
          <Th>Nhiệm vụ</Th>
          <Th>Chu kỳ</Th>
          <Th>Trạng thái</Th>
          <Th numeric>Tiến độ</Th>
          <Th>Hạn</Th>
          <Th>Thay đổi trong kỳ</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.taskId} className="align-top">
          <td>
            {r.criterionCode && <span className="mr-1 font-semibold text-slate-700">{r.criterionCode}</span>}
            {r.title}
          </td>
          <td className="whitespace-nowrap">{r.cycleKey === "once" ? "Một lần" : (r.cycleKey ?? "—")}</td>
          <td className="whitespace-nowrap">
            <StatusBadge status={r.status} />
            {r.overdue && <span className="ml-1 text-xs font-semibold text-brand-700">Quá hạn</span>}
          </td>
          <td className="n">{r.progress} %</td>
          <td className="whitespace-nowrap">{day(r.dueOn)}</td>
          <td>
            {r.changes.length === 0 ? (
              <span className="text-slate-500">Không có cập nhật</span>
            ) : (
              <ul className="space-y-1">
                {r.changes.map((c) => (
                  <li key={c.at}>
                    <span className="text-xs text-slate-500">{formatDateTime(new Date(c.at))}</span>{" "}
                    {c.toStatus && <span className="font-medium">→ {STATUS_LABELS[c.toStatus]} </span>}
                    {c.progress !== null && <span>({c.progress} %) </span>}
                    {c.note && <span className="whitespace-pre-line">{c.note}</span>}
                    {c.evidence > 0 && (
                      <span className="ml-1 text-xs text-emerald-800">+{c.evidence} tài liệu kiểm chứng</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
