"use client";

import { Button } from "@/components/ui/Button";
import { UploadField as Field, UploadForm, useUploadAction } from "@/components/ui/upload";
import { FrameworkResult } from "./FrameworkResult";
import type { FrameworkFormState } from "./form-state";

type Action = (state: FrameworkFormState, formData: FormData) => Promise<FrameworkFormState>;
const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

export function FrameworkUploadForm({ action }: { action: Action }) {
  const { state, pending, onSubmit } = useUploadAction<FrameworkFormState>(action, { kind: "idle" });
  const errors = state.kind === "error" ? state.fieldErrors : {};
  return (
    <UploadForm
      onSubmit={onSubmit}
      pending={pending}
      pendingText="Đang kiểm tra và nhập…"
      buttons={<Button disabled={pending}>Nhập bộ chỉ số</Button>}
      result={<FrameworkResult state={state} />}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id="fw-year"
          label="Năm đánh giá"
          errors={errors.year}
          name="year"
          inputMode="numeric"
          placeholder="2021"
          required
          className={inputClass}
        />
        <Field
          id="fw-decision"
          label="Quyết định ban hành (tuỳ chọn)"
          errors={errors.decisionNumber}
          name="decisionNumber"
          placeholder="876/QĐ-BNV"
          className={inputClass}
        />
        <Field
          id="fw-file"
          label="Tệp bộ chỉ số (.csv, .xlsx)"
          errors={errors.fileName ?? errors.bytes}
          name="file"
          type="file"
          accept=".csv,.xlsx"
          required
          className={inputClass}
        />
      </div>
    </UploadForm>
  );
}
