// The "Cơ quan chậm tiến độ" list: the agencies most behind, each linked to its board. Server component.
import Link from "next/link";
import type { BehindAgency } from "@/lib/dashboard/behind";
import { dashboardText } from "@/lib/dashboard/messages";
import { formatShareOf } from "@/lib/format";

const c = dashboardText.behind.columns;

export function BehindTable({ agencies }: { agencies: BehindAgency[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="dt w-full text-sm" data-testid="behind-table">
        <caption className="sr-only">{dashboardText.cards.behind.title}</caption>
        <thead>
          <tr className="align-bottom">
            <th scope="col">{c.agency}</th>
            <th scope="col" className="n">
              {c.overdue}
            </th>
            <th scope="col" className="n">
              {c.withPoints}
            </th>
            <th scope="col" className="n">
              {c.share}
            </th>
            <th scope="col" className="n hidden sm:table-cell">
              {c.returned}
            </th>
            <th scope="col" className="n hidden sm:table-cell">
              {c.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.agencyId} data-testid="behind-row">
              <th scope="row">
                <Link href={a.href}>{a.name}</Link>
              </th>
              <td className="n font-semibold text-red-800">{a.overdue}</td>
              <td className="n">{a.overdueWithPoints}</td>
              <td className="n">{formatShareOf(a.overdue, a.total)}</td>
              <td className="n hidden sm:table-cell">{a.returned}</td>
              <td className="n hidden sm:table-cell">{a.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
