// Published and projected figures side by side: the projection always dashed, italic and labelled, so that
// on screen, in greyscale print or in a photo of the screen it cannot pass for a published figure.

import { Table, Th } from "@/components/ui/Table";
import { SCENARIO_LABELS } from "@/lib/dashboard/messages";
import type { ProjectionView } from "@/lib/dashboard/types";
import { formatPoints, formatRank } from "@/lib/format";

export function ProjectionFigures({ view }: { view: ProjectionView }) {
  return (
    <dl className="mt-2 grid gap-3 sm:grid-cols-3">
      <div className="rounded-md border border-slate-300 bg-white p-3">
        <dt className="text-sm text-slate-600">Điểm công bố năm {view.year} (Bộ Nội vụ)</dt>
        <dd className="num text-2xl font-bold text-slate-900">
          {formatPoints(view.published)}{" "}
          <span className="text-base font-medium text-slate-600">
            · hạng {formatRank(view.publishedRank, view.publishedRankOf)}
          </span>
        </dd>
      </div>
      <div className="rounded-md border-2 border-dashed border-amber-700 bg-white p-3">
        <dt className="text-sm text-amber-900">Điểm dự báo theo tiến độ báo cáo (giả định)</dt>
        <dd className="num text-2xl font-bold italic text-amber-900" data-testid="projected-score">
          ≈ {formatPoints(view.projected)}{" "}
          <span className="text-base font-medium not-italic">(+{formatPoints(view.gain)})</span>
        </dd>
      </div>
      <div className="rounded-md border-2 border-dashed border-amber-700 bg-white p-3">
        <dt className="text-sm text-amber-900">Hạng dự báo (giả định)</dt>
        <dd className="num text-2xl font-bold italic text-amber-900" data-testid="projected-rank">
          {view.rank ? `≈ ${view.rank.rank}/${view.rank.rankOf}` : "Không xác định"}
        </dd>
      </div>
    </dl>
  );
}

/** The three rules side by side, each with its score and rank, so a hope never reads as a result. */
export function ProjectionScenarios({ view }: { view: ProjectionView }) {
  return (
    <Table
      caption="Điểm dự báo theo ba cách tính"
      testId="projection-scenarios"
      className="mt-3"
      scroll={false}
      headClassName="text-slate-700"
      head={
        <>
          <Th className="font-medium">Cách tính</Th>
          <Th className="font-medium" numeric>
            Điểm dự báo
          </Th>
          <Th className="font-medium" numeric>
            Hạng dự báo
          </Th>
        </>
      }
    >
      {view.scenarios.map((s) => (
        <tr key={s.scenario} data-testid={`scenario-${s.scenario}`}>
          <th scope="row">
            <span className="font-medium">{SCENARIO_LABELS[s.scenario].name}</span>
            <span className="block text-xs text-slate-600">{SCENARIO_LABELS[s.scenario].rule}</span>
          </th>
          <td className="n italic text-amber-900">
            ≈ {formatPoints(s.projected)} (+{formatPoints(s.gain)})
          </td>
          <td className="n italic text-amber-900">{s.rank ? `≈ ${s.rank.rank}/${s.rank.rankOf}` : "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
