"use client";
import { Bar } from "recharts";
import type { FieldBar } from "@/lib/dashboard/types";
import { niceTicks } from "@/lib/format";
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
  const link = clickable(useBarLink());
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
    <HorizontalBarChart
      data={data}
      narrow={narrow}
      height={80 + bars.length * (narrow ? 76 : 58)}
      title="Điểm chuẩn, điểm thẩm định và điểm bị mất theo lĩnh vực"
      summary={summary}
      category={{ key: "label", width: 310, offset: 16 }}
      tooltip={FieldTooltip}
      narrowLegend={52}
      xAxis={{ ticks, domain: [0, ticks.at(-1) ?? "auto"] }}
      chart={{ barGap: 1, barSize: narrow ? 10 : undefined }}
    >
      <Bar dataKey="standardN" name="Điểm chuẩn" fill={COLORS.standard} stroke="#64748b" {...link} />
      <Bar dataKey="assessedN" name="Điểm thẩm định" fill={COLORS.assessed} {...link} />
      <Bar dataKey="lostN" name="Điểm bị mất" fill={FILLS.lost} minPointSize={2} {...link} />
    </HorizontalBarChart>
  );
}
