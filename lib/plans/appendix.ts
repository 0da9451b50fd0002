// The plan's appendix (criteria with their measures) one page at a time, pure: a national plan holds 1 200
// measures, whose table alone weighed more than a megabyte. A page holds criteria whole (a criterion's measures
// never split across two pages) up to APPENDIX_PAGE_MEASURES rows; a criterion with more measures than that
// gets a page of its own.
import type { MeasureView } from "@/lib/plans/data";
import type { CriterionRow } from "@/lib/scores/types";

export const APPENDIX_PAGE_MEASURES = 100;

export type AppendixPage = { rows: CriterionRow[]; measures: MeasureView[]; page: number; pageCount: number };

export function appendixPage(
  rows: readonly CriterionRow[],
  measures: readonly MeasureView[],
  page: number,
  limit = APPENDIX_PAGE_MEASURES,
): AppendixPage {
  const count = new Map<string, number>();
  for (const m of measures) count.set(m.criterionCode, (count.get(m.criterionCode) ?? 0) + 1);
  // each criterion weighs its table rows: its measures, or the one row of a criterion without any
  const pages: CriterionRow[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const weight = Math.max(1, count.get(row.code) ?? 0);
    const current = pages[pages.length - 1] ?? [];
    if (current.length > 0 && used + weight > limit) {
      pages.push([row]);
      used = weight;
    } else {
      current.push(row);
      used += weight;
    }
  }
  const pageCount = pages.length;
  const at = Math.min(Math.max(1, page), pageCount);
  const shown = pages[at - 1] ?? [];
  const codes = new Set(shown.map((r) => r.code));
  return { rows: shown, measures: measures.filter((m) => codes.has(m.criterionCode)), page: at, pageCount };
}
