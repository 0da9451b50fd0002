// "Cơ quan chậm tiến độ": which departments are behind. Pure: it ranks the overview's per-agency rows
// (lib/overview/data loadOverview), so the dashboard and /tien-do count overdue by ONE rule (the current cycle's
// due date before today and not accepted by Sở Nội vụ) and agree on sight. Ranked by overdue tasks, then those
// carrying lost points, then the share of the agency's tasks that are overdue. Tasks nobody leads are Sở Nội
// vụ's to assign, not an agency's delay: they are a figure of their own.
import { cycleQuery } from "@/lib/cycles/param";
import type { Overview } from "@/lib/overview/data";
import { agencyHref } from "./views-scores";

/** How many agencies the card lists (the rest are counted, and /tien-do lists them all). */
export const BEHIND_TOP = 10;

export type BehindAgency = {
  agencyId: string;
  name: string;
  overdue: number;
  overdueWithPoints: number;
  returned: number;
  total: number;
  href: string;
};

export type BehindView = {
  /** every agency with at least one overdue task, most behind first */
  agencies: BehindAgency[];
  shown: BehindAgency[];
  /** Σ overdue at agencies (= the overview's "Quá hạn tại các cơ quan") */
  overdue: number;
  unassignedOverdue: number;
  /** agencies with tasks and none overdue */
  onTrack: number;
};

export function behindView(overview: Overview, cycle: string | null = null): BehindView {
  const agencies: BehindAgency[] = [];
  let onTrack = 0;
  for (const r of overview.rows) {
    if (r.agencyId === null || r.total === 0) continue;
    if (r.overdue === 0) {
      onTrack += 1;
      continue;
    }
    agencies.push({
      agencyId: r.agencyId,
      name: r.name ?? "",
      overdue: r.overdue,
      overdueWithPoints: r.overdueWithPoints,
      returned: r.counts.RETURNED,
      total: r.total,
      href: `${agencyHref(r.agencyId)}${cycleQuery(cycle)}`,
    });
  }
  agencies.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.overdueWithPoints - a.overdueWithPoints ||
      b.overdue * a.total - a.overdue * b.total || // higher share overdue first (cross-multiplied, exact)
      a.name.localeCompare(b.name, "vi"),
  );
  return {
    agencies,
    shown: agencies.slice(0, BEHIND_TOP),
    overdue: agencies.reduce((sum, a) => sum + a.overdue, 0),
    unassignedOverdue: overview.totals.unassignedOverdue,
    onTrack,
  };
}
