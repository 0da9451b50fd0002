// The "Cơ quan chậm tiến độ" list: the agencies most behind, each linked to its board. Server component.

import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import type { BehindAgency } from "@/lib/dashboard/behind";
import { dashboardText } from "@/lib/dashboard/messages";
import { formatShareOf } from "@/lib/format";

const c = dashboardText.behind.columns;

export function BehindTable({ agencies }: { agencies: BehindAgency[] }) {
  return (
    <Table
      caption={dashboardText.cards.behind.title}
      testId="behind-table"
      headClassName="align-bottom"
      head={
        <>
          <Th>{c.agency}</Th>
          <Th numeric>{c.overdue}</Th>
          <Th numeric>{c.withPoints}</Th>
          <Th numeric>{c.share}</Th>
          <Th className="hidden sm:table-cell" numeric>
            {c.returned}
          </Th>
          <Th className="hidden sm:table-cell" numeric>
            {c.total}
          </Th>
        </>
      }
    >
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
    </Table>
  );
}
