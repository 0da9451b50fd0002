import type { Metadata } from "next";
import { ConsolidatedDownloads } from "@/components/export/ConsolidatedDownloads";
import { PeriodMatrixView } from "@/components/reports/PeriodMatrixView";
import { can } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadPeriodMatrix } from "@/lib/reports/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Tình hình nộp báo cáo" };

/** A period's matrix: every agency asked × its report state, late ones first, with one click to remind them. */
export default async function PeriodMatrixPage({ params }: { params: Promise<{ ky: string }> }) {
  const user = await requireAction("report.overview");
  const { ky } = await params;
  const matrix = dataOrRefuse(await loadPeriodMatrix(user, decodeURIComponent(ky)));
  return (
    <div className="space-y-5">
      <PeriodMatrixView
        matrix={matrix}
        canRemind={can(user, "report.remind", { provinceId: user.provinceId })}
        canManage={can(user, "report.calendar", { provinceId: user.provinceId })}
      />
      <ConsolidatedDownloads periodKey={matrix.period.key} />
    </div>
  );
}
