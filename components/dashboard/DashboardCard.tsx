// A dashboard card: title that says what the chart shows, the chart, its key sentence, and the same numbers as
// a table (for screen readers, keyboard users and print: the print stylesheet opens it).
import { dashboardText } from "@/lib/dashboard/messages";

type Props = {
  id: string;
  title: string;
  /** one or two sentences that state the finding, with the numbers */
  lead?: React.ReactNode;
  chart?: React.ReactNode;
  table?: React.ReactNode;
  tableRows?: number;
  notes?: React.ReactNode;
  className?: string;
  tone?: "default" | "projection";
};

export function DashboardCard({
  id,
  title,
  lead,
  chart,
  table,
  tableRows = 0,
  notes,
  className = "",
  tone = "default",
}: Props) {
  const frame =
    tone === "projection"
      ? "border-2 border-dashed border-amber-600 bg-amber-50/40"
      : "border border-slate-200 bg-white";
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      data-testid={`card-${id}`}
      className={`dashboard-card rounded-lg p-4 shadow-sm sm:p-5 ${frame} ${className}`}
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {lead && <div className="dashboard-lead mt-1 text-sm text-slate-700">{lead}</div>}
      {chart && <div className="dashboard-chart mt-3">{chart}</div>}
      {table && (
        <details className="dashboard-table mt-3 text-sm">
          <summary className="cursor-pointer select-none font-medium text-blue-800 print:hidden">
            {dashboardText.table(tableRows)}
          </summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      )}
      {notes && <div className="mt-3 space-y-1 text-xs text-slate-600">{notes}</div>}
    </section>
  );
}

export function CardSkeleton({ id, title, height = 320 }: { id: string; title: string; height?: number }) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-busy="true"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="sr-only">Đang tải số liệu…</p>
      <div className="mt-2 h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="mt-4 animate-pulse rounded bg-slate-100" style={{ height }} />
    </section>
  );
}

/** Table cell helpers: numbers right-aligned and tabular. */
export const th = "py-1.5 pr-3 text-left font-medium text-slate-600";
export const thNum = "py-1.5 pr-3 text-right font-medium text-slate-600";
export const tdNum = "num py-1.5 pr-3 text-right";
export const td = "py-1.5 pr-3";
