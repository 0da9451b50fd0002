// Shown while the session and the plan are resolved; each card then has its own skeleton.
import { CardSkeleton } from "@/components/dashboard/DashboardCard";
import { dashboardText } from "@/lib/dashboard/messages";

export function HeadlineSkeleton() {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}

export default function DashboardLoading() {
  const c = dashboardText.cards;
  return (
    <div className="space-y-5" aria-busy="true">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{dashboardText.pageTitle}</h1>
      <p className="sr-only">Đang tải bảng điều khiển…</p>
      <HeadlineSkeleton />
      <CardSkeleton {...c.fields} height={520} />
      <CardSkeleton {...c.pareto} height={360} />
    </div>
  );
}
