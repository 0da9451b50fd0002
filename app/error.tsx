"use client";

import { useEffect } from "react";
import { ProblemPage } from "@/components/layout/ProblemPage";
import { Button } from "@/components/ui/Button";

/** A server error anywhere without its own boundary: say so in Vietnamese, offer a retry and ways back. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ProblemPage
      title="Đã có lỗi xảy ra"
      body={`Máy chủ chưa xử lý được yêu cầu. Vui lòng thử lại; nếu vẫn lỗi, hãy báo Sở Nội vụ${error.digest ? ` (mã lỗi ${error.digest})` : ""}.`}
      action={
        <Button type="button" onClick={() => reset()} className="mt-4">
          Thử lại
        </Button>
      }
    />
  );
}
