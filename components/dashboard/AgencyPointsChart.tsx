"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { AgencyBar } from "@/lib/dashboard/types";
import { formatPoints, pointsTick } from "@/lib/format";
import { AXIS_STYLE, COLORS, FILLS, num, pts, tooltipFor, useBarLink } from "./chart-kit";

type Datum = AgencyBar & { pointsN: number; progress: string };

const AgencyTooltip = tooltipFor<Datum>(
  (d) => d.name,
  (d) => [
    { label: "Điểm phụ trách", value: pts(d.points), color: COLORS.lost },
    { label: "Nhiệm vụ chủ trì", value: String(d.tasks.total) },
    { label: "Đã xác nhận", value: String(d.tasks.accepted) },
    { label: "Đang thực hiện", value: String(d.tasks.inProgress) },
    { label: "Chưa thực hiện", value: String(d.tasks.notStarted) },
    { label: "Quá hạn", value: String(d.tasks.overdue) },
  ],
);

export const taskProgressText = (t: AgencyBar["tasks"]) =>
  t.total === 0
    ? "chưa có nhiệm vụ"
    : `${t.accepted}/${t.total} NV đã xác nhận${t.overdue > 0 ? ` · ${t.overdue} quá hạn` : ""}`;

export function AgencyPointsChart({ bars, summary }: { bars: AgencyBar[]; summary: string }) {
  const onBar = useBarLink();
  const data: Datum[] = bars.map((b) => ({
    ...b,
    pointsN: num(b.points),
    progress: `${formatPoints(b.points)} · ${taskProgressText(b.tasks)}`,
  }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 70 + bars.length * 30 }}
      margin={{ top: 8, right: 270, bottom: 24, left: 8 }}
      title="Điểm bị mất theo cơ quan chủ trì"
      desc={summary}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        tickFormatter={pointsTick}
        tick={AXIS_STYLE}
        label={{ value: "Điểm", position: "insideBottomRight", offset: -12, ...AXIS_STYLE }}
      />
      <YAxis type="category" dataKey="name" width={270} tick={AXIS_STYLE} interval={0} />
      <Tooltip content={AgencyTooltip} cursor={{ fill: "#f1f5f9" }} />
      <Bar
        dataKey="pointsN"
        name="Điểm phụ trách"
        fill={FILLS.lost}
        minPointSize={2}
        onClick={onBar}
        cursor="pointer"
        isAnimationActive={false}
      >
        {data.map((d) => (
          // the folded "other agencies" bar and the unassigned bucket are not agencies: plain grey / amber
          <Cell
            key={d.key}
            {...(d.href ? {} : { fill: d.kind === "agency" ? "#94a3b8" : "#b45309", cursor: "default" })}
          />
        ))}
        <LabelList dataKey="progress" position="right" style={{ ...AXIS_STYLE, fontSize: 11 }} />
      </Bar>
    </BarChart>
  );
}
