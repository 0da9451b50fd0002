// The score charts' numbers as tables (the accessible and printable form of each chart). Server components.

import { Link } from "@/components/ui/Link";
import { Table, Th } from "@/components/ui/Table";
import type { ParetoRest } from "@/lib/dashboard/fold";
import { dashboardText } from "@/lib/dashboard/messages";
import type { FieldBar, ParetoBar, YearView } from "@/lib/dashboard/types";
import { formatPercent, formatPoints, formatRank } from "@/lib/format";

/** The header cells of a points table: what the rows are, then standard, assessed and lost points. */
export function PointsHead({ first }: { first: string }) {
  return (
    <>
      <Th>{first}</Th>
      <Th numeric>Điểm chuẩn</Th>
      <Th numeric>Điểm thẩm định</Th>
      <Th numeric>Điểm bị mất</Th>
    </>
  );
}

export function FieldScoreTable({ bars, totalLost }: { bars: FieldBar[]; totalLost: string }) {
  return (
    <Table
      caption="Điểm chuẩn, điểm thẩm định và điểm bị mất theo lĩnh vực, xếp theo điểm bị mất"
      testId="field-score-table"
      scroll={false}
      head={<PointsHead first="Lĩnh vực" />}
      foot={
        <tr className="border-t-2 border-slate-300 font-semibold">
          <th scope="row" colSpan={3}>
            Tổng điểm bị mất
          </th>
          <td className={`n text-brand-700`} data-testid="field-table-lost">
            {formatPoints(totalLost)}
          </td>
        </tr>
      }
    >
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
    </Table>
  );
}

export function ParetoTable({ entries, rest }: { entries: ParetoBar[]; rest: ParetoRest | null }) {
  return (
    <Table
      caption="Các mục điểm xếp theo điểm bị mất giảm dần, với tỷ trọng và tỷ trọng cộng dồn"
      testId="pareto-table"
      scroll={false}
      head={
        <>
          <Th numeric>Hạng</Th>
          <Th>Tiêu chí / tiêu chí thành phần</Th>
          <Th numeric>Điểm bị mất</Th>
          <Th numeric>Tỷ trọng</Th>
          <Th numeric>Cộng dồn</Th>
          <Th numeric>Tỷ trọng cộng dồn</Th>
        </>
      }
    >
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
      {rest && (
        <tr data-testid="pareto-rest">
          <td className="n" />
          <th scope="row" className="italic">
            {dashboardText.moreItems(rest.count)}
          </th>
          <td className="n font-semibold">{formatPoints(rest.lost)}</td>
          <td className="n">{formatPercent(rest.share)}</td>
          <td className="n">{formatPoints(rest.total)}</td>
          <td className="n">{formatPercent("1")}</td>
        </tr>
      )}
    </Table>
  );
}

export function YearTable({ view }: { view: YearView }) {
  return (
    <Table
      caption="Tổng điểm công bố, xếp hạng và điểm thẩm định từng lĩnh vực theo năm"
      testId="year-table"
      scroll={false}
      headClassName="align-bottom"
      head={
        <>
          <Th>Năm</Th>
          <Th numeric>Tổng điểm</Th>
          <Th numeric>Xếp hạng</Th>
          {view.fields.map((f) => (
            <Th key={f.code} title={f.title} numeric>
              <abbr title={f.title} className="no-underline">
                LV {f.code}
              </abbr>
            </Th>
          ))}
        </>
      }
    >
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
    </Table>
  );
}
