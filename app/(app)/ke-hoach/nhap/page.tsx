import type { Metadata } from "next";
import { PlanUploadForm } from "@/components/plans/PlanUploadForm";
import { Card } from "@/components/ui/Card";
import { requireAction } from "@/lib/auth/session";
import { planUploadAction } from "@/lib/plans/actions";

export const metadata: Metadata = { title: "Nhập kế hoạch" };

export default async function PlanUploadPage() {
  const user = await requireAction("plan.import");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-bold">Nhập kế hoạch nâng cao Chỉ số CCHC — tỉnh {user.provinceName}</h1>
      <p className="text-slate-700">
        Tải lên văn bản kế hoạch (bản văn bản có bảng phụ lục), hoặc bảng phụ lục dạng CSV/Excel. Cột được nhận theo tên
        (ví dụ «Điểm chuẩn» hoặc «Điểm tối đa»), số có thể dùng dấu phẩy hoặc dấu chấm thập phân. Nhập lại cùng một kế
        hoạch sẽ cập nhật, không tạo bản trùng; tiến độ nhiệm vụ đã cập nhật được giữ nguyên.
      </p>
      <Card>
        <PlanUploadForm action={planUploadAction} />
      </Card>
    </div>
  );
}
