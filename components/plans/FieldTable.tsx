import { Card } from "@/components/ui/Card";
import { formatPoints } from "@/lib/format";
import type { CriterionRow, ScoreTotals } from "@/lib/scores/data";

export function FieldTable({ rows, totals }: { rows: CriterionRow[]; totals: ScoreTotals }) {
  const fields = rows.filter((r) => r.level === "FIELD");
  return (
    <Card title="Điểm theo lĩnh vực" id="fields">
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="field-table">
          <caption className="sr-only">Điểm chuẩn, điểm thẩm định và điểm bị mất của từng lĩnh vực</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-600">
              <th scope="col" className="py-2 pr-2">
                STT
              </th>
              <th scope="col" className="py-2 pr-2">
                Lĩnh vực
              </th>
              <th scope="col" className="py-2 pr-2 text-right">
                Điểm chuẩn
              </th>
              <th scope="col" className="py-2 pr-2 text-right">
                Điểm thẩm định
              </th>
              <th scope="col" className="py-2 text-right">
                Điểm bị mất
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.id} className="border-b border-slate-100">
                <td className="py-2 pr-2 align-top font-medium">{f.code}</td>
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  {f.title}
                </th>
                <td className="num py-2 pr-2 text-right">{formatPoints(f.standard)}</td>
                <td className="num py-2 pr-2 text-right">{formatPoints(f.assessed)}</td>
                <td className="num py-2 text-right font-semibold text-brand-700">{formatPoints(f.lost)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <td className="py-2 pr-2" />
              <th scope="row" className="py-2 pr-2 text-left">
                Tổng điểm bị mất
              </th>
              <td className="py-2 pr-2" colSpan={2} />
              <td className="num py-2 text-right text-brand-700">{formatPoints(totals.lost)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
