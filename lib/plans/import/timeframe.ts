// "Thời gian thực hiện" as written, plus the dates it means when it can be read with confidence.
// The text is always kept; anything not understood leaves the dates null (Home Affairs fills them in).

import { dateOfIso } from "@/lib/format";
import { normalizeText } from "@/lib/text/vietnamese";

/** Mirrors the Prisma enum Recurrence. */
export type Recurrence = "NONE" | "YEARLY" | "QUARTERLY" | "MONTHLY";

export type Timeframe = {
  text: string;
  startsOn: string | null; // "2021-01-01"
  endsOn: string | null;
  recurrence: Recurrence;
};

type Period = { start: string; end: string; index: number };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function parseTimeframe(written: string): Timeframe {
  const text = written.trim();
  const folded = foldTimeframe(text);
  const recurrence = recurrenceOf(folded);
  const periods = findPeriods(folded);
  const [first, second] = periods;
  if (!first) return { text, startsOn: null, endsOn: null, recurrence };
  if (/^(truoc|cham nhat|han chot)\b/.test(folded)) {
    const endsOn = /^truoc (ngay )?\d/.test(folded) && first.start === first.end ? first.end : dayBefore(first.start);
    return { text, startsOn: null, endsOn, recurrence };
  }
  if (second && /\btu\b.*\bden\b/.test(folded)) return { text, startsOn: first.start, endsOn: second.end, recurrence };
  return { text, startsOn: first.start, endsOn: first.end, recurrence };
}

function recurrenceOf(folded: string): Recurrence {
  if (/\bhang nam\b|\b(cac|nhung) nam tiep theo\b/.test(folded)) return "YEARLY";
  if (/\bhang quy\b|\b(cac|nhung) quy tiep theo\b/.test(folded)) return "QUARTERLY";
  if (/\bhang thang\b|\b(cac|nhung) thang tiep theo\b/.test(folded)) return "MONTHLY";
  return "NONE";
}

// Each pattern reads one kind of period from the folded text ("quy iii/2021", "thang 9 nam 2021" …).
const PATTERNS: { re: RegExp; toPeriod: (m: RegExpExecArray) => [string, string] | null }[] = [
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, toPeriod: (m) => day(num(m[3]), num(m[2]), num(m[1])) },
  { re: /\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g, toPeriod: (m) => day(num(m[3]), num(m[2]), num(m[1])) },
  {
    re: /\bquy (i{1,3}|iv|[1-4])(?:\/| nam )(\d{4})\b/g,
    toPeriod: (m) => quarter(num(m[2]), quarterNumber(m[1] ?? "")),
  },
  { re: /\bthang (\d{1,2})(?:\/| nam )(\d{4})\b/g, toPeriod: (m) => month(num(m[2]), num(m[1])) },
  { re: /\b(\d{4})-(\d{4})\b/g, toPeriod: (m) => years(num(m[1]), num(m[2])) },
  { re: /\bnam (\d{4})\b/g, toPeriod: (m) => years(num(m[1]), num(m[1])) },
];

const num = (value: string | undefined): number => Number(value ?? Number.NaN);

/** "Quý III/2021" → "quy iii/2021"; "Trước 30 / 9 / 2021" → "truoc 30/9/2021". */
function foldTimeframe(text: string): string {
  return normalizeText(text)
    .toLocaleLowerCase("vi")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9/-]+/g, " ")
    .replace(/\s*([/-])\s*/g, "$1")
    .trim();
}

function findPeriods(folded: string): Period[] {
  const found: Period[] = [];
  const taken: [number, number][] = [];
  for (const { re, toPeriod } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const period = toPeriod(m as RegExpExecArray);
      if (!period) continue;
      taken.push([from, to]);
      found.push({ start: period[0], end: period[1], index: from });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const quarterNumber = (q: string): number => ROMAN[q] ?? Number(q);

function day(y: number, m: number, d: number): [string, string] | null {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const iso = isoDate(y, m, d);
  return [iso, iso];
}

const month = (y: number, m: number): [string, string] | null =>
  m >= 1 && m <= 12 ? [isoDate(y, m, 1), isoDate(y, m, daysIn(y, m))] : null;

const quarter = (y: number, q: number): [string, string] | null =>
  q >= 1 && q <= 4 ? [isoDate(y, q * 3 - 2, 1), isoDate(y, q * 3, daysIn(y, q * 3))] : null;

const years = (from: number, to: number): [string, string] | null =>
  from >= 1990 && to >= from && to < 2100 ? [isoDate(from, 1, 1), isoDate(to, 12, 31)] : null;

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function dayBefore(iso: string): string {
  const date = dateOfIso(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
