// Exact decimal arithmetic for score maths done in TypeScript (never binary floats). The dashboard's splits
// need more precision and live in lib/dashboard/decimal.ts.
import Decimal from "decimal.js";

/** a − b as a canonical decimal string ("3.27"). */
export function minus(a: string, b: string): string {
  return new Decimal(a).minus(b).toString();
}
