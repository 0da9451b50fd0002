"use client";
// Shared pieces of the dashboard's charts (ticks live in lib/format.ts): a tooltip that shows the exact strings (never a
// float's rendering), fills that stay distinct in greyscale print (lightness + texture), and bar links.
import { useRouter } from "next/navigation";
import { type ComponentProps, type ReactElement, type ReactNode, useCallback, useSyncExternalStore } from "react";
import {
  BarChart,
  CartesianGrid,
  Legend,
  pattern,
  patterns,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { formatPoints, pointsTick } from "@/lib/format";

/** Chart geometry only: the displayed values stay the decimal strings. */
export const num = (value: string) => Number(value);

export const AXIS_STYLE = { fontSize: 12, fill: "#334155" } as const;
/** The grid lines, the hovered category's band, and the label of a points axis. */
export const GRID = "#e2e8f0";
export const CURSOR = { fill: "#f1f5f9" } as const;
const POINTS_LABEL = { value: "Điểm", position: "insideBottomRight", offset: -12, ...AXIS_STYLE } as const;
/** A bar that opens its category's page when clicked (keyboard users have the table's links); drawn without animation. */
export const clickable = (onClick: ReturnType<typeof useBarLink>) =>
  ({ onClick, cursor: "pointer", isAnimationActive: false }) as const;

// Legend text stays dark whatever the series colour (a light series must not give light, unreadable text), and
// the items keep the order the series are drawn in (Recharts sorts them alphabetically by default).
const legendText = (value: string) => <span style={{ color: "#1e293b" }}>{value}</span>;
export const LEGEND = { verticalAlign: "top", height: 30, itemSorter: null, formatter: legendText } as const;

// Lightness steps that remain apart in greyscale, and a texture on the series that matter most.
export const COLORS = {
  standard: "#cbd5e1",
  assessed: "#334155",
  lost: "#b91c1c",
  accepted: "#14532d",
  inProgress: "#2563eb",
  notStarted: "#e2e8f0",
  overdue: "#7f1d1d",
  published: "#334155",
  projected: "#a16207",
  remaining: "#e2e8f0",
  line: "#0f172a",
} as const;

const stripes = pattern({ ...patterns.diagonal, color: "#ffffff", opacity: 0.55 });
const dots = pattern({ ...patterns.dots, color: "#ffffff", opacity: 0.6 });
const cross = pattern({ ...patterns.crosshatch, color: "#ffffff", opacity: 0.6 });

export const FILLS = {
  lost: { color: COLORS.lost, definition: stripes },
  inProgress: { color: COLORS.inProgress, definition: dots },
  overdue: { color: COLORS.overdue, definition: cross },
  projected: { color: COLORS.projected, definition: stripes },
} as const;

/** Navigates to a bar's `href` (keyboard users have the same links in the table below the chart). */
export function useBarLink(): (entry: { payload?: { href?: string | null } }) => void {
  const router = useRouter();
  return useCallback(
    (entry) => {
      const href = entry.payload?.href;
      if (href) router.push(href);
    },
    [router],
  );
}

export type TooltipLine = { label: string; value: string; color?: string };

/** A tooltip fed by the hovered datum: `lines(datum)` returns what to show, already formatted. */
export function tooltipFor<T>(title: (d: T) => string, lines: (d: T) => TooltipLine[]) {
  return function ChartTooltip({ active, payload }: TooltipContentProps) {
    const datum = payload?.[0]?.payload as T | undefined;
    if (!active || !datum) return null;
    return (
      <div className="max-w-xs rounded-md border border-slate-300 bg-white p-2 text-sm shadow-md">
        <p className="mb-1 font-semibold text-slate-900">{title(datum)}</p>
        <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
          {lines(datum).map((l) => (
            <div key={l.label} className="contents">
              <dt className="text-slate-600">
                {l.color && (
                  <span
                    aria-hidden
                    className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                    style={{ background: l.color }}
                  />
                )}
                {l.label}
              </dt>
              <dd className="num text-right font-medium">{l.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  };
}

export const pts = (value: string) => `${formatPoints(value)} điểm`;

/** Text cut to `max` characters with an ellipsis, for an axis or a label. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** "Lĩnh vực 6 — CẢI CÁCH TÀI CHÍNH CÔNG" shortened for an axis. */
export function shortLabel(code: string, title: string, max = 34): string {
  return truncate(`${code}. ${title}`, max);
}

// Phones (leaders read the dashboard there): below this width a horizontal bar chart has no room for a category
// axis beside its bars, so the category is written above each bar instead and the axis is hidden.
const NARROW_QUERY = "(max-width: 639px)";

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True on a phone-width viewport; false on the server (the desktop layout is the first paint there). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

type TickProps = { y?: number | string; payload?: { value?: unknown } };

/**
 * A category-axis tick for phones: the category is written on the line(s) above its bar (or group of bars, whose
 * half-height is `offset`), from the plot's left edge `x`; "\n" starts another line.
 */
export function tickAbove(offset: number, x = 10) {
  return function TickAbove(props: TickProps): ReactElement {
    const lines = String(props.payload?.value ?? "").split("\n");
    const first = Number(props.y ?? 0) - offset - 5 - (lines.length - 1) * 14;
    return (
      <text x={x} y={first} fill={AXIS_STYLE.fill} fontSize={12} textAnchor="start" data-label-above="">
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** The category axis of a horizontal bar chart: beside the bars on a wide screen, above them on a phone. */
export function categoryAxis(narrow: boolean, dataKey: string, width: number, offset: number) {
  return narrow
    ? ({
        type: "category",
        dataKey,
        width: 2,
        tick: tickAbove(offset),
        tickLine: false,
        axisLine: false,
        interval: 0,
      } as const)
    : ({ type: "category", dataKey, width, tick: AXIS_STYLE, interval: 0 } as const);
}

// The frame every horizontal bar chart of the dashboard shares (fields, progress, agencies, projection): points on
// the x axis, the categories beside the bars on a wide screen and above them on a phone, the exact-value tooltip,
// and the legend. The chart passes its data, its size and its <Bar>s.
type HorizontalBarChartProps = {
  data: object[];
  narrow: boolean;
  height: number;
  title: string;
  summary: string;
  /** the category's data key, its axis width beside the bars, and half the height of a bar (group) for the label above */
  category: { key: string; width: number; offset: number };
  tooltip: ComponentProps<typeof Tooltip>["content"];
  /** the legend's height on a phone (its entries wrap there); no legend when absent */
  narrowLegend?: number;
  /** room right of the bars on a wide screen (for labels written after them) */
  right?: number;
  xAxis?: { ticks?: number[]; domain?: [number, number | "auto"] };
  chart?: { barGap?: number; barSize?: number; barCategoryGap?: string };
  children: ReactNode;
};

export function HorizontalBarChart(props: HorizontalBarChartProps) {
  const { narrow, category, narrowLegend } = props;
  return (
    <BarChart
      responsive
      layout="vertical"
      data={props.data}
      style={{ width: "100%", height: props.height }}
      margin={{ top: narrow ? 34 : 8, right: narrow ? 12 : (props.right ?? 24), bottom: 24, left: 8 }}
      title={props.title}
      desc={props.summary}
      {...props.chart}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" tickFormatter={pointsTick} tick={AXIS_STYLE} label={POINTS_LABEL} {...props.xAxis} />
      <YAxis {...categoryAxis(narrow, category.key, category.width, category.offset)} />
      <Tooltip content={props.tooltip} cursor={CURSOR} />
      {narrowLegend !== undefined && <Legend {...LEGEND} height={narrow ? narrowLegend : LEGEND.height} />}
      {props.children}
    </BarChart>
  );
}
