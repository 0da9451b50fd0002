// Chart data derived from scores alone (no tasks): headline, score by field, Pareto, year over year. Pure.
import { compareCodes, fieldCodeOf } from "@/lib/criteria/codes";
import { Dec, dsum } from "@/lib/decimal";
import { itemsOfField, pointsItems, type ScoreRow } from "./items";
import { pareto } from "./pareto";
import type { FieldBar, ParetoView, ScoreHeadline, YearView } from "./types";

export type ViewContext = {
  planId: string;
  provinceName: string;
  planNumber: string;
  planIssuedOn: string;
  year: number;
  published: string;
  max: string | null;
  rank: number | null;
  rankOf: number | null;
  fieldCode: string | null;
  /** "Gộp theo cơ cấu hiện tại" (?gop=1): predecessors' figures added into their successor's */
  merge?: boolean;
};

type YearInput = {
  year: number;
  history: string | null;
  totalScore: string;
  rank: number | null;
  rankOf: number | null;
  fields: { code: string; title: string; standard: string; assessed: string; lost: string }[];
  /** field codes the code mapping says changed from the year before (not comparable with it) */
  remappedFields?: string[];
};

export const criterionHref = (code: string, planId: string) =>
  `/tieu-chi/${encodeURIComponent(code)}?ke-hoach=${encodeURIComponent(planId)}`;

export const agencyHref = (agencyId: string) => `/co-quan/${encodeURIComponent(agencyId)}`;

const DEFAULT_MAX = "100";

export function scoreHeadline(ctx: ViewContext, rows: readonly ScoreRow[], years: readonly YearInput[]): ScoreHeadline {
  // The province's own previous year: a predecessor's score (a merged province) is not its own to compare.
  const previous =
    [...years].filter((y) => y.year < ctx.year && y.history === null).sort((a, b) => b.year - a.year)[0] ?? null;
  const max = ctx.max ?? DEFAULT_MAX;
  const totalLost = dsum(rows.filter((r) => r.parentCode === null).map((r) => r.lost));
  return {
    provinceName: ctx.provinceName,
    planNumber: ctx.planNumber,
    planIssuedOn: ctx.planIssuedOn,
    year: ctx.year,
    published: ctx.published,
    max,
    rank: ctx.rank,
    rankOf: ctx.rankOf,
    previous: previous && {
      year: previous.year,
      totalScore: previous.totalScore,
      rank: previous.rank,
      rankOf: previous.rankOf,
    },
    change: previous ? new Dec(ctx.published).minus(previous.totalScore).toString() : null,
    totalLost: totalLost.toString(),
    recomputed: new Dec(max).minus(totalLost).toString(),
  };
}

/** Fields by lost points, most first (ties in code order). */
export function fieldBars(ctx: ViewContext, rows: readonly ScoreRow[]): FieldBar[] {
  return rows
    .filter((r) => r.parentCode === null)
    .sort((a, b) => new Dec(b.lost).comparedTo(a.lost) || compareCodes(a.code, b.code))
    .map((r) => ({
      code: r.code,
      title: r.title,
      standard: r.standard,
      assessed: r.assessed,
      lost: r.lost,
      href: criterionHref(r.code, ctx.planId),
    }));
}

export function paretoView(ctx: ViewContext, rows: readonly ScoreRow[]): ParetoView {
  const { items, standIns } = pointsItems(rows);
  const result = pareto(itemsOfField(items, ctx.fieldCode));
  return {
    total: result.total,
    itemsToEightyPercent: result.itemsToEightyPercent,
    entries: result.entries.map((e) => ({
      code: e.code,
      title: e.title,
      lost: e.lost,
      cumulative: e.cumulative,
      share: e.share,
      cumulativeShare: e.cumulativeShare,
      standIn: e.standIn,
      href: criterionHref(e.code, ctx.planId),
    })),
    standIns: standIns.filter((s) => !ctx.fieldCode || fieldCodeOf(s.code) === ctx.fieldCode),
  };
}

/** Each year's published total and rank, and its field scores (matched by field code across frameworks). */
export function yearView(years: readonly YearInput[], fieldCode: string | null): YearView {
  const titles = new Map<string, string>();
  for (const y of years) for (const f of y.fields) titles.set(f.code, f.title); // the latest year's title wins
  const fields = [...titles].map(([code, title]) => ({ code, title })).sort((a, b) => compareCodes(a.code, b.code));
  return {
    fieldCode,
    fieldTitle: fieldCode ? (titles.get(fieldCode) ?? null) : null,
    fields,
    years: years.map((y) => {
      const byCode = Object.fromEntries(
        y.fields.map((f) => [f.code, { standard: f.standard, assessed: f.assessed, lost: f.lost }]),
      );
      return {
        year: y.year,
        history: y.history,
        total: y.totalScore,
        rank: y.rank,
        rankOf: y.rankOf,
        field: fieldCode ? (byCode[fieldCode] ?? null) : null,
        fields: byCode,
        changed: y.history === null ? (y.remappedFields ?? []) : [],
      };
    }),
  };
}
