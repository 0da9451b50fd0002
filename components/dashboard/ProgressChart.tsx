"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { BUCKET_LABELS, PROGRESS_BUCKETS, type ProgressBucket } from "@/lib/dashboard/status";
import type { ProgressBar } from "@/lib/dashboard/types";
import { pointsTick } from "@/lib/format";
import {
  AXIS_STYLE,
  COLORS,
  categoryAxis,
  FILLS,
  LEGEND,
  num,
  pts,
  shortLabel,
  tooltipFor,
  useBarLink,
  useNarrow,
} from "./chart-kit";

type Datum = ProgressBar & { name: string } & Record<`${ProgressBucket}N`, number>;

const FILL: Record<ProgressBucket, string | (typeof FILLS)[keyof typeof FILLS]> = {
  accepted: COLORS.accepted,
  inProgress: FILLS.inProgress,
  notStarted: COLORS.notStarted,
  overdue: FILLS.overdue,
};

const ProgressTooltip = tooltipFor<Datum>(
  (d) => `${d.key}. ${d.label}`,
  (d) => [
    { label: "Điểm bị mất", value: pts(d.lost) },
    ...PROGRESS_BUCKETS.map((b) => ({ label: BUCKET_LABELS[b], value: pts(d[b]), color: COLORS[b] })),
  ],
);

export function ProgressChart({ bars, summary }: { bars: ProgressBar[]; summary: string }) {
  const onBar = useBarLink();
  const narrow = useNarrow();
  const data = bars.map((b) => ({
    ...b,
    name: shortLabel(b.key, b.label, narrow ? 40 : 46),
    ...Object.fromEntries(PROGRESS_BUCKETS.map((k) => [`${k}N`, num(b[k])])),
  })) as Datum[];
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 90 + bars.length * (narrow ? 52 : 36) }}
      margin={{ top: narrow ? 34 : 8, right: narrow ? 12 : 24, bottom: 24, left: 8 }}
      title="Tiến độ khắc phục tính theo điểm"
      desc={summary}
      barCategoryGap="25%"
      barSize={narrow ? 16 : undefined}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        tickFormatter={pointsTick}
        tick={AXIS_STYLE}
        label={{ value: "Điểm", position: "insideBottomRight", offset: -12, ...AXIS_STYLE }}
      />
      <YAxis {...categoryAxis(narrow, "name", 310, 8)} />
      <Tooltip content={ProgressTooltip} cursor={{ fill: "#f1f5f9" }} />
      <Legend {...LEGEND} height={narrow ? 52 : LEGEND.height} />
      {PROGRESS_BUCKETS.map((b) => (
        <Bar
          key={b}
          stackId="points"
          dataKey={`${b}N`}
          name={BUCKET_LABELS[b]}
          fill={FILL[b]}
          stroke={b === "notStarted" ? "#64748b" : undefined}
          onClick={onBar}
          cursor="pointer"
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
