// A chart's numbers as a table, closed under the chart (the print stylesheet opens it). Plain markup, so both the
// server cards and the client panels use it.
import type { ReactNode } from "react";
import { dashboardText } from "@/lib/dashboard/messages";

export function CardTable({ rows, children }: { rows: number; children: ReactNode }) {
  return (
    <details className="dashboard-table mt-3 text-sm">
      <summary className="cursor-pointer select-none font-medium text-blue-800 print:hidden">
        {dashboardText.table(rows)}
      </summary>
      <div className="mt-2 overflow-x-auto">{children}</div>
    </details>
  );
}
