"use client";
import { Bar, Cell, LabelList } from "recharts";
import type { AgencyBar } from "@/lib/dashboard/types";
import { formatPoints } from "@/lib/format";
import {
  AXIS_STYLE,
  COLORS,
  clickable,
  FILLS,
  HorizontalBarChart,
  num,
  pts,
  tooltipFor,
  truncate,
  useBarLink,
  useNarrow,
} from "./chart-kit/parts";

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
  const link = clickable(useBarLink());
  const narrow = useNarrow();
  const data: Datum[] = bars.map((b) => {
    const progress = `${formatPoints(b.points)} · ${taskProgressText(b.tasks)}`;
    return { ...b, pointsN: num(b.points), progress, caption: `${truncate(b.name, 46)}\n${progress}` };
  });
  return (
    <HorizontalBarChart
      data={data}
      narrow={narrow}
      height={70 + bars.length * (narrow ? 58 : 30)}
      title="Điểm bị mất theo cơ quan chủ trì"
      summary={summary}
      category={{ key: narrow ? "caption" : "name", width: 270, offset: 7 }}
      tooltip={AgencyTooltip}
      right={270}
    >
      <Bar
        dataKey="pointsN"
        name="Điểm phụ trách"
        fill={FILLS.lost}
        minPointSize={2}
        barSize={narrow ? 14 : undefined}
        {...link}
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
    </HorizontalBarChart>
  );
}
