// "Cơ quan chậm tiến độ" near the top of the dashboard: which departments are behind, by the overview's rule.
import { BehindTable } from "@/components/dashboard/BehindTable";
import { DashboardCard } from "@/components/dashboard/DashboardCard";
import { Link } from "@/components/ui/Link";
import type { DashboardLoads } from "@/lib/dashboard/dashboard";
import { dashboardText } from "@/lib/dashboard/messages";

const t = dashboardText.behind;

export async function BehindCard({
  loads,
  overviewHref,
}: {
  loads: DashboardLoads;
  /** /tien-do for whoever may read it (same figures, every agency), else null */
  overviewHref: string | null;
}) {
  const view = await loads.views.behind;
  const first = view.agencies[0];
  const unassigned = view.unassignedOverdue > 0 && (
    <p data-testid="behind-unassigned">{t.unassigned(view.unassignedOverdue)}</p>
  );
  return (
    <DashboardCard
      {...dashboardText.cards.behind}
      lead={
        <div className="space-y-1">
          <p data-testid="behind-summary">
            {first ? t.summary(view.agencies.length, view.overdue, first.name, first.overdue) : t.none(view.onTrack)}
          </p>
          {unassigned}
        </div>
      }
      chart={first && <BehindTable agencies={view.shown} />}
      notes={
        <>
          {view.agencies.length > view.shown.length && <p>{t.more(view.agencies.length - view.shown.length)}</p>}
          {overviewHref && (
            <p className="print:hidden">
              <Link href={overviewHref} className="font-medium text-blue-800 underline">
                {t.allLink}
              </Link>
            </p>
          )}
          <p>{t.rule}</p>
        </>
      }
    />
  );
}
