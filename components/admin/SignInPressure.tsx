import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { SignInPressureRow } from "@/lib/users/data";
import { userText as t } from "@/lib/users/messages";

/** Which accounts of the province are being hammered with wrong passwords, so Sở Nội vụ can act. */
export function SignInPressure({ rows }: { rows: SignInPressureRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t.pressureNone}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="sign-in-pressure">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-2 pr-3">
              {t.name}
            </th>
            <th scope="col" className="num py-2 pr-3">
              {t.pressureFailures}
            </th>
            <th scope="col" className="num py-2 pr-3">
              {t.pressureRefused}
            </th>
            <th scope="col" className="num py-2 pr-3">
              {t.pressureAddresses}
            </th>
            <th scope="col" className="py-2">
              {t.pressureLast}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.userId} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                <Link
                  href={`/quan-tri/tai-khoan/${r.userId}`}
                  className="text-blue-800 underline-offset-2 hover:underline"
                >
                  {r.name}
                </Link>
                <span className="block text-xs font-normal text-slate-600 [overflow-wrap:anywhere]">{r.email}</span>
              </th>
              <td className="num py-2 pr-3">{r.failures}</td>
              <td className="num py-2 pr-3">{r.refused}</td>
              <td className="num py-2 pr-3">{r.addresses}</td>
              <td className="py-2">{formatDateTime(r.lastAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
