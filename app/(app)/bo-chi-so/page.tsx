import type { Metadata } from "next";
import { FrameworkList } from "@/components/frameworks/FrameworkList";
import { FrameworkUploadForm } from "@/components/frameworks/FrameworkUploadForm";
import { Card } from "@/components/ui/Card";
import { hasAction } from "@/lib/auth/permissions";
import { requireAction } from "@/lib/auth/session";
import { loadFrameworks } from "@/lib/frameworks/data";
import { importFrameworkAction } from "./actions";

export const metadata: Metadata = { title: "Bộ Chỉ số CCHC" };

export default async function FrameworksPage() {
  const user = await requireAction("framework.read");
  const frameworks = await loadFrameworks(user);
  const canManage = hasAction(user.role, "framework.manage");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">Bộ Chỉ số CCHC cấp tỉnh theo năm đánh giá</h1>
      <p className="text-slate-700">
        Bộ chỉ số do Bộ Nội vụ ban hành cho từng năm là chung cho mọi tỉnh; chỉ quản trị quốc gia được tạo hoặc sửa. Khi
        một năm chưa có bộ chỉ số chung, các tiêu chí lấy từ phụ lục kế hoạch của tỉnh được giữ thành danh sách riêng
        của tỉnh (chưa đầy đủ) và được ghép vào bộ chỉ số chung khi bộ chỉ số đó được nhập.
      </p>
      <Card title="Các năm">
        <FrameworkList frameworks={frameworks} />
      </Card>
      {canManage && (
        <Card title="Nhập bộ chỉ số từ tệp">
          <p className="mb-3 text-sm text-slate-700">
            Tệp CSV hoặc Excel có các cột «Mã», «Lĩnh vực/Tiêu chí/Tiêu chí thành phần», «Điểm tối đa» và (tuỳ chọn)
            «Nguồn điểm» («Tự đánh giá» hoặc «Điều tra XHH»; để trống thì theo tiêu chí cha). Điểm tối đa của các tiêu
            chí con phải cộng lại bằng điểm tối đa của tiêu chí cha. Có lỗi ở bất kỳ dòng nào thì không ghi gì.{" "}
            <a className="text-brand-700 underline" href="/mau/bo-chi-so-mau.csv" download>
              Tải tệp mẫu (CSV)
            </a>
          </p>
          <FrameworkUploadForm action={importFrameworkAction} />
        </Card>
      )}
    </div>
  );
}
