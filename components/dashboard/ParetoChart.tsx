"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ParetoBar } from "@/lib/dashboard/types";
import { formatPercent, percentTick, pointsTick } from "@/lib/format";
import {
  AXIS_STYLE,
  COLORS,
  CURSOR,
  clickable,
  FILLS,
  GRID,
  LEGEND,
  num,
  pts,
  tooltipFor,
  useBarLink,
  useNarrow,
} from "./chart-kit/parts";

type Datum = ParetoBar & { lostN: number; cumulativeShareN: number };

const ParetoTooltip = tooltipFor<Datum>(
  (d) => `${d.code}. ${d.title}`,
  (d) => [
    { label: "Điểm bị mất", value: pts(d.lost), color: COLORS.lost },
    { label: "Tỷ trọng", value: formatPercent(d.share) },
    { label: "Cộng dồn", value: pts(d.cumulative) },
    { label: "Tỷ trọng cộng dồn", value: formatPercent(d.cumulativeShare), color: COLORS.line },
  ],
);

export function ParetoChart({ entries, summary }: { entries: ParetoBar[]; summary: string }) {
  const onBar = useBarLink();
  const narrow = useNarrow();
  const data: Datum[] = entries.map((e) => ({ ...e, lostN: num(e.lost), cumulativeShareN: num(e.cumulativeShare) }));
  // On a phone each code keeps a readable width and the chart scrolls sideways instead of overlapping its labels.
  const minWidth = narrow ? 130 + data.length * 30 : undefined;
  return (
    <div className="overflow-x-auto" data-testid="pareto-scroll">
      <div style={{ minWidth }}>
        <ComposedChart
          responsive
          data={data}
          style={{ width: "100%", height: 360 }}
          margin={{ top: 8, right: 8, bottom: 28, left: 8 }}
          title="Pareto điểm bị mất theo tiêu chí, tiêu chí thành phần"
          desc={summary}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="code"
            tick={AXIS_STYLE}
            interval={0}
            angle={-45}
            textAnchor="end"
            height={48}
            label={{ value: "Tiêu chí / tiêu chí thành phần", position: "insideBottom", offset: -22, ...AXIS_STYLE }}
          />
          <YAxis
            yAxisId="points"
            tickFormatter={pointsTick}
            tick={AXIS_STYLE}
            width={56}
            label={{ value: "Điểm bị mất (điểm)", angle: -90, position: "insideLeft", ...AXIS_STYLE, dy: 60 }}
          />
          <YAxis
            yAxisId="share"
            orientation="right"
            domain={[0, 1]}
            ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
            tickFormatter={percentTick}
            tick={AXIS_STYLE}
            width={56}
          />
          <ReferenceLine
            yAxisId="share"
            y={0.8}
            stroke="#64748b"
            strokeDasharray="4 4"
            label={{ value: "80 %", position: "insideTopRight", ...AXIS_STYLE }}
          />
          <Tooltip content={ParetoTooltip} cursor={CURSOR} />
          <Legend {...LEGEND} />
          <Bar
            yAxisId="points"
            dataKey="lostN"
            name="Điểm bị mất"
            fill={FILLS.lost}
            minPointSize={2}
            {...clickable(onBar)}
          />
          <Line
            yAxisId="share"
            dataKey="cumulativeShareN"
            name="Tỷ trọng cộng dồn"
            stroke={COLORS.line}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 3, fill: COLORS.line }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
    </div>
  );
}
