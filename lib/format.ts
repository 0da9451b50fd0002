// The one module for dates and numbers: vi-VN display of exact values and calendar dates, and the province's
// calendar (Việt Nam, UTC+7, no daylight saving). Pure, so server and client components both use it. Points
// arrive as decimal strings ("83.93"); formatting them through strings, never floats, keeps 0,996 as 0,996.

export const PROVINCE_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** "83.93" → "83,93"; "8.5" → "8,50"; "0.996" → "0,996"; "-0.014" → "−0,014". At least two places, at most three. */
export function formatPoints(value: string | { toString(): string }): string {
  const text = value.toString();
  const negative = text.startsWith("-");
  const [intPart = "0", rawFraction = ""] = text.replace(/^[-+]/, "").split(".");
  const fraction = rawFraction.replace(/0+$/, "").padEnd(2, "0");
  const integer = intPart.replace(/^0+(?=\d)/, "");
  return `${negative ? "−" : ""}${integer},${fraction}`;
}

/**
 * A decimal string as given, with the Vietnamese comma and no padding: "0.05" → "0,05", "8.5" → "8,5". For a value
 * the user edits again (an input's default) or one quoted exactly in a message; a figure on its own is formatPoints.
 */
export function formatDecimal(value: string): string {
  return value.replace(".", ",");
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

/** Whole counts in vi-VN: 5000 → "5.000". */
export const formatCount = (value: number) => Math.round(value).toLocaleString("vi-VN");

/** File sizes: 512 → "512 B"; 2 048 → "2 KB"; 1 258 291 → "1,2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  return `${value.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} ${unit}`;
}

/** Calendar dates (Postgres `date`, read as UTC midnight) → "23/08/2021". */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "—";
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** "YYYY-MM-DD" (plain data, the json of a `date` column) → the UTC-midnight Date that Prisma gives. */
export function dateOfIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whether "YYYY-MM-DD" is a day the calendar has ("2025-02-30" is not): it reads back as itself. */
export function isCalendarDay(iso: string): boolean {
  const date = dateOfIso(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** A calendar date carried as "YYYY-MM-DD" (plain data) → "23/08/2021". */
export function formatIsoDate(iso: string): string {
  return formatDate(dateOfIso(iso));
}

// Việt Nam keeps UTC+7 all year (no daylight saving since 1975), so an instant's local calendar and clock are its
// UTC fields seven hours on: plain arithmetic, where Intl's formatToParts cost a board of 150 cards a measurable
// share of its render (lib/format.test.ts checks it against Intl over a range of instants).
const PROVINCE_OFFSET_MS = 7 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, "0");

function instantParts(date: Date): { day: string; month: string; year: string; hour: string; minute: string } {
  const local = new Date(date.getTime() + PROVINCE_OFFSET_MS);
  return {
    day: two(local.getUTCDate()),
    month: two(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
  };
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

/** The calendar date of an instant in the province, as UTC midnight (how Postgres `date` columns are read). */
export function provinceDate(instant: Date): Date {
  const p = instantParts(instant);
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)));
}

/** Today in the province. */
export function provinceToday(now: Date = new Date()): Date {
  return provinceDate(now);
}

/** Today in the province as "yyyy-MM-dd", for SQL parameters: a task due 23/08 is overdue from 00:00 on 24/08 in Việt Nam. */
export function provinceTodayIso(now: Date = new Date()): string {
  return provinceDate(now).toISOString().slice(0, 10);
}
