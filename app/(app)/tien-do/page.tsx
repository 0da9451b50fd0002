import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { MERGE_PARAM, MergeToggle } from "@/components/agencies/MergeToggle";
import { CyclePicker } from "@/components/cycles/CyclePicker";
import { TableDownloads } from "@/components/export/ConsolidatedDownloads";
import { OverviewFilters } from "@/components/overview/OverviewFilters";
import { OverviewSummary } from "@/components/overview/OverviewSummary";
import { OverviewTable } from "@/components/overview/OverviewTable";
import { Card } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { Pagination } from "@/components/ui/Pagination";
import { can } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { CYCLE_PARAM, otherParams } from "@/lib/cycles/param";
import { formatDate } from "@/lib/format";
import { loadOverviewPage } from "@/lib/overview/data";
import { overviewText as t } from "@/lib/overview/labels";
import { arrangeRows, pageOfRows, parseSort } from "@/lib/overview/rows";
import { firstParam, parseKind, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Tiến độ các cơ quan" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("overview.read");
  const params = await searchParams;
  const data = await loadOverviewPage(
    user,
    firstParam(params["ke-hoach"]),
    undefined,
    params[CYCLE_PARAM],
    firstParam(params[MERGE_PARAM]),
  );
  if (!data) forbidden();
  if (!data.plan || !data.overview) return <p className="rounded-md bg-white p-6">{t.noPlan(user.provinceName)}</p>;
  const kind = parseKind(firstParam(params.loai));
  const sort = parseSort(firstParam(params["sap-xep"]));
  const rows = arrangeRows(data.overview.rows, sort, kind);
  // Paged after sorting, so every page follows the chosen order; the count and the summary cover every agency.
  const shown = pageOfRows(rows, firstParam(params.trang));
  const page$ = (n: number) => ({ trang: n > 1 ? String(n) : undefined });
  const canReview = can(user, "task.review", { provinceId: user.provinceId });
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
          {t.plan(data.plan.number, formatDate(data.plan.issuedOn))}
        </p>
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.intro}</p>
        {can(user, "audit.read", { provinceId: user.provinceId }) && (
          <Link href="/nhat-ky" className="mt-1 inline-block text-sm text-blue-800 underline">
            {t.auditLink}
          </Link>
        )}
        <TableDownloads href="/api/xuat/nhiem-vu" label="Tải danh sách nhiệm vụ của tỉnh" />
      </header>
      <CyclePicker
        options={data.cycles}
        current={data.cycle}
        basePath="/tien-do"
        keep={{ ...otherParams(params), "ke-hoach": data.plan.id }}
      />
      <OverviewSummary totals={data.overview.totals} canReview={canReview} />
      <Card>
        <OverviewFilters
          plans={data.plans}
          planId={data.plan.id}
          kind={kind}
          sort={sort}
          cycle={data.cycle}
          merge={data.merge}
        />
        <p className="mt-3 text-sm text-slate-600">{t.agencies(rows.filter((r) => r.agencyId).length)}</p>
        <MergeToggle basePath="/tien-do" params={params} on={data.merge} />
        <div className="mt-2">
          <OverviewTable rows={shown.rows} cycle={data.cycle} />
        </div>
        <Pagination
          label={t.paging}
          basePath="/tien-do"
          params={params}
          previous={
            shown.page > 1 ? { label: t.previous, change: page$(shown.page - 1), testId: "overview-prev" } : null
          }
          next={
            shown.page < shown.pages ? { label: t.next, change: page$(shown.page + 1), testId: "overview-next" } : null
          }
          status={t.pageStatus(shown.page, shown.pages, shown.from, shown.to, rows.length)}
        />
      </Card>
    </div>
  );
}
