"use client";

import { useEffect } from "react";
import { ProblemPage } from "@/components/layout/ProblemPage";

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
        <button
          type="button"
          onClick={() => reset()}
          className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Thử lại
        </button>
      }
    />
  );
}
