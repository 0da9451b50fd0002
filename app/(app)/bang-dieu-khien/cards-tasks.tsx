// Dashboard cards that join points with the plan's tasks.
import { DashboardCard } from "@/components/dashboard/DashboardCard";
import { ProjectionFigures, ProjectionScenarios } from "@/components/dashboard/ProjectionFigures";
import { AgencyPanel, ProgressPanel, ProjectionPanel } from "@/components/dashboard/panels";
import { Link } from "@/components/ui/Link";
import type { DashboardLoads } from "@/lib/dashboard/dashboard";
import { dashboardText } from "@/lib/dashboard/messages";
import type { ViewContext } from "@/lib/dashboard/views-scores";
import { formatPoints } from "@/lib/format";

type CardProps = { loads: DashboardLoads; ctx: ViewContext };
const cards = dashboardText.cards;
const m = dashboardText.method;
const filterNote = (ctx: ViewContext) => (ctx.fieldCode ? `${dashboardText.fieldFilterNote(ctx.fieldCode)} ` : "");

export async function AgencyCard({ loads, ctx }: CardProps) {
  const { view, folded } = await loads.views.agencies;
  const first = view.bars[0];
  if (!first) return <DashboardCard {...cards.agencies} lead={<p>{dashboardText.noData}</p>} />;
  const summary = `${first.name} phụ trách nhiều điểm nhất: ${formatPoints(first.points)}/${formatPoints(view.total)} điểm; ${view.bars.length} cơ quan/nhóm cùng chia ${formatPoints(view.total)} điểm.`;
  return (
    <DashboardCard
      {...cards.agencies}
      lead={
        <p data-testid="agency-summary">
          {filterNote(ctx)}
          {summary} <span className="print:hidden">Bấm vào một cột để mở bảng nhiệm vụ của cơ quan.</span>
        </p>
      }
      panel={<AgencyPanel view={folded} summary={summary} />}
      notes={
        <>
          <p>
            <strong>Cách chia:</strong> {m.agencies}
          </p>
          {view.othersCount > 0 && (
            <p>
              Biểu đồ và bảng số liệu liệt kê {view.chartTop} cơ quan phụ trách nhiều điểm nhất; {view.othersCount} cơ
              quan còn lại được gộp một dòng với tổng chính xác (trang Tiến độ liệt kê mọi cơ quan).
            </p>
          )}
          {view.roundedSum !== view.total && (
            <p data-testid="rounding-note">
              Tổng các phần đã làm tròn là {formatPoints(view.roundedSum)} điểm, tổng chính xác là{" "}
              {formatPoints(view.total)} điểm.
            </p>
          )}
        </>
      }
    />
  );
}

export async function ProgressCard({ loads, ctx }: CardProps) {
  const view = await loads.views.progress;
  if (view.bars.length === 0) return <DashboardCard {...cards.progress} lead={<p>{dashboardText.noData}</p>} />;
  const t = view.total;
  const summary = `Trong ${formatPoints(t.lost)} điểm bị mất: ${formatPoints(t.accepted)} điểm đã xác nhận, ${formatPoints(t.inProgress)} đang thực hiện, ${formatPoints(t.notStarted)} chưa thực hiện, ${formatPoints(t.overdue)} quá hạn.`;
  const noTask = view.bars.flatMap((b) => b.noTaskItems);
  return (
    <DashboardCard
      {...cards.progress}
      lead={
        <p data-testid="progress-summary">
          {filterNote(ctx)}
          {summary}
        </p>
      }
      panel={<ProgressPanel bars={view.bars} total={view.total} groupedBy={view.groupedBy} summary={summary} />}
      notes={
        <>
          <p>
            <strong>Cách tính:</strong> {m.progress}
          </p>
          {noTask.length > 0 && <p>Chưa có nhiệm vụ chủ trì: {noTask.join(", ")}.</p>}
        </>
      }
    />
  );
}

/** peersHref: where this user may enter other provinces' totals (Sở Nội vụ only), shown when the rank is unknown. */
export async function ProjectionCard({ loads, ctx, peersHref }: CardProps & { peersHref: string | null }) {
  const { view, folded } = await loads.views.projection;
  const rankText = view.rank
    ? `Với điểm công bố năm ${view.year} của ${view.rank.peers} tỉnh khác đã nhập, điểm dự báo sẽ xếp hạng ${view.rank.rank}/${view.rank.rankOf} (chỉ trong số các tỉnh đã nhập điểm).`
    : `Không dự báo được xếp hạng vì chưa nhập điểm công bố năm ${view.year} của tỉnh nào khác.`;
  const [accepted, submitted] = view.scenarios;
  const summary =
    `Theo tiến độ đã báo cáo, dự báo ${formatPoints(view.projected)} điểm (công bố: ${formatPoints(view.published)}; +${formatPoints(view.gain)} điểm từ ${view.counted.length} mục). ` +
    `Chỉ tính việc đã xác nhận: ${formatPoints(accepted?.projected ?? view.published)}; thêm việc chờ xác nhận: ${formatPoints(submitted?.projected ?? view.published)}.`;
  return (
    <DashboardCard
      {...cards.projection}
      tone="projection"
      lead={
        <div className="space-y-1">
          <p className="inline-block rounded border border-dashed border-amber-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-900">
            Dự báo — không phải số liệu công bố
          </p>
          <p data-testid="projection-summary">{summary}</p>
          <p data-testid="projection-rank-text">
            {rankText}{" "}
            {peersHref && (
              <Link href={peersHref} className="font-medium text-blue-800 underline print:hidden">
                Nhập điểm công bố của các tỉnh
              </Link>
            )}
          </p>
          <ProjectionFigures view={view} />
          <ProjectionScenarios view={view} />
        </div>
      }
      panel={
        <ProjectionPanel
          figures={{
            year: view.year,
            published: view.published,
            max: view.max,
            gain: view.gain,
            remaining: view.remaining,
            publishedLost: view.publishedLost,
          }}
          {...folded}
          summary={summary}
        />
      }
      notes={
        <>
          <p>
            <strong>Giả định:</strong> {m.projection}
          </p>
          {view.capped && <p>Điểm dự báo đã được giới hạn ở mức tối đa {formatPoints(view.max)} điểm.</p>}
          {ctx.fieldCode && <p>Dự báo luôn tính cho toàn bộ điểm số, không theo bộ lọc lĩnh vực.</p>}
        </>
      }
    />
  );
}

export async function MethodCard({ loads }: { loads: DashboardLoads }) {
  const standIns = await loads.views.standIns;
  const named = standIns
    .map(
      (s) =>
        ` Ở kế hoạch này: mục ${s.code} ${s.title} (${formatPoints(s.lost)} điểm) được dùng thay cho ${s.childCodes.join(", ")} (cộng lại ${formatPoints(s.childrenLost)} điểm).`,
    )
    .join("");
  return (
    <DashboardCard
      {...cards.method}
      lead={
        <ul className="list-disc space-y-1 pl-5">
          <li>{m.items(named)}</li>
          <li>{m.agencies}</li>
          <li>{m.progress}</li>
          <li>{m.projection}</li>
          <li>{m.source}</li>
        </ul>
      }
    />
  );
}
