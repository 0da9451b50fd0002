// The preview as the page shows it: names instead of ids, and the items of a split with their proposals.
// Plain, serialisable data (it crosses from the server action to the client form).
import { formatPoints } from "@/lib/format";
import { ITEM_LABELS } from "./messages";
import type { Counts, EventPlan } from "./types";

export type PreviewItem = {
  key: string;
  kind: string;
  label: string;
  from: string;
  proposed: number | null;
  to: number | null;
};
export type PreviewView = {
  errors: string[];
  counts: Counts;
  points: string;
  from: string[];
  to: string[];
  split: boolean;
  items: PreviewItem[];
};

export async function toPreviewView(plan: EventPlan): Promise<PreviewView> {
  const names = new Map(plan.from.map((a) => [a.id, a.name]));
  const items = [...plan.tasks, ...plan.reports, ...plan.scores].map((i) => ({
    key: i.key,
    kind: ITEM_LABELS[i.kind],
    label: i.label,
    from: names.get(i.fromAgencyId) ?? "",
    proposed: i.proposed,
    to: i.to ?? null,
  }));
  return {
    errors: plan.errors,
    counts: plan.counts,
    points: formatPoints(plan.counts.pointsMoved),
    from: [...plan.from.map((a) => a.name), ...plan.groups.map((g) => g.name)],
    to: plan.to.map((s) => s.name),
    split: plan.kind === "SPLIT",
    items,
  };
}
