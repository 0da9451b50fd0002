import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Table } from "@/components/ui/Table";
import type { ScoreLine } from "@/lib/dashboard/criterion";
import { criterionHref } from "@/lib/dashboard/views-scores";
import { formatPoints } from "@/lib/format";
import { PointsHead } from "../tables-scores";

export function CriterionChildren({ rows, planId }: { rows: ScoreLine[]; planId: string }) {
  if (rows.length === 0) return null;
  return (
    <Card title="Tiêu chí con" id="tieu-chi-con">
      <Table
        caption="Tiêu chí con với điểm chuẩn, điểm thẩm định và điểm bị mất"
        testId="children-table"
        head={<PointsHead first="Tiêu chí" />}
      >
        {rows.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              <Link href={criterionHref(r.code, planId)}>
                {r.code}. {r.title}
              </Link>
            </th>
            <td className="n">{formatPoints(r.standard)}</td>
            <td className="n">{r.assessed ? formatPoints(r.assessed) : "—"}</td>
            <td className={`n font-semibold text-brand-700`}>{r.lost ? formatPoints(r.lost) : "—"}</td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
