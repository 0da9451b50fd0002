"use client";
// Opens the browser's print dialog (A4 landscape comes from the page's print stylesheet; "Lưu dưới dạng PDF"
// there gives the PDF). The data tables are opened for print so every chart's numbers are on paper, and the charts
// not yet scrolled to are loaded and drawn first (printing from the browser's menu prints the tables for those).
import { useEffect } from "react";
import { Button } from "@/components/ui/Button";
import { showAllCharts } from "./chart-kit/lazy";

export function PrintButton({ label }: { label: string }) {
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const open = () => {
      void showAllCharts();
      for (const d of document.querySelectorAll<HTMLDetailsElement>("details.dashboard-table:not([open])")) {
        d.open = true;
        opened.push(d);
      }
    };
    const restore = () => opened.splice(0).forEach((d) => (d.open = false));
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", restore);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", restore);
    };
  }, []);
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={() => showAllCharts().then(() => window.print())}
      className="print:hidden"
    >
      {label}
    </Button>
  );
}
