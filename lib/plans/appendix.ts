// The plan's appendix (criteria with their measures) one page at a time, pure: a national plan holds 1 200
// measures, whose table alone weighed more than a megabyte (and whose rows, read whole for every page, took
// 55 ms of SQL). A page holds criteria whole (a criterion's measures
// never split across two pages) up to APPENDIX_PAGE_MEASURES rows; a criterion with more measures than that
// gets a page of its own.
import type { CriterionRow } from "@/lib/scores/types";

export const APPENDIX_PAGE_MEASURES = 100;

/** One page of the appendix: its criteria, the page (clamped) and the page count. */
export type AppendixLayout = { rows: CriterionRow[]; page: number; pageCount: number };

/**
 * `measureCounts`: how many measures each criterion code has (the loader counts them in SQL and then reads only
 * the chosen page's measures).
 */
export function appendixPage(
  rows: readonly CriterionRow[],
  measureCounts: ReadonlyMap<string, number>,
  page: number,
  limit = APPENDIX_PAGE_MEASURES,
): AppendixLayout {
  // each criterion weighs its table rows: its measures, or the one row of a criterion without any
  const pages: CriterionRow[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const weight = Math.max(1, measureCounts.get(row.code) ?? 0);
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
  return { rows: pages[at - 1] ?? [], page: at, pageCount };
}
