import { Stat } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { formatShareOf } from "@/lib/format";
import type { Overview } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { applicableTasks } from "@/lib/overview/rows";

/**
 * The headline numbers, each saying what it counts: tasks with points (what the dashboard counts) apart from
 * duties without points, and overdue tasks nobody leads yet apart from an agency's delay. The waiting count
 * links to the review queue for whoever may review.
 */
export function OverviewSummary({ totals, canReview }: { totals: Overview["totals"]; canReview: boolean }) {
  const waiting = totals.counts.SUBMITTED;
  const agencyOverdue = totals.overdue - totals.unassignedOverdue;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <Stat
        label={t.totalTasks}
        value={<span data-testid="tasks-total">{totals.total}</span>}
        hint={
          <span data-testid="tasks-split">{t.totalSplit(totals.withPoints, totals.total - totals.withPoints)}</span>
        }
      />
      <Stat
        label={t.accepted}
        tone="good"
        value={
          <span data-testid="accepted-share">{formatShareOf(totals.counts.ACCEPTED, applicableTasks(totals))}</span>
        }
        hint={t.percentOf(totals.counts.ACCEPTED, applicableTasks(totals))}
      />
      <Stat
        label={t.overdueTasks}
        tone={agencyOverdue > 0 ? "loss" : "default"}
        value={<span data-testid="overdue-agencies">{agencyOverdue}</span>}
        hint={<span data-testid="overdue-split">{t.overdueSplit(totals.overdue, totals.overdueWithPoints)}</span>}
      />
      <Stat
        label={t.unassignedOverdue}
        tone={totals.unassignedOverdue > 0 ? "loss" : "default"}
        value={<span data-testid="overdue-unassigned">{totals.unassignedOverdue}</span>}
        hint={
          canReview && totals.unassignedOverdue > 0 ? (
            <Link href="/duyet#chua-giao" className="font-medium text-blue-800 underline">
              {t.assignLink}
            </Link>
          ) : (
            t.unassignedOverdueHint
          )
        }
      />
      <Stat
        label={t.waiting}
        value={<span data-testid="submitted-total">{waiting}</span>}
        hint={
          canReview ? (
            <Link href="/duyet" className="font-medium text-blue-800 underline" data-testid="review-link">
              {t.reviewLink(waiting)}
            </Link>
          ) : undefined
        }
      />
    </div>
  );
}
