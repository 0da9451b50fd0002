"use client";
// A chart's numbers as a table, closed under the chart (the print stylesheet opens it). The table is in the
// server's HTML, readable before any script runs, but it is hydrated only once opened: until then the client
// renders an empty innerHTML placeholder, which React leaves as the server wrote it (it neither hydrates nor
// removes what is inside an element with dangerouslySetInnerHTML). A page reached by client navigation draws the
// table when it is opened, or before printing.
import { type ReactNode, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { dashboardText } from "@/lib/dashboard/messages";

const onServer = typeof window === "undefined";

export function CardTable({ rows, children }: { rows: number; children: ReactNode }) {
  // once drawn, kept: closing it again must not empty it (printing opens it from the stylesheet)
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return;
    const draw = () => flushSync(() => setDrawn(true));
    window.addEventListener("beforeprint", draw);
    return () => window.removeEventListener("beforeprint", draw);
  }, [drawn]);
  return (
    <details
      className="dashboard-table"
      onToggle={(e) => {
        if (e.currentTarget.open) setDrawn(true);
      }}
    >
      <summary>{dashboardText.table(rows)}</summary>
      {onServer || drawn ? (
        <div className="mt-2 overflow-x-auto">{children}</div>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant empty string; it keeps the server's table unhydrated
        <div className="mt-2 overflow-x-auto" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />
      )}
    </details>
  );
}
