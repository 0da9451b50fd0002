"use client";
// Each dashboard chart with its table, drawn from one set of props: the numbers travel once in the page's RSC
// payload (as these props) and are rendered twice only in the HTML (the table is server-rendered from them, so
// it reads before any script runs and prints open).
import type { ReactNode } from "react";
import { agencyChartBars } from "@/lib/dashboard/agency-chart";
import type { AgencyView, FieldBar, ParetoBar, ProgressBar, ProjectionView, YearView } from "@/lib/dashboard/types";
import { CardTable } from "./CardTable";
import {
  AgencyPointsChart,
  FieldScoreChart,
  ParetoChart,
  ProgressChart,
  ProjectionChart,
  WhenVisible,
  YearChart,
} from "./lazy-charts";
import { FieldScoreTable, ParetoTable, YearTable } from "./tables-scores";
import { AgencyTable, ProgressTable, ProjectionTable } from "./tables-tasks";

type PanelProps = { chart: ReactNode; height: number; rows: number; table: ReactNode };

function Panel({ chart, height, rows, table }: PanelProps) {
  return (
    <>
      <div className="dashboard-chart mt-3">
        <WhenVisible height={height}>{chart}</WhenVisible>
      </div>
      <CardTable rows={rows}>{table}</CardTable>
    </>
  );
}

export function FieldPanel({ bars, totalLost, summary }: { bars: FieldBar[]; totalLost: string; summary: string }) {
  return (
    <Panel
      chart={<FieldScoreChart bars={bars} summary={summary} />}
      height={80 + bars.length * 58}
      rows={bars.length}
      table={<FieldScoreTable bars={bars} totalLost={totalLost} />}
    />
  );
}

export function ParetoPanel({ entries, summary }: { entries: ParetoBar[]; summary: string }) {
  return (
    <Panel
      chart={<ParetoChart entries={entries} summary={summary} />}
      height={360}
      rows={entries.length}
      table={<ParetoTable entries={entries} />}
    />
  );
}

export function YearPanel({ view, summary }: { view: YearView; summary: string }) {
  return (
    <Panel
      chart={<YearChart view={view} summary={summary} />}
      height={320}
      rows={view.years.length}
      table={<YearTable view={view} />}
    />
  );
}

export function AgencyPanel({ view, summary }: { view: AgencyView; summary: string }) {
  const { bars, total } = view;
  const chartBars = agencyChartBars(view);
  return (
    <Panel
      chart={<AgencyPointsChart bars={chartBars} summary={summary} />}
      height={70 + chartBars.length * 30}
      rows={bars.length}
      table={<AgencyTable bars={bars} total={total} />}
    />
  );
}

type ProgressProps = { bars: ProgressBar[]; total: ProgressBar; groupedBy: "field" | "item"; summary: string };

export function ProgressPanel({ bars, total, groupedBy, summary }: ProgressProps) {
  return (
    <Panel
      chart={<ProgressChart bars={bars} summary={summary} />}
      height={90 + bars.length * 36}
      rows={bars.length + 1}
      table={<ProgressTable bars={bars} total={total} groupedBy={groupedBy} />}
    />
  );
}

export function ProjectionPanel({ view, summary }: { view: ProjectionView; summary: string }) {
  return (
    <Panel
      chart={<ProjectionChart view={view} summary={summary} />}
      height={190}
      rows={view.counted.length + view.notCounted.length}
      table={<ProjectionTable counted={view.counted} notCounted={view.notCounted} />}
    />
  );
}
