// Published values → exact points. A percentage is of the criterion's maximum, rounded half-up to 3
// decimals (the precision the ministry publishes); parents left empty take the sum of their children when
// every child was given, so field totals (the dashboard's figures) follow.
import Decimal from "decimal.js";
import { formatDecimal } from "@/lib/format";
import { canonicalDecimal } from "@/lib/plans/import/numbers";

export type FrameworkNode = { id: string; code: string; parentId: string | null; maxPoints: string };
export type Converted = { points: Map<string, string>; errors: Record<string, string[]> };

export function toPoints(
  nodes: FrameworkNode[],
  values: Record<string, string>,
  mode: "points" | "percent",
): Converted {
  const points = new Map<string, string>();
  const errors: Record<string, string[]> = {};
  for (const n of nodes) {
    const written = values[n.code];
    if (written === undefined || written === "") continue;
    const value =
      mode === "percent"
        ? new Decimal(n.maxPoints).times(written).dividedBy(100).toDecimalPlaces(3, Decimal.ROUND_HALF_UP)
        : new Decimal(written);
    if (mode === "percent" && new Decimal(written).greaterThan(100)) {
      errors[n.code] = [`Tiêu chí ${n.code}: phần trăm không vượt quá 100.`];
    } else if (value.greaterThan(n.maxPoints)) {
      errors[n.code] = [
        `Tiêu chí ${n.code}: ${formatDecimal(value.toFixed())} điểm vượt điểm tối đa ${formatDecimal(n.maxPoints)}.`,
      ];
    } else points.set(n.id, canonicalDecimal(value));
  }
  // Deepest first, so a criterion's sum is known before its field's.
  const byDepth = [...nodes].sort((a, b) => b.code.split(".").length - a.code.split(".").length);
  for (const n of byDepth) {
    if (points.has(n.id)) continue;
    const children = nodes.filter((c) => c.parentId === n.id);
    if (children.length === 0 || !children.every((c) => points.has(c.id))) continue;
    points.set(n.id, canonicalDecimal(children.reduce((acc, c) => acc.plus(points.get(c.id) ?? 0), new Decimal(0))));
  }
  return { points, errors };
}
