"use client";
import { Bar } from "recharts";
import type { ProjectionFiguresView } from "@/lib/dashboard/types";
import { COLORS, FILLS, HorizontalBarChart, num, pts, tooltipFor, useNarrow } from "./chart-kit/parts";

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
    <HorizontalBarChart
      data={data}
      narrow={narrow}
      height={narrow ? 270 : 190}
      title="Điểm công bố và điểm dự báo"
      summary={summary}
      category={{ key: "row", width: 170, offset: 10 }}
      tooltip={ProjectionTooltip}
      narrowLegend={78}
      xAxis={{ domain: [0, num(view.max)] }}
      chart={{ barCategoryGap: "30%", barSize: narrow ? 20 : undefined }}
    >
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
    </HorizontalBarChart>
  );
}
