// What the benchmark times, one section per page. Each loader does what one page load does (the session's
// user lookup, one more query, is not included). To bench another page, add a section here.
import type { Actor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadCriterionDetail } from "@/lib/dashboard/criterion";
import { loadDashboard, resolveDashboard } from "@/lib/dashboard/dashboard";
import { loadPeerScores, loadScoreRows, loadTaskCounts, loadYearRows, type PlanChoice } from "@/lib/dashboard/data";
import { fieldBars, paretoView, type ViewContext, yearView } from "@/lib/dashboard/views-scores";
import { agencyView, progressView, projectionView } from "@/lib/dashboard/views-tasks";
import { provinceTodayIso } from "@/lib/format";
import { loadOverviewPage } from "@/lib/overview/data";
import { loadAgencyBoard, loadReviewQueue } from "@/lib/tasks/data";
import type { BenchProvince } from "./generate";
import type { Section } from "./harness";

const today = provinceTodayIso();

/** One card alone: resolve the plan, then run only the dataset queries that card reads. */
function card(p: BenchProvince, build: (ctx: ViewContext, choice: PlanChoice) => Promise<unknown>) {
  return async () => {
    const resolved = await resolveDashboard({ provinceId: p.provinceId }, {});
    if (!resolved) throw new Error("no plan");
    return build(resolved.ctx, resolved.choice);
  };
}

export function dashboardSection(p: BenchProvince): Section {
  const scope = { provinceId: p.provinceId };
  return {
    title: "/bang-dieu-khien",
    loaders: [
      { name: "Cả trang: mọi thẻ, kế hoạch mới nhất", run: () => loadDashboard(scope, {}, today) },
      { name: "Cả trang, lọc lĩnh vực 9", run: () => loadDashboard(scope, { fieldCode: "9" }, today) },
      { name: "Cả trang, kế hoạch cũ nhất", run: () => loadDashboard(scope, { planId: p.oldestPlanId }, today) },
      { name: "Thẻ 1 — điểm theo lĩnh vực", run: card(p, async (ctx, c) => fieldBars(ctx, await loadScoreRows(c))) },
      { name: "Thẻ 2 — Pareto", run: card(p, async (ctx, c) => paretoView(ctx, await loadScoreRows(c))) },
      { name: "Thẻ 3 — theo cơ quan", run: card(p, async (ctx, c) => agencyView(ctx, ...(await rowsAndTasks(c)))) },
      { name: "Thẻ 4 — tiến độ", run: card(p, async (ctx, c) => progressView(ctx, ...(await rowsAndTasks(c)))) },
      {
        name: "Thẻ 5 — dự báo",
        run: card(p, async (ctx, c) =>
          projectionView(ctx, ...(await rowsAndTasks(c)), await loadPeerScores(scope, c.year)),
        ),
      },
      { name: "Thẻ 6 — qua các năm", run: card(p, async (ctx) => yearView(await loadYearRows(scope), ctx.fieldCode)) },
    ],
  };
}

const rowsAndTasks = (c: PlanChoice) => Promise.all([loadScoreRows(c), loadTaskCounts(c, today)]);

export function criterionSection(p: BenchProvince): Section {
  const leader: Actor = { role: "LEADERSHIP", provinceId: p.provinceId, agencyId: null };
  const district: Actor = { role: "AGENCY_HEAD", provinceId: p.provinceId, agencyId: p.districtId };
  return {
    title: "/tieu-chi/[code]",
    loaders: [
      {
        name: "Lĩnh vực 9, lãnh đạo (mọi nhiệm vụ)",
        run: () => loadCriterionDetail(leader, p.latestPlanId, "9", today),
      },
      { name: "Tiêu chí 3.4, lãnh đạo", run: () => loadCriterionDetail(leader, p.latestPlanId, "3.4", today) },
      {
        name: "Lĩnh vực 9, UBND huyện (nhiệm vụ của mình)",
        run: () => loadCriterionDetail(district, p.latestPlanId, "9", today),
      },
    ],
  };
}

/** The daily pages of issue 3: an agency's board, the review queue and Sở Nội vụ's overview of every agency. */
export function boardsSection(p: BenchProvince): Section {
  const base = { email: "bench@par.vn", provinceName: "Tỉnh đo hiệu năng", agencyName: null };
  const homeAffairs: SessionUser = {
    ...base,
    id: "bench-ha",
    name: "Sở Nội vụ",
    role: "HOME_AFFAIRS",
    provinceId: p.provinceId,
    agencyId: null,
  };
  const district: SessionUser = {
    ...base,
    id: "bench-dist",
    name: "UBND huyện",
    role: "AGENCY_HEAD",
    provinceId: p.provinceId,
    agencyId: p.districtId,
  };
  return {
    title: "/nhiem-vu, /duyet, /tien-do",
    loaders: [
      { name: "Bảng nhiệm vụ của một UBND huyện", run: () => loadAgencyBoard(district, p.districtId) },
      { name: "Bảng nhiệm vụ, Sở Nội vụ xem", run: () => loadAgencyBoard(homeAffairs, p.districtId) },
      { name: "Hàng chờ duyệt", run: () => loadReviewQueue(homeAffairs) },
      { name: "Tiến độ mọi cơ quan (kế hoạch mới nhất)", run: () => loadOverviewPage(homeAffairs, undefined, today) },
    ],
  };
}
