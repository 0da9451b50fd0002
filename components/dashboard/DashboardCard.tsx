// A dashboard card: title that says what the chart shows, the chart, its key sentence, and the same numbers as
// a table (for screen readers, keyboard users and print: the print stylesheet opens it).
import { CardTable } from "./CardTable";

type Props = {
  id: string;
  title: string;
  /** one or two sentences that state the finding, with the numbers */
  lead?: React.ReactNode;
  chart?: React.ReactNode;
  table?: React.ReactNode;
  /**
   * The chart and its table drawn by one client component from one set of props (see panels.tsx), so the numbers
   * travel once in the page's RSC payload instead of once as chart props and again as the table's server tree.
   */
  panel?: React.ReactNode;
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
  panel,
  tableRows = 0,
  notes,
  className = "",
  tone = "default",
}: Props) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      data-testid={`card-${id}`}
      className={`dashboard-card ${tone === "projection" ? "projection " : ""}${className}`.trim()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <div className="dashboard-lead">{lead}</div>}
      {chart && <div className="dashboard-chart">{chart}</div>}
      {table && <CardTable rows={tableRows}>{table}</CardTable>}
      {panel}
      {notes && <div className="dashboard-notes">{notes}</div>}
    </section>
  );
}
