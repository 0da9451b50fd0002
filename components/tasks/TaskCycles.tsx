// Every cycle of a recurring task, newest first: its own status, progress and number of updates. Accepting
// the 2025 cycle does not close 2026; the history below says which cycle each update belongs to.
import { StatusBadge } from "@/components/tasks/StatusBadge";
import { Card } from "@/components/ui/Card";
import { formatDate } from "@/lib/format";
import { parsePeriodKey, periodLabel } from "@/lib/periods/keys";
import type { CycleView } from "@/lib/tasks/detail-data";

/** "Năm 2026", "Quý III năm 2026", "Tháng 7 năm 2026"; a one-off task's single cycle is "Một lần". */
export function cycleLabel(key: string): string {
  const parsed = parsePeriodKey(key);
  return parsed ? periodLabel(parsed) : "Một lần";
}

export function TaskCycles({ cycles }: { cycles: CycleView[] }) {
  if (cycles.length === 0 || (cycles.length === 1 && cycles[0]?.key === "once")) return null;
  return (
    <Card title="Các chu kỳ thực hiện" id="cycles">
      <table className="w-full text-left text-sm" data-testid="task-cycles">
        <thead className="border-b border-slate-300 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2">
              Chu kỳ
            </th>
            <th scope="col" className="py-1 pr-2">
              Hạn
            </th>
            <th scope="col" className="py-1 pr-2">
              Trạng thái
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Tiến độ
            </th>
            <th scope="col" className="py-1 text-right">
              Cập nhật
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={c.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 font-medium">
                {cycleLabel(c.key)}
                {c.current && <span className="ml-1 text-xs font-normal text-emerald-800">(hiện tại)</span>}
              </th>
              <td className="py-1 pr-2">{formatDate(c.dueOn)}</td>
              <td className="py-1 pr-2">
                <StatusBadge status={c.status} testId="cycle-status" />
              </td>
              <td className="num py-1 pr-2 text-right">{c.progress} %</td>
              <td className="num py-1 text-right">{c.updates}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
