// Opening a self-assessment: every self-scored criterion that is scored directly (a leaf of the tree; its
// parents are sums) gets a row, assigned to the agency that leads the measures for that code (or, failing
// that, for its nearest parent code) in the province's most recent plan. Sở Nội vụ can change it after.

import { ancestorsOf } from "@/lib/criteria/codes";
import type { Tx } from "@/lib/db";

type Criterion = { id: string; code: string; parentId: string | null; survey: boolean };

export function scoredCriteria(criteria: Criterion[]): Criterion[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
  return criteria.filter((c) => !c.survey && !parents.has(c.id));
}

/** code → the first lead agency of the province's latest plan for that code. */
export async function leadAgenciesByCode(tx: Tx, provinceId: string): Promise<Map<string, string>> {
  const plan = await tx.plan.findFirst({
    where: { provinceId },
    orderBy: [{ issuedOn: "desc" }],
    select: { id: true },
  });
  if (!plan) return new Map();
  const measures = await tx.measure.findMany({
    where: { planId: plan.id },
    orderBy: [{ position: "asc" }],
    select: {
      criterion: { select: { code: true } },
      assignments: {
        where: { role: "LEAD", agencyId: { not: null } },
        orderBy: { position: "asc" },
        select: { agencyId: true },
      },
    },
  });
  const out = new Map<string, string>();
  for (const m of measures) {
    const agencyId = m.assignments[0]?.agencyId;
    if (agencyId && !out.has(m.criterion.code)) out.set(m.criterion.code, agencyId);
  }
  return out;
}

export function proposedAgency(code: string, leads: Map<string, string>): string | null {
  for (const candidate of [code, ...ancestorsOf(code)]) {
    const found = leads.get(candidate);
    if (found) return found;
  }
  return null;
}
