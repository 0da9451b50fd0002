import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonTable, RemediationTable } from "@/components/results/ComparisonTables";
import { BackLink } from "@/components/ui/BackLink";
import { Card, Stat } from "@/components/ui/Card";
import { Link } from "@/components/ui/Link";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { formatPoints } from "@/lib/format";
import { loadComparison } from "@/lib/results/comparison";

export const metadata: Metadata = { title: "So sánh tự đánh giá và kết quả công bố" };

const p = (v: string | null) => (v === null ? "—" : formatPoints(v));

export default async function ComparisonPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("selfassessment.read");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = await loadComparison(user, Number(year));
  if (!view) notFound();
  return (
    <div className="space-y-4">
      <BackLink href={`/tu-danh-gia/${year}`}>Tự đánh giá năm {year}</BackLink>
      <h1 className="text-xl font-bold">So sánh tự đánh giá, thẩm định và kết quả công bố năm {year}</h1>
      {view.published && hasAction(user.role, "plan.import") && (
        <p>
          <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}/ke-hoach`}>
            Lập kế hoạch khắc phục từ kết quả năm {year}
          </Link>
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-4">
        <Stat label="Tự chấm (các tiêu chí tự đánh giá)" value={p(view.totals.proposed)} />
        <Stat label="Sở Nội vụ thẩm định" value={p(view.totals.accepted)} />
        <Stat label="Bộ Nội vụ công bố" value={p(view.totals.published)} />
        <Stat
          label="Tổng điểm công bố"
          value={view.published ? p(view.published.totalScore) : "—"}
          hint={view.published?.rank ? `hạng ${view.published.rank}/${view.published.rankOf}` : undefined}
        />
      </div>
      <Card title="Theo từng tiêu chí tự đánh giá">
        <ComparisonTable rows={view.rows} />
      </Card>
      <Card title={`Tiêu chí đã khắc phục theo kế hoạch năm trước: có lấy lại điểm không?`}>
        <RemediationTable rows={view.remediation} year={Number(year)} />
      </Card>
    </div>
  );
}
