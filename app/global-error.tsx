"use client";

import "./globals.css";
import { ProblemPage } from "@/components/layout/ProblemPage";
import { Button } from "@/components/ui/Button";

/** When even the root layout fails: the same Vietnamese page, with its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <title>Đã có lỗi xảy ra · PAR Tracker</title>
        <ProblemPage
          title="Đã có lỗi xảy ra"
          body={`Máy chủ chưa xử lý được yêu cầu. Vui lòng tải lại trang; nếu vẫn lỗi, hãy báo Sở Nội vụ${error.digest ? ` (mã lỗi ${error.digest})` : ""}.`}
          action={
            <Button type="button" onClick={() => reset()} className="mt-4">
              Thử lại
            </Button>
          }
        />
      </body>
    </html>
  );
}
