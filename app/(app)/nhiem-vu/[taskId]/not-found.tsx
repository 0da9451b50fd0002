import { Link } from "@/components/ui/Link";

export default function TaskNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg bg-white p-6 text-center shadow-sm">
      <h1 className="text-lg font-bold">Không tìm thấy nhiệm vụ</h1>
      <p className="mt-2 text-slate-600">Nhiệm vụ không tồn tại hoặc đã bị xoá khỏi kế hoạch.</p>
      <Link href="/nhiem-vu" className="mt-4 inline-block text-blue-700 underline">
        Về bảng nhiệm vụ
      </Link>
    </div>
  );
}
