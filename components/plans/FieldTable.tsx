import { Card } from "@/components/ui/Card";
import { Table, Th } from "@/components/ui/Table";
import { formatPoints } from "@/lib/format";
import type { CriterionRow, ScoreTotals } from "@/lib/scores/data";

export function FieldTable({ rows, totals }: { rows: CriterionRow[]; totals: ScoreTotals }) {
  const fields = rows.filter((r) => r.level === "FIELD");
  return (
    <Card title="Điểm theo lĩnh vực" id="fields">
      <Table
        caption="Điểm chuẩn, điểm thẩm định và điểm bị mất của từng lĩnh vực"
        testId="field-table"
        head={
          <>
            <Th>STT</Th>
            <Th>Lĩnh vực</Th>
            <Th numeric>Điểm chuẩn</Th>
            <Th numeric>Điểm thẩm định</Th>
            <Th numeric>Điểm bị mất</Th>
          </>
        }
        foot={
          <tr className="border-t-2 border-slate-300 font-semibold">
            <td />
            <th scope="row" className="text-left">
              Tổng điểm bị mất
            </th>
            <td colSpan={2} />
            <td className="n text-brand-700">{formatPoints(totals.lost)}</td>
          </tr>
        }
      >
        {fields.map((f) => (
          <tr key={f.id}>
            <td className="align-top font-medium">{f.code}</td>
            <th scope="row" className="text-left font-normal">
              {f.title}
            </th>
            <td className="n">{formatPoints(f.standard)}</td>
            <td className="n">{formatPoints(f.assessed)}</td>
            <td className="n font-semibold text-brand-700">{formatPoints(f.lost)}</td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
