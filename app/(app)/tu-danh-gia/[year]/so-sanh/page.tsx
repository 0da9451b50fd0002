import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Stat } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { formatPoints } from "@/lib/format";
import { loadComparison } from "@/lib/results/comparison";

export const metadata: Metadata = { title: "So sánh tự đánh giá và kết quả công bố" };

const p = (v: string | null) => (v === null ? "—" : formatPoints(v));
function verdict(gap: string | null): string {
  if (gap === null) return "Chưa đủ số liệu";
  if (gap === "0") return "Khớp";
  return gap.startsWith("-") ? "Tự đánh giá thấp hơn" : "Tự đánh giá cao hơn";
}

export default async function ComparisonPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireAction("selfassessment.read");
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const view = await loadComparison(user, Number(year));
  if (!view) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link className="text-brand-700 underline" href={`/tu-danh-gia/${year}`}>
          ← Tự đánh giá năm {year}
        </Link>
      </p>
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
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-600">
              <th scope="col" className="py-2">
                Mã
              </th>
              <th scope="col">Tiêu chí</th>
              <th scope="col" className="text-right">
                Tối đa
              </th>
              <th scope="col" className="text-right">
                Tự chấm
              </th>
              <th scope="col" className="text-right">
                Thẩm định
              </th>
              <th scope="col" className="text-right">
                Công bố
              </th>
              <th scope="col" className="text-right">
                Chênh lệch
              </th>
              <th scope="col" className="pl-3">
                Đánh giá
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.code} className="border-b border-slate-100">
                <td className="num py-1.5">{r.code}</td>
                <td>{r.title}</td>
                <td className="num text-right">{p(r.maxPoints)}</td>
                <td className="num text-right">{p(r.proposed)}</td>
                <td className="num text-right">{p(r.accepted)}</td>
                <td className="num text-right">{p(r.published)}</td>
                <td className="num text-right">{p(r.gap)}</td>
                <td className="pl-3">{verdict(r.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={`Tiêu chí đã khắc phục theo kế hoạch năm trước: có lấy lại điểm không?`}>
        {view.remediation.length === 0 ? (
          <EmptyState>Chưa có kết quả năm {Number(year) - 1} kèm kế hoạch khắc phục để so sánh.</EmptyState>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-600">
                <th scope="col" className="py-2">
                  Mã năm {Number(year) - 1}
                </th>
                <th scope="col">Tiêu chí</th>
                <th scope="col" className="text-right">
                  Mất năm {Number(year) - 1}
                </th>
                <th scope="col" className="text-right">
                  Mất năm {year}
                </th>
                <th scope="col" className="text-right">
                  Lấy lại
                </th>
              </tr>
            </thead>
            <tbody>
              {view.remediation.map((r) => (
                <tr key={r.code} className="border-b border-slate-100">
                  <td className="num py-1.5">
                    {r.code}
                    {r.mappedTo.join(",") !== r.code ? ` → ${r.mappedTo.join(", ") || "(bỏ)"}` : ""}
                  </td>
                  <td>{r.title}</td>
                  <td className="num text-right">{p(r.lostBefore)}</td>
                  <td className="num text-right">{r.lostNow === null ? "Không so sánh được" : p(r.lostNow)}</td>
                  <td className="num text-right">{p(r.won)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
