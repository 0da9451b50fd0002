import { EmptyState } from "@/components/ui/EmptyState";
import { RowHead, Table, Th } from "@/components/ui/Table";
import type { AgencyListRow } from "@/lib/agency-admin/data";
import { AGENCY_KIND_LABELS } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

/** The province's agencies; each name opens its admin page. Scrolls sideways on a phone. */
export function AgencyTable({ rows }: { rows: AgencyListRow[] }) {
  if (rows.length === 0) return <EmptyState>{t.none}</EmptyState>;
  return (
    <Table
      caption={t.agenciesTitle}
      testId="agency-table"
      className="min-w-[48rem]"
      head={
        <>
          <Th>{t.name}</Th>
          <Th>{t.kind}</Th>
          <Th>{t.parent}</Th>
          <Th>{t.aliases}</Th>
          <Th>{t.groupsOfAgency}</Th>
          <Th numeric>{t.users}</Th>
          <Th className="py-2">{t.status}</Th>
        </>
      }
    >
      {rows.map((a) => (
        <tr key={a.id} className="align-top">
          <RowHead name={a.name} href={`/quan-tri/co-quan/${a.id}`}>
            {a.shortName && <span className="block text-xs font-normal text-slate-500">{a.shortName}</span>}
          </RowHead>
          <td className="py-2 pr-3">{AGENCY_KIND_LABELS[a.kind]}</td>
          <td className="py-2 pr-3">{a.parentName ?? "—"}</td>
          <td className="py-2 pr-3 text-slate-700">{a.aliases.length ? a.aliases.join("; ") : "—"}</td>
          <td className="py-2 pr-3 text-slate-700">{a.groups.length ? a.groups.join("; ") : "—"}</td>
          <td className="num py-2 pr-3 text-right">{a.userCount}</td>
          <td className="whitespace-nowrap py-2">
            {a.active ? t.active : <span className="font-medium text-brand-700">{t.inactive}</span>}
          </td>
        </tr>
      ))}
    </Table>
  );
}
