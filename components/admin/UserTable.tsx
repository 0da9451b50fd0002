import { EmptyState } from "@/components/ui/EmptyState";
import { RowHead, Table, Th } from "@/components/ui/Table";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatInstantDate } from "@/lib/format";
import type { UserRow } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

type Props = {
  rows: UserRow[];
  link?: (row: UserRow) => string | null;
  actions?: (row: UserRow) => React.ReactNode;
  hideAgency?: boolean;
  testId?: string;
};

// On a phone the email moves under the name and the secondary columns hide, so the actions stay in view.
const wide = "hidden md:table-cell";

/** Users with their role, agency and state; `actions` renders per-row buttons (the staff page), `link` a detail page. */
export function UserTable({ rows, link, actions, hideAgency = false, testId = "user-table" }: Props) {
  if (rows.length === 0) return <EmptyState>{t.none}</EmptyState>;
  return (
    <Table
      caption={t.usersTitle}
      testId={testId}
      className="md:min-w-[44rem]"
      head={
        <>
          <Th>{t.name}</Th>
          <Th className={`${wide} py-2 pr-3`}>{t.email}</Th>
          <Th className={`${wide} py-2 pr-3`}>{t.role}</Th>
          {!hideAgency && <Th className={`${wide} py-2 pr-3`}>{t.agency}</Th>}
          <Th>{t.status}</Th>
          <Th className="hidden py-2 pr-3 lg:table-cell">{t.createdAt}</Th>
          {actions && <Th className="py-2">{t.actions}</Th>}
        </>
      }
    >
      {rows.map((u) => {
        return (
          <tr key={u.id} className="align-top">
            <RowHead name={u.name} href={link?.(u)}>
              <span className="block text-xs font-normal text-slate-600 [overflow-wrap:anywhere] md:hidden">
                {u.email} · {ROLE_LABELS[u.role]}
                {!hideAgency && u.agencyName ? ` · ${u.agencyName}` : ""}
              </span>
            </RowHead>
            <td className={`${wide} py-2 pr-3 [overflow-wrap:anywhere]`}>{u.email}</td>
            <td className={`${wide} py-2 pr-3`}>{ROLE_LABELS[u.role]}</td>
            {!hideAgency && <td className={`${wide} py-2 pr-3`}>{u.agencyName ?? "—"}</td>}
            <td className="py-2 pr-3 md:whitespace-nowrap">
              {u.active ? t.active : <span className="font-medium text-brand-700">{t.inactive}</span>}
            </td>
            <td className="num hidden py-2 pr-3 lg:table-cell">{formatInstantDate(u.createdAt)}</td>
            {actions && <td className="py-2">{actions(u)}</td>}
          </tr>
        );
      })}
    </Table>
  );
}
