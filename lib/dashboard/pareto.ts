// Pareto of lost points: items ranked by lost points (ties in code order) with the running share of the total.
import { compareCodes } from "@/lib/criteria/codes";
import { Dec, dsum } from "@/lib/decimal";
import type { PointsItem } from "./items";

export type ParetoEntry = {
  code: string;
  title: string;
  fieldCode: string;
  standIn: boolean;
  lost: string;
  /** Σ lost of this item and every item ranked before it */
  cumulative: string;
  /** lost / total, 0..1, 6 places */
  share: string;
  /** cumulative / total, 0..1, 6 places; the last entry is exactly 1 */
  cumulativeShare: string;
};

export type Pareto = { total: string; entries: ParetoEntry[]; itemsToEightyPercent: number };

export function pareto(items: readonly PointsItem[]): Pareto {
  const ranked = [...items].sort((a, b) => new Dec(b.lost).comparedTo(a.lost) || compareCodes(a.code, b.code));
  const total = dsum(ranked.map((i) => i.lost));
  let running = new Dec(0);
  const entries = ranked.map((item) => {
    running = running.plus(item.lost);
    return {
      code: item.code,
      title: item.title,
      fieldCode: item.fieldCode,
      standIn: item.standIn,
      lost: item.lost,
      cumulative: running.toString(),
      share: ratio(item.lost, total),
      cumulativeShare: ratio(running, total),
    };
  });
  const firstAtEighty = entries.findIndex((e) => new Dec(e.cumulativeShare).gte("0.8"));
  return { total: total.toString(), entries, itemsToEightyPercent: firstAtEighty + 1 };
}

function ratio(part: Dec | string, total: Dec): string {
  return total.isZero() ? "0" : new Dec(part).div(total).toDecimalPlaces(6).toString();
}
