// The pre-filled part of an agency report: its tasks with the cycle's status and progress, what changed in
// the period and the evidence added. Rendered from live rows (a draft) or a frozen snapshot (a sent report).

import { StatusBadge } from "@/components/tasks/StatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ReportTaskRow } from "@/lib/reports/task-rows";
import { STATUS_LABELS } from "@/lib/tasks/strings";

const day = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`)) : "—");

export function TaskRowsTable({ rows, caption }: { rows: ReportTaskRow[]; caption: string }) {
  if (rows.length === 0) return <EmptyState>Cơ quan không chủ trì nhiệm vụ nào của kế hoạch.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-left text-sm" data-testid="report-tasks">
        <caption className="mb-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-300 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Nhiệm vụ
            </th>
            <th scope="col" className="py-2 pr-3">
              Chu kỳ
            </th>
            <th scope="col" className="py-2 pr-3">
              Trạng thái
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Tiến độ
            </th>
            <th scope="col" className="py-2 pr-3">
              Hạn
            </th>
            <th scope="col" className="py-2">
              Thay đổi trong kỳ
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.taskId} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3">
                {r.criterionCode && <span className="mr-1 font-semibold text-slate-700">{r.criterionCode}</span>}
                {r.title}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{r.cycleKey === "once" ? "Một lần" : (r.cycleKey ?? "—")}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <StatusBadge status={r.status} />
                {r.overdue && <span className="ml-1 text-xs font-semibold text-brand-700">Quá hạn</span>}
              </td>
              <td className="num py-2 pr-3 text-right">{r.progress} %</td>
              <td className="py-2 pr-3 whitespace-nowrap">{day(r.dueOn)}</td>
              <td className="py-2">
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
        </tbody>
      </table>
    </div>
  );
}
