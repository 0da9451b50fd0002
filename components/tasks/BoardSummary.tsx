import { Link } from "@/components/ui/Link";
import { formatPoints } from "@/lib/format";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { BoardSummary } from "@/lib/tasks/board-view";
import type { BoardFilters } from "@/lib/tasks/schema";
import { TASK_TEXT } from "@/lib/tasks/strings";

type Props = { summary: BoardSummary; href: (overrides: Partial<BoardFilters>) => string };

/** What the agency leads, in five figures; each count opens the board filtered to it. */
export function BoardSummaryStrip({ summary, href }: Props) {
  const s = TASK_TEXT.summary;
  const figure = (label: string, value: React.ReactNode, testId: string, to?: string, tone = "text-slate-900") => (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm" data-testid={testId}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className={`num text-xl font-bold ${tone}`}>
        {to ? (
          <Link href={to} className="underline-offset-2 hover:underline">
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
    </div>
  );
  return (
    <section aria-label={s.title}>
      <dl
        className={`grid grid-cols-2 gap-2 sm:grid-cols-3 ${summary.awaitingHead ? "lg:grid-cols-6" : "lg:grid-cols-5"}`}
      >
        {figure(
          s.overdue,
          summary.overdue,
          "summary-overdue",
          href({ role: "lead", due: "overdue" }),
          summary.overdue ? "text-brand-700" : undefined,
        )}
        {figure(s.dueSoon, summary.dueSoon, "summary-due-soon", href({ role: "lead", due: "soon", sort: "due" }))}
        {figure(s.points, formatPoints(summary.pointsAtStake), "summary-points")}
        {summary.awaitingHead > 0 &&
          figure(
            APPROVAL_TEXT.waitingTitle,
            summary.awaitingHead,
            "summary-awaiting-head",
            href({ role: "lead", approval: "head" }),
            "text-amber-900",
          )}
        {figure(s.waiting, summary.waiting, "summary-waiting")}
        {figure(
          s.returned,
          summary.returned,
          "summary-returned",
          undefined,
          summary.returned ? "text-brand-700" : undefined,
        )}
      </dl>
      <p className="mt-1 text-xs text-slate-600">{s.note}</p>
    </section>
  );
}
