// The "Cơ quan chậm tiến độ" list: the agencies most behind, each linked to its board. Server component.
import Link from "next/link";
import type { BehindAgency } from "@/lib/dashboard/behind";
import { dashboardText } from "@/lib/dashboard/messages";
import { formatShareOf } from "@/lib/format";
import { td, tdNum, th, thNum } from "./DashboardCard";

const c = dashboardText.behind.columns;

export function BehindTable({ agencies }: { agencies: BehindAgency[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="behind-table">
        <caption className="sr-only">{dashboardText.cards.behind.title}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className={th}>
              {c.agency}
            </th>
            <th scope="col" className={thNum}>
              {c.overdue}
            </th>
            <th scope="col" className={thNum}>
              {c.withPoints}
            </th>
            <th scope="col" className={thNum}>
              {c.share}
            </th>
            <th scope="col" className={`${thNum} hidden sm:table-cell`}>
              {c.returned}
            </th>
            <th scope="col" className={`${thNum} hidden sm:table-cell`}>
              {c.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.agencyId} className="border-b border-slate-100" data-testid="behind-row">
              <th scope="row" className={`${td} text-left font-normal`}>
                <Link href={a.href} className="text-blue-800 underline-offset-2 hover:underline">
                  {a.name}
                </Link>
              </th>
              <td className={`${tdNum} font-semibold text-red-800`}>{a.overdue}</td>
              <td className={tdNum}>{a.overdueWithPoints}</td>
              <td className={tdNum}>{formatShareOf(a.overdue, a.total)}</td>
              <td className={`${tdNum} hidden sm:table-cell`}>{a.returned}</td>
              <td className={`${tdNum} hidden sm:table-cell`}>{a.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
