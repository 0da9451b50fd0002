// Display helpers the dashboard adds to lib/format (pure; server and client components both use them).
import { formatDate, formatPoints } from "@/lib/format";

/** A framework maximum reads as a whole number when it is one: "100" → "100", "99.5" → "99,50". */
export function formatMax(value: string): string {
  return formatPoints(value).replace(/,00$/, "");
}

const tickNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 });

/** Axis ticks in vi-VN: 2.5 → "2,5"; 1000 → "1.000". */
export const pointsTick = (value: number) => tickNumber.format(value);

/** Share axis: 0.8 → "80 %". */
export const percentTick = (value: number) => `${tickNumber.format(Math.round(value * 100))} %`;

/** Round ticks from 0 to just above `max`: steps of 0,1 … 50, at most ~8 ticks. */
export function niceTicks(max: number): number[] {
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50];
  const step = steps.find((s) => max / s <= 8) ?? 50;
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(3)));
}

/** "32/63"; "32/?" when the number ranked is unknown; "—" without a rank. */
export function formatRank(rank: number | null, rankOf: number | null): string {
  return rank ? `${rank}/${rankOf ?? "?"}` : "—";
}

/** A calendar date carried as "YYYY-MM-DD" (plain data) → "23/08/2021". */
export function formatIsoDate(iso: string): string {
  return formatDate(new Date(`${iso}T00:00:00Z`));
}
