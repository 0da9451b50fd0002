// Period keys, the one module that reads and writes them: "2026-07" (a month), "2026-Q3" (a quarter),
// "2026-H1" (six months), "2026" (a year). The reporting calendar, the agency reports, the consolidated
// report and the `report:export --period` command all identify periods this way. Pure (no database), so
// forms, scripts and tests share it. Dates are calendar dates as `Date`s at UTC midnight (like Postgres
// `date` columns read by Prisma).

export const PERIOD_KINDS = ["MONTH", "QUARTER", "HALF", "YEAR"] as const;
export type PeriodKindValue = (typeof PERIOD_KINDS)[number];

export type PeriodKey = {
  key: string;
  kind: PeriodKindValue;
  year: number /** month 1-12, quarter 1-4, half 1-2, or 1 for a year */;
  index: number;
};
export type DateRange = { startsOn: Date; endsOn: Date };

export const PERIOD_KEY_ERROR =
  "Kỳ báo cáo không hợp lệ. Dùng dạng 2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).";

const KEY_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Parses a key as typed (surrounding spaces and a lower-case q/h tolerated); null when it is not one. */
export function parsePeriodKey(raw: string): PeriodKey | null {
  const match = KEY_PATTERN.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2]) return periodKey("MONTH", year, Number(match[2]));
  if (match[3]) return periodKey("QUARTER", year, Number(match[3]));
  if (match[4]) return periodKey("HALF", year, Number(match[4]));
  return periodKey("YEAR", year, 1);
}

export function periodKey(kind: PeriodKindValue, year: number, index: number): PeriodKey {
  return { key: formatPeriodKey(kind, year, index), kind, year, index };
}

export function formatPeriodKey(kind: PeriodKindValue, year: number, index: number): string {
  switch (kind) {
    case "MONTH":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "QUARTER":
      return `${year}-Q${index}`;
    case "HALF":
      return `${year}-H${index}`;
    case "YEAR":
      return String(year);
  }
}

const QUARTER_NAMES = ["I", "II", "III", "IV"];

/** "Tháng 7 năm 2026", "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026". */
export function periodLabel(p: Pick<PeriodKey, "kind" | "year" | "index">): string {
  switch (p.kind) {
    case "MONTH":
      return `Tháng ${p.index} năm ${p.year}`;
    case "QUARTER":
      return `Quý ${QUARTER_NAMES[p.index - 1]} năm ${p.year}`;
    case "HALF":
      return p.index === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case "YEAR":
      return `Năm ${p.year}`;
  }
}

export const PERIOD_KIND_LABELS: Record<PeriodKindValue, string> = {
  MONTH: "Tháng",
  QUARTER: "Quý",
  HALF: "6 tháng",
  YEAR: "Năm",
};

const day = (year: number, month1: number, d: number) => new Date(Date.UTC(year, month1 - 1, d));

/** The last month (1-12) a period covers: July for 2026-07, September for Q3, June for H1, December for a year. */
function lastMonth(p: PeriodKey): number {
  switch (p.kind) {
    case "MONTH":
      return p.index;
    case "QUARTER":
      return p.index * 3;
    case "HALF":
      return p.index * 6;
    case "YEAR":
      return 12;
  }
}

const MONTHS: Record<PeriodKindValue, number> = { MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12 };

/**
 * The data closing dates of the state reporting regime (Nghị định 09/2019/NĐ-CP, Art. 12): a month runs from
 * the 15th of the previous month to the 14th; a quarter from the 15th of the month before it to the 14th of its
 * last month; six months from 15/12 to 14/6; a year from 15/12 of the previous year to 14/12.
 */
export function closingRange(p: PeriodKey): DateRange {
  const last = lastMonth(p);
  const firstMonthIndex = p.year * 12 + (last - 1) - MONTHS[p.kind]; // the month before the period's first
  return {
    startsOn: day(Math.floor(firstMonthIndex / 12), (firstMonthIndex % 12) + 1, 15),
    endsOn: day(p.year, last, 14),
  };
}

/** The calendar months a period names (1/7–31/7, 1/7–30/9, 1/1–30/6, 1/1–31/12). */
export function calendarRange(p: PeriodKey): DateRange {
  const last = lastMonth(p);
  return { startsOn: day(p.year, last - MONTHS[p.kind] + 1, 1), endsOn: new Date(Date.UTC(p.year, last, 0)) };
}

/**
 * Days after the data closing date that the default submission deadline falls. The decree fixes the closing
 * dates, not when an agency's report reaches Sở Nội vụ: this is the product's proposal, shown as such and
 * edited per period by Sở Nội vụ.
 */
export const DEFAULT_DEADLINE_DAYS = 3;

export function defaultDeadline(range: DateRange): Date {
  return new Date(range.endsOn.getTime() + DEFAULT_DEADLINE_DAYS * 86_400_000);
}

/**
 * A year's default calendar: 12 months, 4 quarters, the first six months and the year (the reports the plan
 * asks for: "định kỳ hàng tháng, quý, 6 tháng, năm").
 */
export function defaultCalendar(year: number): PeriodKey[] {
  return [
    ...Array.from({ length: 12 }, (_, i) => periodKey("MONTH", year, i + 1)),
    ...[1, 2, 3, 4].map((q) => periodKey("QUARTER", year, q)),
    periodKey("HALF", year, 1),
    periodKey("YEAR", year, 1),
  ];
}

/** True when two date ranges share at least one day (ends inclusive). */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.startsOn.getTime() <= b.endsOn.getTime() && b.startsOn.getTime() <= a.endsOn.getTime();
}

/** Sort order: by end date, then shorter periods first (the month before the quarter it closes). */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  const ea = closingRange(a).endsOn.getTime();
  const eb = closingRange(b).endsOn.getTime();
  return ea !== eb ? ea - eb : MONTHS[a.kind] - MONTHS[b.kind];
}
