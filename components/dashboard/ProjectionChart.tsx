"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { ProjectionFiguresView } from "@/lib/dashboard/types";
import { pointsTick } from "@/lib/format";
import { AXIS_STYLE, COLORS, categoryAxis, FILLS, LEGEND, num, pts, tooltipFor, useNarrow } from "./chart-kit";

type Datum = { row: string; base: string; gain: string; rest: string; baseN: number; gainN: number; restN: number };

const ProjectionTooltip = tooltipFor<Datum>(
  (d) => d.row,
  (d) => [
    { label: "Điểm công bố", value: pts(d.base), color: COLORS.published },
    ...(num(d.gain) > 0 ? [{ label: "Điểm giành lại (dự báo)", value: pts(d.gain), color: COLORS.projected }] : []),
    { label: "Còn bị mất", value: pts(d.rest), color: COLORS.remaining },
  ],
);

/** Published and projected side by side, on the same 0–max scale; the projection hatched, never solid. */
export function ProjectionChart({ view, summary }: { view: ProjectionFiguresView; summary: string }) {
  const narrow = useNarrow();
  const data: Datum[] = [
    { row: `Công bố năm ${view.year}`, base: view.published, gain: "0", rest: view.publishedLost },
    { row: "Dự báo (giả định)", base: view.published, gain: view.gain, rest: view.remaining },
  ].map((d) => ({ ...d, baseN: num(d.base), gainN: num(d.gain), restN: num(d.rest) }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: narrow ? 270 : 190 }}
      margin={{ top: narrow ? 34 : 8, right: narrow ? 12 : 24, bottom: 24, left: 8 }}
      title="Điểm công bố và điểm dự báo"
      desc={summary}
      barCategoryGap="30%"
      barSize={narrow ? 20 : undefined}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        domain={[0, num(view.max)]}
        tickFormatter={pointsTick}
        tick={AXIS_STYLE}
        label={{ value: "Điểm", position: "insideBottomRight", offset: -12, ...AXIS_STYLE }}
      />
      <YAxis {...categoryAxis(narrow, "row", 170, 10)} />
      <Tooltip content={ProjectionTooltip} cursor={{ fill: "#f1f5f9" }} />
      <Legend {...LEGEND} height={narrow ? 78 : LEGEND.height} />
      <Bar stackId="s" dataKey="baseN" name="Điểm công bố" fill={COLORS.published} isAnimationActive={false} />
      <Bar
        stackId="s"
        dataKey="gainN"
        name="Điểm giành lại (dự báo)"
        fill={FILLS.projected}
        stroke={COLORS.projected}
        strokeDasharray="4 2"
        isAnimationActive={false}
      />
      <Bar
        stackId="s"
        dataKey="restN"
        name="Còn bị mất"
        fill={COLORS.remaining}
        stroke="#94a3b8"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
