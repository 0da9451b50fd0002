import { Stat } from "@/components/ui/Card";
import { formatDate, formatPoints } from "@/lib/format";
import type { PlanOverview } from "@/lib/plans/data";
import { minus } from "@/lib/scores/math";

export function PlanHeadline({ overview }: { overview: PlanOverview }) {
  const { plan, assessment, previous, totals } = overview;
  const change = previous ? minus(assessment.totalScore, previous.totalScore) : null;
  return (
    <header className="space-y-4">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
          Kế hoạch số {plan.number} ngày {formatDate(plan.issuedOn)} · tỉnh {plan.provinceName}
        </p>
        <h1 className="mt-1 text-xl font-bold text-slate-900 sm:text-2xl">{plan.title}</h1>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label={`Chỉ số CCHC năm ${assessment.year} (công bố)`}
          value={<span data-testid="published-score">{formatPoints(assessment.totalScore)}/100</span>}
          hint={
            change
              ? `${change.startsWith("-") ? "Giảm" : "Tăng"} ${formatPoints(change.replace("-", ""))} điểm so với năm ${previous?.year}`
              : undefined
          }
        />
        <Stat
          label="Xếp hạng"
          value={assessment.rank ? `${assessment.rank}/${assessment.rankOf ?? "?"}` : "—"}
          hint={
            previous?.rank
              ? `Năm ${previous.year}: ${previous.rank}/${previous.rankOf ?? "?"} (${formatPoints(previous.totalScore)} điểm)`
              : undefined
          }
        />
        <Stat
          label="Tổng điểm bị mất"
          tone="loss"
          value={<span data-testid="lost-total">{formatPoints(totals.lost)}</span>}
          hint={`Trên tổng ${formatPoints(totals.max)} điểm`}
        />
        <Stat
          label="Điểm tính lại từ phụ lục"
          value={formatPoints(totals.score)}
          hint="= tổng điểm tối đa − Σ điểm bị mất theo lĩnh vực"
        />
      </div>
    </header>
  );
}
