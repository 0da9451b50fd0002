"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/Button";
import { ERROR_TEXT } from "@/lib/tasks/strings";

/** The boards', task page's and review queue's error boundary: say so in Vietnamese and offer a retry. */
export function TaskError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg rounded-lg border border-brand-600 bg-white p-6 text-center shadow-sm"
    >
      <h1 className="text-lg font-bold">{ERROR_TEXT.title}</h1>
      <p className="mt-2 text-slate-700">{ERROR_TEXT.body}</p>
      <Button type="button" onClick={() => retry()} className="mt-4">
        {ERROR_TEXT.retry}
      </Button>
    </div>
  );
}
