import { Card } from "@/components/ui/Card";
import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { AssignmentView, MeasureView } from "@/lib/plans/data";
import type { CriterionRow } from "@/lib/scores/data";

const levelStyle: Record<CriterionRow["level"], string> = {
  FIELD: "bg-slate-100 font-semibold uppercase text-slate-800",
  CRITERION: "font-medium",
  SUBCRITERION: "",
};

function Agencies({ items }: { items: AssignmentView[] }) {
  if (items.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5">
      {items.map((a, i) => (
        <li key={i}>
          {a.name ?? (
            <span className="text-amber-800" title="Chưa xác định được cơ quan: Sở Nội vụ cần bổ sung">
              {a.label} <span className="text-xs">(chưa xác định)</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The appendix rows given (one page of them: components/plans/PlanOverviewView); `pager` goes under the table. */
export function CriteriaTable({
  rows,
  measures,
  pager,
}: {
  rows: CriterionRow[];
  measures: MeasureView[];
  pager?: React.ReactNode;
}) {
  const byCode = new Map<string, MeasureView[]>();
  for (const m of measures) byCode.set(m.criterionCode, [...(byCode.get(m.criterionCode) ?? []), m]);
  return (
    <Card title="Tiêu chí bị mất điểm, giải pháp và cơ quan thực hiện" id="criteria">
      <Table
        caption="Phụ lục kế hoạch: tiêu chí, điểm, giải pháp, cơ quan chủ trì, phối hợp, thời gian"
        testId="criteria-table"
        className="min-w-[64rem]"
        headClassName="align-bottom"
        head={
          <>
            <Th>STT</Th>
            <Th className="w-64">Lĩnh vực / Tiêu chí / Tiêu chí thành phần</Th>
            <Th numeric>Điểm chuẩn</Th>
            <Th numeric>Điểm thẩm định</Th>
            <Th numeric>Điểm bị mất</Th>
            <Th className="w-80">Giải pháp</Th>
            <Th>Cơ quan chủ trì</Th>
            <Th>Cơ quan phối hợp</Th>
            <Th>Thời gian thực hiện</Th>
          </>
        }
      >
        {rows.map((row) => {
          const items = byCode.get(row.code) ?? [];
          const span = Math.max(items.length, 1);
          return items.length === 0 ? (
            <tr key={row.id} className={`align-top ${levelStyle[row.level]}`}>
              <Points row={row} rowSpan={1} />
              <td colSpan={4} />
            </tr>
          ) : (
            items.map((m, i) => (
              <tr key={m.id} className={`align-top ${i === 0 ? levelStyle[row.level] : ""}`}>
                {i === 0 && <Points row={row} rowSpan={span} />}
                <td>{m.text}</td>
                <td>
                  <Agencies items={m.lead} />
                </td>
                <td>
                  <Agencies items={m.support} />
                </td>
                <td>{m.timeframeText}</td>
              </tr>
            ))
          );
        })}
      </Table>
      {pager}
    </Card>
  );
}

function Points({ row, rowSpan }: { row: CriterionRow; rowSpan: number }) {
  return (
    <>
      <td rowSpan={rowSpan} className="py-2 pr-2 font-medium">
        {row.code}
      </td>
      <th rowSpan={rowSpan} scope="row" className="py-2 pr-2 text-left font-[inherit]">
        {row.title}
      </th>
      <td rowSpan={rowSpan} className="num py-2 pr-2 text-right">
        {formatPoints(row.standard)}
      </td>
      <td rowSpan={rowSpan} className="num py-2 pr-2 text-right">
        {formatPoints(row.assessed)}
      </td>
      <td rowSpan={rowSpan} className="num py-2 pr-2 text-right font-semibold text-brand-700">
        {formatPoints(row.lost)}
      </td>
    </>
  );
}
