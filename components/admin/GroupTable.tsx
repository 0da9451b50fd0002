// The province's agency groups; each name opens the group's page.
import { RowHead, Table, Th } from "@/components/ui/Table";
import type { loadGroups } from "@/lib/agency-admin/data";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

type GroupRow = Awaited<ReturnType<typeof loadGroups>>[number];

export function GroupTable({ groups }: { groups: GroupRow[] }) {
  return (
    <Table
      caption={t.groupsTitle}
      testId="group-table"
      className="min-w-[36rem]"
      head={
        <>
          <Th>{t.groupName}</Th>
          <Th>{t.aliases}</Th>
          <Th numeric className="py-2">
            {t.memberCount}
          </Th>
        </>
      }
    >
      {groups.map((g) => (
        <tr key={g.id} className="align-top">
          <RowHead name={g.name} href={`/quan-tri/nhom/${g.id}`} />
          <td className="py-2 pr-3 text-slate-700">{g.aliases.join("; ") || "—"}</td>
          <td className="num py-2 text-right">{g.memberCount}</td>
        </tr>
      ))}
    </Table>
  );
}
