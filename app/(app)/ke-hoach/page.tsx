import type { Metadata } from "next";
import { PlanOverviewView } from "@/components/plans/PlanOverviewView";
import { requireAction } from "@/lib/auth/session";
import { loadLatestPlanId, loadPlanOverview } from "@/lib/plans/data";

export const metadata: Metadata = { title: "Kế hoạch nâng cao Chỉ số CCHC" };

export default async function PlanPage() {
  const user = await requireAction("plan.read");
  const scope = { provinceId: user.provinceId };
  const planId = await loadLatestPlanId(scope);
  const overview = planId ? await loadPlanOverview(scope, planId) : null;
  if (!overview) {
    return <p className="rounded-md bg-white p-6">Tỉnh {user.provinceName} chưa có kế hoạch nào được nhập.</p>;
  }
  return <PlanOverviewView overview={overview} />;
}
