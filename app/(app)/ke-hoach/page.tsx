import type { Metadata } from "next";
import Link from "next/link";
import { PlanOverviewView } from "@/components/plans/PlanOverviewView";
import { ProvinceHistory } from "@/components/province-merger/ProvinceHistory";
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
  const overview = planId ? await loadPlanOverview(scope, planId) : null;
  const mayImport = can(user, "plan.import", scope);
  // Sở Nội vụ and leaders also see the plans and results of provinces merged into theirs, as history.
  const history = hasAction(user.role, "dashboard.read") ? dataOrRefuse(await loadProvinceHistory(user)) : [];
  const importLink = mayImport && (
    <Link
      href="/ke-hoach/nhap"
      className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
    >
      Nhập / cập nhật kế hoạch
    </Link>
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
      <PlanOverviewView overview={overview} page={parsePage(params.trang)} basePath="/ke-hoach" params={params} />
      <ProvinceHistory entries={history} />
    </div>
  );
}
