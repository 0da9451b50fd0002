// vi-VN display of exact values. Points arrive as decimal strings ("83.93"); formatting them through
// strings, never floats, keeps 0,996 as 0,996.

/** "83.93" → "83,93"; "8.5" → "8,50"; "0.996" → "0,996"; "-0.014" → "−0,014". At least two places, at most three. */
export function formatPoints(value: string | { toString(): string }): string {
  const text = value.toString();
  const negative = text.startsWith("-");
  const [intPart = "0", rawFraction = ""] = text.replace(/^[-+]/, "").split(".");
  const fraction = rawFraction.replace(/0+$/, "").padEnd(2, "0");
  const integer = intPart.replace(/^0+(?=\d)/, "");
  return `${negative ? "−" : ""}${integer},${fraction}`;
}

/** A share 0..1 given as a decimal string → "37,0 %". */
export function formatPercent(value: string, places = 1): string {
  const [intPart = "0", fraction = ""] = (Number(value) * 100).toFixed(places).split(".");
  return places > 0 ? `${intPart},${fraction} %` : `${intPart} %`;
}

/**
 * `part` of `whole` as a percent for people, never rounding a real share to a misleading end: 1/505 is "< 1 %"
 * (not "0 %"), 504/505 "> 99 %" (not "100 %"), else one decimal rounded down ("37,2 %"); 0 and all are exact.
 */
export function formatShareOf(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return "0 %";
  if (part >= whole) return "100 %";
  const tenths = Math.floor((part * 1000) / whole);
  if (tenths < 10) return "< 1 %";
  if (tenths >= 990) return "> 99 %";
  return `${Math.floor(tenths / 10)},${tenths % 10} %`;
}

/** Calendar dates (Postgres `date`, read as UTC midnight) → "23/08/2021". */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "—";
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

// Built from parts: Intl's vi-VN pattern puts the time first ("14:05 23/08/2021"), not the house format.
const INSTANT_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function instantParts(date: Date): Record<string, string> {
  return Object.fromEntries(INSTANT_PARTS.formatToParts(date).map((p) => [p.type, p.value]));
}

/** Instants (audit rows, updates) in the province's time zone → "23/08/2021 14:05". */
export function formatDateTime(date: Date): string {
  const p = instantParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The calendar day of an instant in Việt Nam → "23/08/2021". */
export function formatInstantDate(date: Date | null | undefined): string {
  if (!date) return "—";
  const p = instantParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}
