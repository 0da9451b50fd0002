"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { FieldBar } from "@/lib/dashboard/types";
import { niceTicks, pointsTick } from "@/lib/format";
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

type Datum = FieldBar & { label: string; standardN: number; assessedN: number; lostN: number };

const FieldTooltip = tooltipFor<Datum>(
  (d) => `Lĩnh vực ${d.code}. ${d.title}`,
  (d) => [
    { label: "Điểm chuẩn", value: pts(d.standard), color: COLORS.standard },
    { label: "Điểm thẩm định", value: pts(d.assessed), color: COLORS.assessed },
    { label: "Điểm bị mất", value: pts(d.lost), color: COLORS.lost },
  ],
);

export function FieldScoreChart({ bars, summary }: { bars: FieldBar[]; summary: string }) {
  const onBar = useBarLink();
  const narrow = useNarrow();
  const data: Datum[] = bars.map((b) => ({
    ...b,
    label: shortLabel(b.code, b.title, narrow ? 40 : 46),
    standardN: num(b.standard),
    assessedN: num(b.assessed),
    lostN: num(b.lost),
  }));
  const ticks = niceTicks(Math.max(...data.map((d) => d.standardN), 1));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 80 + bars.length * (narrow ? 76 : 58) }}
      margin={{ top: narrow ? 34 : 8, right: narrow ? 12 : 24, bottom: 24, left: 8 }}
      title="Điểm chuẩn, điểm thẩm định và điểm bị mất theo lĩnh vực"
      desc={summary}
      barGap={1}
      barSize={narrow ? 10 : undefined}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        ticks={ticks}
        domain={[0, ticks.at(-1) ?? "auto"]}
        tickFormatter={pointsTick}
        tick={AXIS_STYLE}
        label={{ value: "Điểm", position: "insideBottomRight", offset: -12, ...AXIS_STYLE }}
      />
      <YAxis {...categoryAxis(narrow, "label", 310, 16)} />
      <Tooltip content={FieldTooltip} cursor={{ fill: "#f1f5f9" }} />
      <Legend {...LEGEND} height={narrow ? 52 : LEGEND.height} />
      <Bar
        dataKey="standardN"
        name="Điểm chuẩn"
        fill={COLORS.standard}
        stroke="#64748b"
        onClick={onBar}
        cursor="pointer"
        isAnimationActive={false}
      />
      <Bar
        dataKey="assessedN"
        name="Điểm thẩm định"
        fill={COLORS.assessed}
        onClick={onBar}
        cursor="pointer"
        isAnimationActive={false}
      />
      <Bar
        dataKey="lostN"
        name="Điểm bị mất"
        fill={FILLS.lost}
        minPointSize={2}
        onClick={onBar}
        cursor="pointer"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
