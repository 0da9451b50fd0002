import type { Metadata } from "next";
import { MERGE_PARAM, MergeToggle } from "@/components/agencies/MergeToggle";
import { CycleNote, hrefWith } from "@/components/cycles/CyclePicker";
import { PrintButton } from "@/components/dashboard/PrintButton";
import { can } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { CYCLE_PARAM, cycleQuery, otherParams } from "@/lib/cycles/param";
import { resolveDashboard, startDashboardLoads } from "@/lib/dashboard/dashboard";
import { dashboardText } from "@/lib/dashboard/messages";
import { formatIsoDate, provinceTodayIso } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { BehindCard } from "./card-behind";
import { FieldCard, FiltersCard, HeadlineCard, ParetoCard, YearCard } from "./cards-scores";
import { AgencyCard, MethodCard, ProgressCard, ProjectionCard } from "./cards-tasks";
import { PrintPageStyle } from "./print-page-style";
import "./card.css";
import "./print.css";

export const metadata: Metadata = { title: dashboardText.pageTitle };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("dashboard.read");
  const params = await searchParams;
  const scope = { provinceId: user.provinceId };
  const resolved = await resolveDashboard(scope, {
    planId: firstParam(params["ke-hoach"]) ?? null,
    fieldCode: firstParam(params["linh-vuc"]) ?? null,
    cycle: params[CYCLE_PARAM],
    merge: firstParam(params[MERGE_PARAM]) === "1",
  });
  if (!resolved) {
    return <p className="rounded-md bg-white p-6">{dashboardText.noPlan(user.provinceName)}</p>;
  }
  const today = provinceTodayIso();
  const loads = startDashboardLoads(scope, resolved, today);
  const { ctx } = resolved;
  const printedOn = formatIsoDate(today);
  const props = { loads, ctx };
  // One response, no per-card streaming: every card's data is one round of parallel queries (tens of ms), and a
  // Suspense boundary per card sent its skeleton and a swap script too, in both the HTML and the RSC payload.
  // No loading.tsx either: its skeleton and swap cost weight on every request, and the aggregates come from the
  // aggregate cache (lib/server/aggregate-cache.ts) while no write touched the province.
  const cycleLabel = resolved.cycles.find((c) => c.key === resolved.cycle)?.label ?? null;
  return (
    <div className="dashboard space-y-5">
      <PrintPageStyle footer={`UBND tỉnh ${ctx.provinceName} · Chỉ số CCHC năm ${ctx.year} · In ngày ${printedOn}`} />
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="hidden text-sm font-semibold uppercase print:block">Ủy ban nhân dân tỉnh {ctx.provinceName}</p>
          <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">
            {dashboardText.pageTitle} — tỉnh {ctx.provinceName}
          </h1>
          <p className="text-sm text-slate-700">
            Kết quả năm {ctx.year} do Bộ Nội vụ công bố · Kế hoạch số {ctx.planNumber} ngày{" "}
            {formatIsoDate(ctx.planIssuedOn)} ·{" "}
            <span data-testid="data-date">Số liệu nhiệm vụ đến ngày {printedOn}</span>
            {cycleLabel && <span data-testid="data-cycle"> · {dashboardText.cycleNote(cycleLabel)}</span>}
          </p>
        </div>
        <PrintButton label={dashboardText.print} />
      </header>
      <FiltersCard loads={loads} resolved={resolved} />
      <CycleNote
        options={resolved.cycles}
        current={resolved.cycle}
        back={hrefWith("/bang-dieu-khien", Object.entries({ ...otherParams(params), "ke-hoach": ctx.planId }))}
      />
      <HeadlineCard loads={loads} />
      <BehindCard
        loads={loads}
        overviewHref={
          can(user, "overview.read", scope)
            ? `/tien-do?ke-hoach=${encodeURIComponent(ctx.planId)}&sap-xep=tre-han${cycleQuery(resolved.cycle, "&")}`
            : null
        }
      />
      <FieldCard loads={loads} />
      <ParetoCard {...props} />
      <div className="print:hidden">
        <MergeToggle basePath="/bang-dieu-khien" params={params} on={ctx.merge === true} />
      </div>
      <AgencyCard {...props} />
      <ProgressCard {...props} />
      <ProjectionCard
        {...props}
        peersHref={can(user, "assessment.manage", scope) ? `/quan-tri/diem-cac-tinh?nam=${ctx.year}` : null}
      />
      <YearCard {...props} />
      <MethodCard loads={loads} />
    </div>
  );
}
