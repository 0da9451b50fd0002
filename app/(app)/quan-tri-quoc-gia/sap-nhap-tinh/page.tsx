import type { Metadata } from "next";
import { MergerDecisions } from "@/components/province-merger/MergerDecisions";
import { MergerTable, ProvinceTable } from "@/components/province-merger/MergerLists";
import { MergerRequestForm } from "@/components/province-merger/MergerRequestForm";
import { Card } from "@/components/ui/Card";
import { requireAction } from "@/lib/auth/session";
import { loadMergerAdmin, loadMergerPreview } from "@/lib/province-merger/data";
import { readMergerParams } from "@/lib/province-merger/params";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { dataOrRefuse } from "@/lib/server/refuse";

export const metadata: Metadata = { title: "Sáp nhập tỉnh" };

export default async function ProvinceMergerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAction("province.merge");
  const sp = await searchParams;
  const admin = dataOrRefuse(await loadMergerAdmin(user));
  const asked = readMergerParams(sp);
  const answer = asked ? dataOrRefuse(await loadMergerPreview(user, asked)) : null;
  const applied = firstParam(sp["da-ap-dung"]) ?? null;
  const done = applied ? admin.mergers.find((m) => m.id === applied) : undefined;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">Sáp nhập tỉnh</h1>
      <p className="text-slate-700">
        Khi nhiều tỉnh hợp nhất thành một, tỉnh kế thừa giữ kết quả công bố, kế hoạch và nhiệm vụ của các tỉnh cũ làm
        lịch sử (ghi rõ tên tỉnh cũ). Nhiệm vụ đang mở được chuyển sang kế hoạch của tỉnh kế thừa hoặc đóng với lý do
        “không còn áp dụng”, từng nhiệm vụ một; người dùng chuyển sang tỉnh kế thừa.
      </p>
      {done && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="merger-done">
          Đã sáp nhập {done.predecessors.map((p) => p.name).join(", ")} vào tỉnh {done.successor}.
        </p>
      )}
      <Card title="1. Chọn các tỉnh và văn bản" id="merger-request">
        <MergerRequestForm
          provinces={admin.provinces}
          asked={asked}
          errors={answer && !answer.ok ? answer.fieldErrors : {}}
        />
      </Card>
      {answer?.ok && (
        <Card title="2. Xem trước và xử lý từng nhiệm vụ đang mở" id="merger-preview">
          <MergerDecisions preview={answer.preview} />
        </Card>
      )}
      <Card title="Các đợt sáp nhập đã áp dụng" id="mergers">
        <MergerTable mergers={admin.mergers} highlight={applied} />
      </Card>
      <Card title="Các tỉnh" id="provinces">
        <ProvinceTable provinces={admin.provinces} />
      </Card>
    </div>
  );
}
