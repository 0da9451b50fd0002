import Link from "next/link";
import { Stat } from "@/components/ui/Card";
import type { Overview } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { percentDone } from "@/lib/overview/rows";

/** Four headline numbers; the waiting count links to the review queue for whoever may review. */
export function OverviewSummary({ totals, canReview }: { totals: Overview["totals"]; canReview: boolean }) {
  const waiting = totals.counts.SUBMITTED;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Stat label={t.totalTasks} value={totals.total} />
      <Stat label={t.accepted} tone="good" value={`${percentDone(totals)} %`} hint={t.percentOf(totals.counts.ACCEPTED, totals.total)} />
      <Stat label={t.overdueTasks} tone={totals.overdue > 0 ? "loss" : "default"} value={<span data-testid="overdue-total">{totals.overdue}</span>} />
      <Stat
        label={t.waiting}
        value={<span data-testid="submitted-total">{waiting}</span>}
        hint={canReview ? <Link href="/duyet" className="font-medium text-blue-800 underline" data-testid="review-link">{t.reviewLink(waiting)}</Link> : undefined}
      />
    </div>
  );
}
