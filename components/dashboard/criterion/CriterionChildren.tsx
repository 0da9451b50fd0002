import Link from "next/link";
import { Card } from "@/components/ui/Card";
import type { ScoreLine } from "@/lib/dashboard/criterion";
import { criterionHref } from "@/lib/dashboard/views-scores";
import { formatPoints } from "@/lib/format";
import { td, tdNum } from "../DashboardCard";
import { PointsHead } from "../tables-scores";

export function CriterionChildren({ rows, planId }: { rows: ScoreLine[]; planId: string }) {
  if (rows.length === 0) return null;
  return (
    <Card title="Tiêu chí con" id="tieu-chi-con">
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="children-table">
          <caption className="sr-only">Tiêu chí con với điểm chuẩn, điểm thẩm định và điểm bị mất</caption>
          <PointsHead first="Tiêu chí" />
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-b border-slate-100">
                <th scope="row" className={`${td} text-left font-normal`}>
                  <Link
                    href={criterionHref(r.code, planId)}
                    className="text-blue-800 underline-offset-2 hover:underline"
                  >
                    {r.code}. {r.title}
                  </Link>
                </th>
                <td className={tdNum}>{formatPoints(r.standard)}</td>
                <td className={tdNum}>{r.assessed ? formatPoints(r.assessed) : "—"}</td>
                <td className={`${tdNum} font-semibold text-brand-700`}>{r.lost ? formatPoints(r.lost) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
