// The score charts' numbers as tables (the accessible and printable form of each chart). Server components.
import Link from "next/link";
import { dashboardText } from "@/lib/dashboard/messages";
import type { FieldBar, ParetoBar, YearView } from "@/lib/dashboard/types";
import { formatPercent, formatPoints, formatRank } from "@/lib/format";

/** The header of a points table: what the rows are, then standard, assessed and lost points. */
export function PointsHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="n">
          Điểm chuẩn
        </th>
        <th scope="col" className="n">
          Điểm thẩm định
        </th>
        <th scope="col" className="n">
          Điểm bị mất
        </th>
      </tr>
    </thead>
  );
}

export function FieldScoreTable({ bars, totalLost }: { bars: FieldBar[]; totalLost: string }) {
  return (
    <table className="dt w-full" data-testid="field-score-table">
      <caption className="sr-only">
        Điểm chuẩn, điểm thẩm định và điểm bị mất theo lĩnh vực, xếp theo điểm bị mất
      </caption>
      <PointsHead first="Lĩnh vực" />
      <tbody>
        {bars.map((b) => (
          <tr key={b.code}>
            <th scope="row">
              <Link href={b.href}>
                {b.code}. {b.title}
              </Link>
            </th>
            <td className="n">{formatPoints(b.standard)}</td>
            <td className="n">{formatPoints(b.assessed)}</td>
            <td className={`n font-semibold text-brand-700`}>{formatPoints(b.lost)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 font-semibold">
          <th scope="row" colSpan={3}>
            Tổng điểm bị mất
          </th>
          <td className={`n text-brand-700`} data-testid="field-table-lost">
            {formatPoints(totalLost)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function ParetoTable({ entries }: { entries: ParetoBar[] }) {
  return (
    <table className="dt w-full" data-testid="pareto-table">
      <caption className="sr-only">
        Các mục điểm xếp theo điểm bị mất giảm dần, với tỷ trọng và tỷ trọng cộng dồn
      </caption>
      <thead>
        <tr>
          <th scope="col" className="n">
            Hạng
          </th>
          <th scope="col">Tiêu chí / tiêu chí thành phần</th>
          <th scope="col" className="n">
            Điểm bị mất
          </th>
          <th scope="col" className="n">
            Tỷ trọng
          </th>
          <th scope="col" className="n">
            Cộng dồn
          </th>
          <th scope="col" className="n">
            Tỷ trọng cộng dồn
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={e.code}>
            <td className="n">{i + 1}</td>
            <th scope="row">
              <Link href={e.href}>
                {e.code}. {e.title}
              </Link>
              {e.standIn && <span className="ml-1 text-xs text-amber-800">(thay cho các tiêu chí thành phần)</span>}
            </th>
            <td className="n font-semibold">{formatPoints(e.lost)}</td>
            <td className="n">{formatPercent(e.share)}</td>
            <td className="n">{formatPoints(e.cumulative)}</td>
            <td className="n">{formatPercent(e.cumulativeShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function YearTable({ view }: { view: YearView }) {
  return (
    <table className="dt w-full" data-testid="year-table">
      <caption className="sr-only">Tổng điểm công bố, xếp hạng và điểm thẩm định từng lĩnh vực theo năm</caption>
      <thead>
        <tr className="border-b border-slate-300 align-bottom">
          <th scope="col">Năm</th>
          <th scope="col" className="n">
            Tổng điểm
          </th>
          <th scope="col" className="n">
            Xếp hạng
          </th>
          {view.fields.map((f) => (
            <th key={f.code} scope="col" className="n" title={f.title}>
              <abbr title={f.title} className="no-underline">
                LV {f.code}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.years.map((y) => (
          <tr key={`${y.year}-${y.history ?? ""}`}>
            <th scope="row">
              {y.year}
              {y.history && <span className="block text-xs font-normal text-slate-600">{y.history}</span>}
            </th>
            <td className="n font-semibold">{formatPoints(y.total)}</td>
            <td className="n">{formatRank(y.rank, y.rankOf)}</td>
            {view.fields.map((f) => {
              const s = y.fields[f.code];
              return (
                <td key={f.code} className={`n ${f.code === view.fieldCode ? "bg-slate-100 font-semibold" : ""}`}>
                  {s ? `${formatPoints(s.assessed)}/${formatPoints(s.standard)}` : "—"}
                  {y.changed.includes(f.code) && (
                    <abbr
                      title={dashboardText.notComparable}
                      className="ml-0.5 no-underline"
                      data-testid="not-comparable"
                    >
                      †
                    </abbr>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
