// Exact decimal arithmetic for points (dashboard, boards, reports). Splitting a point three ways is the one place where a decimal
// cannot be exact (1/3), so divisions keep 50 significant digits and only the display rounds (to 3 places,
// half up, like the Ministry's published figures). decimal.js's default 20 digits would round the shares when
// summing them — hence this module's own clone and `dsum`.
import Decimal from "decimal.js";

export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

export function dsum(values: Iterable<Dec | string>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** The canonical form of a decimal string: numeric(6,3)'s "7.310" → "7.31", "1.000" → "1". */
export function canonical(value: { toString(): string }): string {
  return new Dec(value.toString()).toString();
}

/** A point value for display and for the wire: rounded to 3 places, trailing zeros dropped ("0.333", "1"). */
export function points3(value: Dec): string {
  return value.toDecimalPlaces(3).toString();
}
