"use client";
// Each dashboard chart with its table, drawn from one set of props: the numbers travel once in the page's RSC
// payload (as these props) and are rendered twice only in the HTML (the table is server-rendered from them, so
// it reads before any script runs and prints open).
import type { ReactNode } from "react";
import { agencyChartBars } from "@/lib/dashboard/agency-chart";
import type { ParetoRest, ProjectionRest } from "@/lib/dashboard/fold";
import type {
  AgencyView,
  FieldBar,
  ParetoBar,
  ProgressBar,
  ProjectionFiguresView,
  ProjectionLine,
  YearView,
} from "@/lib/dashboard/types";
import { CardTable } from "./CardTable";
import { lazyChart, WhenVisible } from "./chart-kit/lazy";
import { FieldScoreTable, ParetoTable, YearTable } from "./tables-scores";
import { AgencyTable, ProgressTable, ProjectionTable } from "./tables-tasks";

const FieldScoreChart = lazyChart(() => import("./FieldScoreChart").then((m) => m.FieldScoreChart));
const ParetoChart = lazyChart(() => import("./ParetoChart").then((m) => m.ParetoChart));
const YearChart = lazyChart(() => import("./YearChart").then((m) => m.YearChart));
const AgencyPointsChart = lazyChart(() => import("./AgencyPointsChart").then((m) => m.AgencyPointsChart));
const ProgressChart = lazyChart(() => import("./ProgressChart").then((m) => m.ProgressChart));
const ProjectionChart = lazyChart(() => import("./ProjectionChart").then((m) => m.ProjectionChart));

/** `load`: the chart's code, fetched before it is drawn (LazyChart). */
type PanelProps = { chart: ReactNode; load: () => Promise<unknown>; height: number; rows: number; table: ReactNode };

function Panel({ chart, load, height, rows, table }: PanelProps) {
  return (
    <>
      <div className="dashboard-chart">
        <WhenVisible height={height} load={load}>
          {chart}
        </WhenVisible>
      </div>
      {/* hydrated only once opened (CardTable), so it needs no Suspense boundary of its own to split hydration */}
      <CardTable rows={rows}>{table}</CardTable>
    </>
  );
}

export function FieldPanel({ bars, totalLost, summary }: { bars: FieldBar[]; totalLost: string; summary: string }) {
  return (
    <Panel
      chart={<FieldScoreChart bars={bars} summary={summary} />}
      load={FieldScoreChart.load}
      height={80 + bars.length * 58}
      rows={bars.length}
      table={<FieldScoreTable bars={bars} totalLost={totalLost} />}
    />
  );
}

/** `entries`: the first rows only; `rest`: the others folded into one exact line (lib/dashboard/fold.ts). */
export function ParetoPanel({
  entries,
  rest,
  summary,
}: {
  entries: ParetoBar[];
  rest: ParetoRest | null;
  summary: string;
}) {
  return (
    <Panel
      chart={<ParetoChart entries={entries} summary={summary} />}
      load={ParetoChart.load}
      height={360}
      rows={entries.length + (rest ? 1 : 0)}
      table={<ParetoTable entries={entries} rest={rest} />}
    />
  );
}

export function YearPanel({ view, summary }: { view: YearView; summary: string }) {
  return (
    <Panel
      chart={<YearChart view={view} summary={summary} />}
      load={YearChart.load}
      height={320}
      rows={view.years.length}
      table={<YearTable view={view} />}
    />
  );
}

/** `view` folded by foldAgencies: its bars are the chart's top ones, `others` the rest in one exact bar. */
export function AgencyPanel({ view, summary }: { view: AgencyView; summary: string }) {
  const chartBars = agencyChartBars(view);
  return (
    <Panel
      chart={<AgencyPointsChart bars={chartBars} summary={summary} />}
      load={AgencyPointsChart.load}
      height={70 + chartBars.length * 30}
      rows={chartBars.length}
      table={<AgencyTable bars={view.bars} others={view.others} total={view.total} />}
    />
  );
}

type ProgressProps = { bars: ProgressBar[]; total: ProgressBar; groupedBy: "field" | "item"; summary: string };

export function ProgressPanel({ bars, total, groupedBy, summary }: ProgressProps) {
  return (
    <Panel
      chart={<ProgressChart bars={bars} summary={summary} />}
      load={ProgressChart.load}
      height={90 + bars.length * 36}
      rows={bars.length + 1}
      table={<ProgressTable bars={bars} total={total} groupedBy={groupedBy} />}
    />
  );
}

/** The chart's few figures, and the table's first lines with the rest folded (lib/dashboard/fold.ts). */
export function ProjectionPanel({
  figures,
  lines,
  rest,
  summary,
}: {
  figures: ProjectionFiguresView;
  lines: ProjectionLine[];
  rest: ProjectionRest | null;
  summary: string;
}) {
  return (
    <Panel
      chart={<ProjectionChart view={figures} summary={summary} />}
      load={ProjectionChart.load}
      height={190}
      rows={lines.length + (rest ? 1 : 0)}
      table={<ProjectionTable lines={lines} rest={rest} />}
    />
  );
}
