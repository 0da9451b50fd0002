import { Link } from "@/components/ui/Link";

// Rendered with HTTP 403 wherever a page calls forbidden() (next.config.mjs: experimental.authInterrupts).
export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <title>Không có quyền truy cập</title>
      <h1 className="text-xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-2 text-slate-600">Nếu cần quyền, vui lòng liên hệ Sở Nội vụ.</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        Về trang chủ
      </Link>
    </main>
  );
}
