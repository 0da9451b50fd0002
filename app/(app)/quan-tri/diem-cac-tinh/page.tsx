import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { PeerScoresForm } from "@/components/admin/PeerScoresForm";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { savePeerScoresAction } from "@/lib/assessments/actions";
import { loadLatestAssessedYear, loadPeerScoreList } from "@/lib/assessments/data";
import { requireAction } from "@/lib/auth/session";
import { formatPoints } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Điểm công bố của các tỉnh" };

export default async function PeerScoresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("assessment.manage");
  const asked = Number(firstParam((await searchParams).nam));
  const year =
    Number.isInteger(asked) && asked >= 2012 && asked <= 2100 ? asked : await loadLatestAssessedYear(user.provinceId);
  const peers = await loadPeerScoreList(user.provinceId, year);
  return (
    <div className="space-y-5">
      <AdminNav current="peers" />
      <header>
        <h1 className="text-xl font-bold sm:text-2xl">Điểm công bố Chỉ số CCHC năm {year} của các tỉnh, thành phố</h1>
        <p className="mt-1 text-sm text-slate-600">
          Dùng để ước tính hạng của điểm dự báo trên bảng điều khiển. Đây là số liệu Bộ Nội vụ công bố, lưu riêng cho
          tỉnh {user.provinceName}: không thay đổi dữ liệu của tỉnh nào khác.
        </p>
      </header>
      <Card>
        <PeerScoresForm action={savePeerScoresAction} year={year} />
      </Card>
      <Card title={`Đã nhập cho năm ${year}: ${peers.length} tỉnh, thành phố`}>
        {peers.length === 0 ? (
          <EmptyState>Chưa có tỉnh nào.</EmptyState>
        ) : (
          <table className="w-full text-sm" data-testid="peer-scores-table">
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-600">
                <th scope="col" className="py-2 pr-2">
                  Tỉnh, thành phố
                </th>
                <th scope="col" className="py-2 pr-2 text-right">
                  Điểm
                </th>
                <th scope="col" className="py-2 pr-2 text-right">
                  Hạng
                </th>
                <th scope="col" className="py-2">
                  Nguồn
                </th>
              </tr>
            </thead>
            <tbody>
              {peers.map((p) => (
                <tr key={p.provinceName} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {p.provinceName}
                  </th>
                  <td className="num py-2 pr-2 text-right">{formatPoints(p.totalScore.toString())}</td>
                  <td className="num py-2 pr-2 text-right">{p.rank ?? "—"}</td>
                  <td className="py-2 text-slate-600">{p.source ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
