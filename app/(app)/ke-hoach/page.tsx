import type { Metadata } from "next";
import { PlanOverviewView } from "@/components/plans/PlanOverviewView";
import { ProvinceHistory } from "@/components/province-merger/ProvinceHistory";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { can, hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadLatestPlanId, loadPlanOverview } from "@/lib/plans/data";
import { loadProvinceHistory } from "@/lib/province-merger/history";
import { parsePage, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Kế hoạch nâng cao Chỉ số CCHC" };

export default async function PlanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requireAction("plan.read");
  const scope = { provinceId: user.provinceId };
  const planId = await loadLatestPlanId(scope);
  // The latest plan is the province's own, so it is always found.
  const loaded = planId ? await loadPlanOverview(scope, planId, parsePage(params.trang)) : null;
  const overview = loaded?.status === "ok" ? loaded.data : null;
  const mayImport = can(user, "plan.import", scope);
  // Sở Nội vụ and leaders also see the plans and results of provinces merged into theirs, as history.
  const history = hasAction(user.role, "dashboard.read") ? dataOrRefuse(await loadProvinceHistory(user)) : [];
  const importLink = mayImport && (
    <ButtonLink href="/ke-hoach/nhap" variant="secondary">
      Nhập / cập nhật kế hoạch
    </ButtonLink>
  );
  if (!overview) {
    return (
      <div className="space-y-4 rounded-md bg-white p-6">
        <p>Tỉnh {user.provinceName} chưa có kế hoạch nào được nhập.</p>
        {importLink}
        <ProvinceHistory entries={history} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {importLink && <div className="flex justify-end print:hidden">{importLink}</div>}
      <PlanOverviewView overview={overview} basePath="/ke-hoach" params={params} />
      <ProvinceHistory entries={history} />
    </div>
  );
}
