// The cycle picker's query parameter (`?chu-ky=2025`), one parse for every page that has the picker: the boards,
// the review queue, the overview and the dashboard. Pure, so pages, components and tests share it. A value
// that is not a cycle key, or not one of the province's cycles, means the current cycle (no error page for a
// hand-edited address).
import { parsePeriodKey } from "@/lib/periods/keys";

export const CYCLE_PARAM = "chu-ky";

/** A cycle the picker offers: its key ("2025", "2026-Q1") and its label ("Năm 2025"). */
export type CycleOption = { key: string; label: string };

export function parseCycleParam(value: string | string[] | undefined, options: readonly CycleOption[]): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 20) return null;
  const key = parsePeriodKey(raw)?.key;
  return key && options.some((o) => o.key === key) ? key : null;
}

/** "?chu-ky=2025" to append to a link, or "" for the current cycle. */
export function cycleQuery(cycle: string | null, prefix: "?" | "&" = "?"): string {
  return cycle ? `${prefix}${CYCLE_PARAM}=${encodeURIComponent(cycle)}` : "";
}

/** The cycle as a parameter for a page's own links to keep (a board's filters and pages stay in the cycle). */
export const cycleKeep = (cycle: string | null): Record<string, string> => (cycle ? { [CYCLE_PARAM]: cycle } : {});

/** The page's other query parameters (first values), for the picker to keep when the cycle changes. */
export function otherParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (name !== CYCLE_PARAM && first) kept[name] = first.slice(0, 200);
  }
  return kept;
}
