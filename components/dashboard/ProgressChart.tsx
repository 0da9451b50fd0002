"use client";
import { Bar } from "recharts";
import { BUCKET_LABELS, PROGRESS_BUCKETS, type ProgressBucket } from "@/lib/dashboard/status";
import type { ProgressBar } from "@/lib/dashboard/types";
import {
  COLORS,
  clickable,
  FILLS,
  HorizontalBarChart,
  num,
  pts,
  shortLabel,
  tooltipFor,
  useBarLink,
  useNarrow,
} from "./chart-kit/parts";

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
  const link = clickable(useBarLink());
  const narrow = useNarrow();
  const data = bars.map((b) => ({
    ...b,
    name: shortLabel(b.key, b.label, narrow ? 40 : 46),
    ...Object.fromEntries(PROGRESS_BUCKETS.map((k) => [`${k}N`, num(b[k])])),
  })) as Datum[];
  return (
    <HorizontalBarChart
      data={data}
      narrow={narrow}
      height={90 + bars.length * (narrow ? 52 : 36)}
      title="Tiến độ khắc phục tính theo điểm"
      summary={summary}
      category={{ key: "name", width: 310, offset: 8 }}
      tooltip={ProgressTooltip}
      narrowLegend={52}
      chart={{ barCategoryGap: "25%", barSize: narrow ? 16 : undefined }}
    >
      {PROGRESS_BUCKETS.map((b) => (
        <Bar
          key={b}
          stackId="points"
          dataKey={`${b}N`}
          name={BUCKET_LABELS[b]}
          fill={FILL[b]}
          stroke={b === "notStarted" ? "#64748b" : undefined}
          {...link}
        />
      ))}
    </HorizontalBarChart>
  );
}
