import { CriteriaTable } from "@/components/plans/CriteriaTable";
import { FieldTable } from "@/components/plans/FieldTable";
import { ImportWarnings } from "@/components/plans/ImportWarnings";
import { PlanHeadline } from "@/components/plans/PlanHeadline";
import { Pagination } from "@/components/ui/Pagination";
import type { PlanOverview } from "@/lib/plans/data";
import type { SearchParams } from "@/lib/search-params";

/**
 * The plan at a glance and one page of its appendix (the loader chose it, lib/plans/appendix.ts); `basePath` and
 * `params` make the appendix's paging links (`?trang=2#criteria`).
 */
export function PlanOverviewView({
  overview,
  basePath,
  params = {},
}: {
  overview: PlanOverview;
  basePath: string;
  params?: SearchParams;
}) {
  const { appendix } = overview;
  const at = (n: number) => ({ trang: n > 1 ? String(n) : undefined });
  return (
    <div className="space-y-6">
      <PlanHeadline overview={overview} />
      <FieldTable rows={overview.criteria} totals={overview.totals} />
      <CriteriaTable
        rows={appendix.rows}
        measures={appendix.measures}
        pager={
          <Pagination
            label="Phân trang phụ lục kế hoạch"
            basePath={basePath}
            params={params}
            previous={appendix.page > 1 ? { label: "← Trang trước", change: at(appendix.page - 1) } : null}
            next={
              appendix.page < appendix.pageCount
                ? { label: "Trang sau →", change: at(appendix.page + 1), testId: "appendix-next" }
                : null
            }
            status={`Trang ${appendix.page}/${appendix.pageCount} của phụ lục (${appendix.measureCount.toLocaleString("vi-VN")} giải pháp)`}
          />
        }
      />
      <ImportWarnings warnings={overview.warnings} />
    </div>
  );
}
