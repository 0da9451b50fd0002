"use client";
import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { YearPoint, YearView } from "@/lib/dashboard/types";
import { formatPoints, formatRank, pointsTick } from "@/lib/format";
import { AXIS_STYLE, COLORS, CURSOR, GRID, LEGEND, num, pts, tooltipFor, useNarrow } from "./chart-kit/parts";

type Datum = YearPoint & {
  label: string;
  valueN: number | null;
  value: string | null;
  rankN: number | null;
  rankLabel: string | null;
};

const rankText = (d: YearPoint) => formatRank(d.rank, d.rankOf);

const YearTooltip = tooltipFor<Datum>(
  (d) => (d.history ? `Năm ${d.year} — ${d.history}` : `Năm ${d.year}`),
  (d) => [
    { label: "Tổng điểm công bố", value: pts(d.total), color: "#94a3b8" },
    ...(d.field
      ? [{ label: "Điểm lĩnh vực", value: `${formatPoints(d.field.assessed)}/${formatPoints(d.field.standard)}` }]
      : []),
    { label: "Xếp hạng", value: rankText(d), color: COLORS.line },
  ],
);

export function YearChart({ view, summary }: { view: YearView; summary: string }) {
  const narrow = useNarrow();
  const data: Datum[] = view.years.map((y) => {
    const value = view.fieldCode ? (y.field?.assessed ?? null) : y.total;
    return {
      ...y,
      // † marks a year whose field the code mapping split, merged, renumbered or dropped (not comparable)
      label: `${y.history ? `${y.year} · ${y.history}` : y.year}${view.fieldCode && y.changed.includes(view.fieldCode) ? " †" : ""}`,
      value,
      valueN: value === null ? null : num(value),
      rankN: y.rank,
      rankLabel: y.rank ? `Hạng ${rankText(y)}` : null,
    };
  });
  const maxRank = Math.max(63, ...view.years.map((y) => y.rankOf ?? 0));
  const rankTicks = [1, 10, 20, 30, 40, 50, maxRank];
  const hasRank = view.years.some((y) => y.rank !== null);
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: narrow ? 380 : 320 }}
      margin={{ top: 24, right: 8, bottom: 24, left: 8 }}
      title={
        view.fieldCode ? `Điểm lĩnh vực ${view.fieldCode} và xếp hạng qua các năm` : "Tổng điểm và xếp hạng qua các năm"
      }
      desc={summary}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        dataKey="label"
        tick={AXIS_STYLE}
        interval={0}
        label={{ value: "Năm đánh giá", position: "insideBottom", offset: -16, ...AXIS_STYLE }}
      />
      <YAxis
        yAxisId="points"
        domain={[0, "auto"]}
        tickFormatter={pointsTick}
        tick={AXIS_STYLE}
        width={56}
        label={{ value: "Điểm", angle: -90, position: "insideLeft", ...AXIS_STYLE }}
      />
      {hasRank && (
        <YAxis
          yAxisId="rank"
          orientation="right"
          reversed
          domain={[1, maxRank]}
          ticks={rankTicks}
          tick={AXIS_STYLE}
          width={48}
          label={{ value: "Hạng", angle: 90, position: "insideRight", ...AXIS_STYLE }}
        />
      )}
      <Tooltip content={YearTooltip} cursor={CURSOR} />
      <Legend {...LEGEND} height={narrow ? 84 : LEGEND.height} />
      <Bar
        yAxisId="points"
        dataKey="valueN"
        name={view.fieldCode ? `Điểm thẩm định lĩnh vực ${view.fieldCode}` : "Tổng điểm công bố"}
        fill="#94a3b8"
        stroke="#475569"
        maxBarSize={64}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="value"
          position="top"
          formatter={(v: unknown) => (typeof v === "string" ? formatPoints(v) : "")}
          style={AXIS_STYLE}
        />
      </Bar>
      {hasRank && (
        <Line
          yAxisId="rank"
          dataKey="rankN"
          name="Xếp hạng chung của tỉnh (1 là cao nhất)"
          stroke={COLORS.line}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 4, fill: "#fff", stroke: COLORS.line, strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        >
          <LabelList dataKey="rankLabel" position="bottom" offset={10} style={{ ...AXIS_STYLE, fontWeight: 600 }} />
        </Line>
      )}
    </ComposedChart>
  );
}
