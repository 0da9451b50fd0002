// Points at stake that move with a set of open tasks: per plan, the lost points of each criterion counted once,
// and a criterion inside another (3.4.1 in 3.4) not added again (as on the board). Exact decimals.
import { Dec } from "@/lib/decimal";

export function pointsAtStake(tasks: readonly { planId: string; criterionCode: string | null; lost: string | null }[]) {
  const byPlan = new Map<string, Map<string, string>>();
  for (const t of tasks) {
    if (!t.criterionCode || t.lost === null) continue;
    const codes = byPlan.get(t.planId) ?? new Map<string, string>();
    codes.set(t.criterionCode, t.lost);
    byPlan.set(t.planId, codes);
  }
  let total = new Dec(0);
  for (const lost of byPlan.values()) {
    const codes = [...lost.keys()];
    for (const code of codes) {
      if (codes.some((other) => other !== code && code.startsWith(`${other}.`))) continue;
      total = total.plus(lost.get(code) ?? 0);
    }
  }
  return total.toString();
}
