// Dashboard cards built from scores: each awaits only the datasets it needs (started once by the page).
import { DashboardCard } from "@/components/dashboard/DashboardCard";
import { DashboardFilters } from "@/components/dashboard/DashboardFilters";
import { HeadlineStats } from "@/components/dashboard/HeadlineStats";
import { FieldPanel, ParetoPanel, YearPanel } from "@/components/dashboard/panels";
import type { DashboardLoads, ResolvedDashboard } from "@/lib/dashboard/dashboard";
import { dashboardText } from "@/lib/dashboard/messages";
import type { ViewContext } from "@/lib/dashboard/views-scores";
import { formatMax, formatPercent, formatPoints, formatRank } from "@/lib/format";

type CardProps = { loads: DashboardLoads; ctx: ViewContext };
const cards = dashboardText.cards;

export async function FiltersCard({ loads, resolved }: { loads: DashboardLoads; resolved: ResolvedDashboard }) {
  const rows = await loads.rows;
  const fields = rows.filter((r) => r.parentCode === null).map((r) => ({ code: r.code, title: r.title }));
  return (
    <DashboardFilters
      plans={resolved.choices}
      planId={resolved.ctx.planId}
      fields={fields}
      fieldCode={resolved.ctx.fieldCode}
      cycles={resolved.cycles}
      cycle={resolved.cycle}
    />
  );
}

export async function HeadlineCard({ loads }: { loads: DashboardLoads }) {
  const [score, remediation] = await Promise.all([loads.views.headline, loads.views.remediation]);
  return <HeadlineStats score={score} remediation={remediation} />;
}

export async function FieldCard({ loads }: { loads: DashboardLoads }) {
  const [h, bars] = await Promise.all([loads.views.headline, loads.views.fields]);
  const prev = h.previous;
  const rank = (r: number | null, of: number | null) => (r ? `, hạng ${formatRank(r, of)}` : "");
  const summary =
    `Tổng điểm ${formatPoints(h.published)}/${formatMax(h.max)}, bị mất ${formatPoints(h.totalLost)} điểm` +
    (prev
      ? `; năm ${prev.year}: ${formatPoints(prev.totalScore)} điểm${rank(prev.rank, prev.rankOf)} → năm ${h.year}: ${formatPoints(h.published)} điểm${rank(h.rank, h.rankOf)}.`
      : ".");
  const first = bars[0];
  if (!first)
    return (
      <DashboardCard
        {...cards.fields}
        lead={
          <p>
            {summary} {dashboardText.noFieldScores}
          </p>
        }
      />
    );
  return (
    <DashboardCard
      {...cards.fields}
      lead={
        <>
          <p data-testid="fields-summary">{summary}</p>
          <p>
            Mất nhiều nhất: lĩnh vực {first.code}. {first.title} ({formatPoints(first.lost)} điểm).{" "}
            <span className="print:hidden">Bấm vào một cột để xem chi tiết tiêu chí.</span>
          </p>
        </>
      }
      panel={<FieldPanel bars={bars} totalLost={h.totalLost} summary={summary} />}
      notes={<p>Phụ lục chỉ liệt kê các lĩnh vực bị mất điểm; lĩnh vực không bị mất điểm không có trong biểu đồ.</p>}
    />
  );
}

export async function ParetoCard({ loads, ctx }: CardProps) {
  const { view, folded } = await loads.views.pareto;
  // the chart and the table show the first rows; the rest is one exact line (lib/dashboard/fold.ts)
  const first = view.entries[0];
  if (!first) return <DashboardCard {...cards.pareto} lead={<p>{dashboardText.noData}</p>} />;
  const summary =
    `Riêng ${first.code} ${first.title} đã chiếm ${formatPoints(first.lost)}/${formatPoints(view.total)} điểm bị mất (${formatPercent(first.share)}). ` +
    `${view.itemsToEightyPercent} trên ${view.entries.length} mục chiếm 80 % số điểm bị mất.`;
  return (
    <DashboardCard
      {...cards.pareto}
      lead={
        <p data-testid="pareto-summary">
          {ctx.fieldCode && `${dashboardText.fieldFilterNote(ctx.fieldCode)} `}
          {summary}
        </p>
      }
      panel={<ParetoPanel {...folded} summary={summary} />}
      notes={view.standIns.map((s) => (
        <p key={s.code} data-testid="stand-in-note">
          Mục {s.code} {s.title} ({formatPoints(s.lost)} điểm) được tính thay cho {s.childCodes.join(", ")}: các mục này
          cộng lại {formatPoints(s.childrenLost)} điểm, không khớp với {formatPoints(s.lost)} điểm của mục {s.code} (sai
          lệch trong văn bản gốc, giữ nguyên như văn bản).
        </p>
      ))}
    />
  );
}

export async function YearCard({ loads, ctx }: CardProps) {
  const view = await loads.views.years;
  const withFields = view.years.filter((y) => Object.keys(y.fields).length > 0).length;
  const breaks = view.years
    .map((y) => ({ year: y.year, codes: y.changed }))
    .filter((b) => b.codes.length > 0 && (!ctx.fieldCode || b.codes.includes(ctx.fieldCode)));
  const summary =
    view.years.length < 2
      ? `Mới có kết quả của ${view.years.length} năm; biểu đồ sẽ so sánh khi có thêm năm.`
      : `${view.years.length} năm đánh giá (${view.years.map((y) => `${y.history ? `${y.year}, ${y.history}` : y.year}: ${formatPoints(y.total)}${y.rank ? `, hạng ${y.rank}` : ""}`).join("; ")}).`;
  return (
    <DashboardCard
      {...cards.years}
      lead={<p data-testid="years-summary">{summary}</p>}
      panel={<YearPanel view={view} summary={summary} />}
      notes={
        <>
          {withFields < view.years.length && (
            <p>
              Năm chỉ có tổng điểm và xếp hạng (không có điểm từng lĩnh vực) được để trống ở các cột lĩnh vực. Khung chỉ
              số có thể thay đổi giữa các năm; lĩnh vực được đối chiếu theo mã.
            </p>
          )}
          {breaks.length > 0 && <p data-testid="not-comparable-note">{dashboardText.notComparableNote(breaks)}</p>}
        </>
      }
    />
  );
}
