// Points as exact decimals. Documents write "0,996" (decimal comma), spreadsheets "0.996", some
// "1.234,5". A lone separator is always the decimal mark: points never reach 1 000, so "1.234" is 1,234.
//
// Canonical form (used in the preview, the dry-run JSON and the database input): plain decimal notation
// with a dot, no exponent, no trailing zeros and no trailing dot — "16.07", "0.996", "8.5", "0", "100".
import Decimal from "decimal.js";
import { type ImportLocation, PlanImportError } from "./errors";
import { errorMessages } from "./messages";

const MAX_PLACES = 3;
const LIMIT = new Decimal(1000); // numeric(6,3)

export function canonicalDecimal(value: Decimal.Value): string {
  const d = new Decimal(value);
  return d.isZero() ? "0" : d.toFixed();
}

/** "8,50" → Decimal(8.5); "1.234,5" → Decimal(1234.5); anything else (including "") → null. */
export function parseDecimal(raw: string): Decimal | null {
  const text = raw
    .trim()
    .replace(/\u2212/g, "-")
    .replace(/(?<=\d)[ \u00A0\u202F](?=\d{3}(?!\d))/g, "");
  const match = /^([+-]?)(.+)$/.exec(text);
  const digits = match?.[2] ? toDotDecimal(match[2]) : null;
  return digits === null ? null : new Decimal(`${match?.[1] ?? ""}${digits}`);
}

function toDotDecimal(body: string): string | null {
  if (/^\d+$/.test(body)) return body;
  if (/^\d*[.,]\d+$/.test(body)) return body.replace(",", ".").replace(/^\./, "0.");
  const thousandsOnly = /^\d{1,3}(?:([.,])\d{3}){2,}$/.exec(body);
  if (thousandsOnly && new Set(body.replace(/\d/g, "")).size === 1) return body.replace(/[.,]/g, "");
  const mixed = /^(\d{1,3}(?:([.,])\d{3})*)([.,])(\d+)$/.exec(body);
  if (mixed && mixed[2] !== undefined && mixed[2] !== mixed[3]) {
    return `${(mixed[1] ?? "").replace(/[.,]/g, "")}.${mixed[4] ?? ""}`;
  }
  return null;
}

/** A point cell: empty → null; otherwise a canonical string, or a PlanImportError naming row and column. */
export function parsePointsCell(raw: string, at: ImportLocation): string | null {
  const written = raw.trim();
  if (written === "") return null;
  const value = parseDecimal(written);
  if (!value) throw new PlanImportError("NOT_A_NUMBER", errorMessages.notANumber(written), at);
  if (value.isNegative() && !value.isZero())
    throw new PlanImportError("INVALID_POINTS", errorMessages.negative(written), at);
  if (value.decimalPlaces() > MAX_PLACES) {
    throw new PlanImportError("INVALID_POINTS", errorMessages.tooManyDecimals(written), at);
  }
  if (value.greaterThanOrEqualTo(LIMIT))
    throw new PlanImportError("INVALID_POINTS", errorMessages.tooLarge(written), at);
  return canonicalDecimal(value);
}

/** A spreadsheet number → text the way a person would read it; 12 significant digits drop float noise. */
export function numberToText(value: number): string {
  return canonicalDecimal(new Decimal(value.toPrecision(12)));
}

/** "83,93" → "83.93" for figures read from prose (null when the text is not a number). */
export function metaDecimal(written: string | undefined): string | null {
  const value = written ? parseDecimal(written) : null;
  return value ? canonicalDecimal(value) : null;
}
