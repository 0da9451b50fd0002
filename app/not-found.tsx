import type { Metadata } from "next";
import { ProblemPage } from "@/components/layout/ProblemPage";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

/** Any unknown address: Vietnamese, with links back (instead of the framework's English 404). */
export default function NotFound() {
  return (
    <ProblemPage
      title="Không tìm thấy trang"
      body="Địa chỉ này không có trong PAR Tracker, hoặc nội dung đã được chuyển đi. Kiểm tra lại đường dẫn hoặc chọn một trang dưới đây."
    />
  );
}
