// /tien-do across a restructuring. By default each agency keeps its own row (an ended one links to the agency
// that carries its work on); "Gộp theo cơ cấu hiện tại" (?gop=1) adds every predecessor's row into its living
// successor's. Pure: `current` is lib/agencies/at-the-time's AgencyNamer.current.
import type { OverviewRow } from "./data";

type Current = (agencyId: string) => { id: string; name: string } | null;

/** Each ended agency's row names its successor (null for a living agency, or one ended with no successor). */
export function withSuccessors(rows: readonly OverviewRow[], current: Current): OverviewRow[] {
  return rows.map((r) => {
    const now = r.agencyId ? current(r.agencyId) : null;
    return { ...r, successor: now && now.id !== r.agencyId ? now : null };
  });
}

/** Rows of predecessors added into their successor's row (created when the successor has none of its own). */
export function mergeIntoSuccessors(rows: readonly OverviewRow[], current: Current): OverviewRow[] {
  const annotated = withSuccessors(rows, current);
  const key = (r: OverviewRow) => r.agencyId ?? "~unassigned";
  const out = new Map(annotated.filter((r) => !r.successor).map((r) => [key(r), { ...r, counts: { ...r.counts } }]));
  for (const row of annotated) {
    if (!row.successor) continue;
    let acc = out.get(row.successor.id);
    if (!acc) {
      acc = { ...emptyRow(row), agencyId: row.successor.id, name: row.successor.name };
      out.set(row.successor.id, acc);
    }
    add(acc, row);
  }
  return [...out.values()];
}

function emptyRow(like: OverviewRow): OverviewRow {
  const counts = Object.fromEntries(Object.keys(like.counts).map((k) => [k, 0])) as OverviewRow["counts"];
  return {
    ...like,
    active: true,
    total: 0,
    counts,
    overdue: 0,
    withPoints: 0,
    overdueWithPoints: 0,
    lastUpdatedAt: null,
    successor: null,
    predecessors: [],
  };
}

function add(acc: OverviewRow, row: OverviewRow): void {
  acc.total += row.total;
  acc.overdue += row.overdue;
  acc.withPoints += row.withPoints;
  acc.overdueWithPoints += row.overdueWithPoints;
  for (const k of Object.keys(acc.counts) as (keyof OverviewRow["counts"])[]) acc.counts[k] += row.counts[k];
  if (row.lastUpdatedAt && (!acc.lastUpdatedAt || row.lastUpdatedAt > acc.lastUpdatedAt))
    acc.lastUpdatedAt = row.lastUpdatedAt;
  if (row.successor && row.name) acc.predecessors = [...(acc.predecessors ?? []), row.name];
}
