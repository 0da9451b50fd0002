// Exact decimal arithmetic for score maths done in TypeScript (never binary floats).
import Decimal from "decimal.js";

export type DecimalLike = string | number | Decimal;

export const dec = (value: DecimalLike): Decimal => new Decimal(value);

/** a − b as a canonical decimal string ("3.27"). */
export function minus(a: DecimalLike, b: DecimalLike): string {
  return dec(a).minus(b).toString();
}

export function sum(values: DecimalLike[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}
