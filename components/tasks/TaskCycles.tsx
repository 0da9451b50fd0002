// Every cycle of a recurring task, newest first: its own status, progress and number of updates. Accepting
// the 2025 cycle does not close 2026; the history below says which cycle each update belongs to.

import { StatusBadge } from "@/components/tasks/StatusBadge";
import { Card } from "@/components/ui/Card";
import { Table, Th } from "@/components/ui/Table";
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
      <Table
        caption="Các chu kỳ của nhiệm vụ: hạn, trạng thái, tiến độ và số lần cập nhật"
        testId="task-cycles"
        headClassName="text-xs uppercase"
        head={
          <>
            <Th>Chu kỳ</Th>
            <Th>Hạn</Th>
            <Th>Trạng thái</Th>
            <Th numeric>Tiến độ</Th>
            <Th numeric>Cập nhật</Th>
          </>
        }
      >
        {cycles.map((c) => (
          <tr key={c.key}>
            <th scope="row" className="font-medium">
              {cycleLabel(c.key)}
              {c.current && <span className="ml-1 text-xs font-normal text-emerald-800">(hiện tại)</span>}
            </th>
            <td>{formatDate(c.dueOn)}</td>
            <td>
              <StatusBadge status={c.status} testId="cycle-status" />
            </td>
            <td className="n">{c.progress} %</td>
            <td className="n">{c.updates}</td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
