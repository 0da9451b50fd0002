// Published and projected figures side by side: the projection always dashed, italic and labelled, so that
// on screen, in greyscale print or in a photo of the screen it cannot pass for a published figure.
import { formatRank } from "@/lib/format";
import { formatPoints } from "@/lib/format";
import type { ProjectionView } from "@/lib/dashboard/types";

export function ProjectionFigures({ view }: { view: ProjectionView }) {
  return (
    <dl className="mt-2 grid gap-3 sm:grid-cols-3">
      <div className="rounded-md border border-slate-300 bg-white p-3">
        <dt className="text-sm text-slate-600">Điểm công bố năm {view.year} (Bộ Nội vụ)</dt>
        <dd className="num text-2xl font-bold text-slate-900">
          {formatPoints(view.published)} <span className="text-base font-medium text-slate-600">· hạng {formatRank(view.publishedRank, view.publishedRankOf)}</span>
        </dd>
      </div>
      <div className="rounded-md border-2 border-dashed border-amber-700 bg-white p-3">
        <dt className="text-sm text-amber-900">Điểm dự báo (giả định)</dt>
        <dd className="num text-2xl font-bold italic text-amber-900" data-testid="projected-score">
          ≈ {formatPoints(view.projected)} <span className="text-base font-medium not-italic">(+{formatPoints(view.gain)})</span>
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
