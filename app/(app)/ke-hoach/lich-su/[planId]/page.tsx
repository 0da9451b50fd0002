import type { Metadata } from "next";
import { PlanOverviewView } from "@/components/plans/PlanOverviewView";
import { HistoryTaskTable } from "@/components/province-merger/HistoryTaskTable";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { requireAction } from "@/lib/auth/session";
import { loadPlanOverview } from "@/lib/plans/data";
import { loadHistoryPlan } from "@/lib/province-merger/history";
import { parsePage, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Kế hoạch của tỉnh trước sáp nhập" };

export default async function HistoryPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const query = await searchParams;
  const user = await requireAction("dashboard.read");
  const { planId } = await params;
  const history = dataOrRefuse(await loadHistoryPlan(user, planId));
  const overview = dataOrRefuse(
    await loadPlanOverview({ provinceId: history.provinceId }, planId, parsePage(query.trang)),
  );
  return (
    <div className="space-y-4">
      <BackLink href="/ke-hoach">Kế hoạch của tỉnh {user.provinceName}</BackLink>
      <p role="note" className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="history-banner">
        Lịch sử: kế hoạch của {history.label}, tỉnh đã sáp nhập vào tỉnh {user.provinceName}.
      </p>
      <PlanOverviewView overview={overview} basePath={`/ke-hoach/lich-su/${planId}`} params={query} />
      <Card title={`Nhiệm vụ của kế hoạch (${history.tasks.length})`} id="history-tasks">
        <HistoryTaskTable tasks={history.tasks} successor={user.provinceName} />
      </Card>
    </div>
  );
}
