import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { SelfScoreCard } from "@/components/self-assessment/SelfScoreCard";
import { BackLink } from "@/components/ui/BackLink";
import { Stat } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Link } from "@/components/ui/Link";
import { hasAction } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatPoints } from "@/lib/format";
import { loadAssignableAgencies, loadSelfAssessment } from "@/lib/self-assessment/data";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Tự đánh giá theo năm" };

export default async function SelfAssessmentYearPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!hasAction(user.role, "selfassessment.read") && !hasAction(user.role, "selfassessment.score")) forbidden();
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = dataOrRefuse(await loadSelfAssessment(user, Number(year)));
  const canManage = hasAction(user.role, "selfassessment.manage");
  const canScore = hasAction(user.role, "selfassessment.score");
  const agencies = canManage ? await loadAssignableAgencies(user) : [];
  const flagged = view.rows.filter((r) => r.flagged).length;
  return (
    <div className="space-y-4">
      <BackLink href="/tu-danh-gia">Các kỳ tự đánh giá</BackLink>
      <h1 className="text-xl font-bold">
        Tự đánh giá Chỉ số CCHC năm {view.year}
        {user.agencyName && !canManage ? ` — ${user.agencyName}` : ""}
      </h1>
      {hasAction(user.role, "selfassessment.read") && (
        <nav aria-label="Kết quả của năm" className="flex flex-wrap gap-3 text-sm">
          {canManage && (
            <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}/ket-qua`}>
              Nhập kết quả công bố
            </Link>
          )}
          <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}/so-sanh`}>
            So sánh với kết quả công bố
          </Link>
          {hasAction(user.role, "plan.import") && (
            <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}/ke-hoach`}>
              Lập kế hoạch khắc phục
            </Link>
          )}
        </nav>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1" data-testid="self-downloads">
        <span>Tải bảng tự đánh giá:</span>
        <a className="text-brand-700 underline" href={`/api/tu-danh-gia/${year}/bang-tinh`} download>
          Excel (.xlsx)
        </a>
        <a className="text-brand-700 underline" href={`/api/tu-danh-gia/${year}/bang-tinh?dinh-dang=docx`} download>
          Word (.docx), theo thể thức văn bản hành chính
        </a>
      </p>
      <p className="text-sm text-slate-700">
        Theo {view.frameworkTitle}
        {view.partial ? " (danh sách chưa đầy đủ: chưa có bộ chỉ số chung của năm)" : ""}.
      </p>
      <div className="grid gap-3 sm:grid-cols-4">
        <Stat
          label="Tổng điểm tự chấm (đề xuất)"
          value={formatPoints(view.totals.proposed)}
          hint={`trên ${formatPoints(view.totals.maxPoints)} điểm tự chấm`}
        />
        <Stat
          label="Tổng điểm thẩm định"
          value={formatPoints(view.totals.accepted)}
          hint={`${view.totals.appraised}/${view.totals.count} tiêu chí đã thẩm định`}
        />
        <Stat label="Đã gửi, chờ thẩm định" value={view.totals.submitted} />
        <Stat label="Điểm > 0 chưa có kiểm chứng" value={flagged} tone={flagged > 0 ? "loss" : "good"} />
      </div>
      {view.rows.length === 0 ? (
        <EmptyState>Không có tiêu chí nào được giao cho đơn vị của bạn.</EmptyState>
      ) : (
        <div className="space-y-3">
          {view.rows.map((row) => (
            <SelfScoreCard
              key={row.id}
              row={row}
              canManage={canManage}
              canScore={canScore && (canManage || row.agencyId === user.agencyId)}
              agencies={agencies}
            />
          ))}
        </div>
      )}
    </div>
  );
}
