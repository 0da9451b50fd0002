import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/AdminNav";
import { PeerScoresForm } from "@/components/admin/PeerScoresForm";
import { PeerScoreTable } from "@/components/admin/PeerScoreTable";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { savePeerScoresAction } from "@/lib/assessments/actions";
import { loadLatestAssessedYear, loadPeerScoreList } from "@/lib/assessments/data";
import { requireAction } from "@/lib/auth/session";
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
      <PageHeader
        title={<>Điểm công bố Chỉ số CCHC năm {year} của các tỉnh, thành phố</>}
        intro={
          <>
            Dùng để ước tính hạng của điểm dự báo trên bảng điều khiển. Đây là số liệu Bộ Nội vụ công bố, lưu riêng cho
            tỉnh {user.provinceName}: không thay đổi dữ liệu của tỉnh nào khác.
          </>
        }
      />
      <Card>
        <PeerScoresForm action={savePeerScoresAction} year={year} />
      </Card>
      <Card title={`Đã nhập cho năm ${year}: ${peers.length} tỉnh, thành phố`}>
        <PeerScoreTable peers={peers} />
      </Card>
    </div>
  );
}
