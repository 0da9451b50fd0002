"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { AgencyBar } from "@/lib/dashboard/types";
import { formatPoints, pointsTick } from "@/lib/format";
import {
  AXIS_STYLE,
  COLORS,
  categoryAxis,
  FILLS,
  num,
  pts,
  tooltipFor,
  truncate,
  useBarLink,
  useNarrow,
} from "./chart-kit";

type Datum = AgencyBar & { pointsN: number; progress: string; caption: string };

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
  const narrow = useNarrow();
  const data: Datum[] = bars.map((b) => {
    const progress = `${formatPoints(b.points)} · ${taskProgressText(b.tasks)}`;
    return { ...b, pointsN: num(b.points), progress, caption: `${truncate(b.name, 46)}\n${progress}` };
  });
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 70 + bars.length * (narrow ? 58 : 30) }}
      margin={{ top: narrow ? 34 : 8, right: narrow ? 12 : 270, bottom: 24, left: 8 }}
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
      <YAxis {...categoryAxis(narrow, narrow ? "caption" : "name", 270, 7)} />
      <Tooltip content={AgencyTooltip} cursor={{ fill: "#f1f5f9" }} />
      <Bar
        dataKey="pointsN"
        name="Điểm phụ trách"
        fill={FILLS.lost}
        minPointSize={2}
        barSize={narrow ? 14 : undefined}
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
        {!narrow && <LabelList dataKey="progress" position="right" style={{ ...AXIS_STYLE, fontSize: 11 }} />}
      </Bar>
    </BarChart>
  );
}
