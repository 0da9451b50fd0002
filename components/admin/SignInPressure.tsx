import { EmptyState } from "@/components/ui/EmptyState";
import { RowHead, Table, Th } from "@/components/ui/Table";
import { formatDateTime } from "@/lib/format";
import type { SignInPressureRow } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

/** Which accounts of the province are being hammered with wrong passwords, so Sở Nội vụ can act. */
export function SignInPressure({ rows }: { rows: SignInPressureRow[] }) {
  if (rows.length === 0) return <EmptyState>{t.pressureNone}</EmptyState>;
  return (
    <Table
      caption={t.pressureTitle}
      testId="sign-in-pressure"
      head={
        <>
          <Th>{t.name}</Th>
          <Th numeric>{t.pressureFailures}</Th>
          <Th numeric>{t.pressureRefused}</Th>
          <Th numeric>{t.pressureAddresses}</Th>
          <Th className="py-2">{t.pressureLast}</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr key={r.userId}>
          <RowHead name={r.name} href={`/quan-tri/tai-khoan/${r.userId}`}>
            <span className="block text-xs font-normal text-slate-600 [overflow-wrap:anywhere]">{r.email}</span>
          </RowHead>
          <td className="num py-2 pr-3 text-right">{r.failures}</td>
          <td className="num py-2 pr-3 text-right">{r.refused}</td>
          <td className="num py-2 pr-3 text-right">{r.addresses}</td>
          <td className="py-2">{formatDateTime(r.lastAt)}</td>
        </tr>
      ))}
    </Table>
  );
}
