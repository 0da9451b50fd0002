import { Link } from "@/components/ui/Link";

export default function CriterionNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-bold">Không tìm thấy tiêu chí</h1>
      <p className="mt-2 text-slate-700">
        Mã tiêu chí không có trong bộ chỉ số của kế hoạch đã chọn, hoặc kế hoạch không thuộc tỉnh của bạn.
      </p>
      <Link href="/ke-hoach" className="mt-4 inline-block text-blue-800 underline">
        Về trang kế hoạch
      </Link>
    </div>
  );
}
