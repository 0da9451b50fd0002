"use client";

import { type FormEvent, useActionState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { FrameworkResult } from "./FrameworkResult";
import type { FrameworkFormState } from "./form-state";

type Action = (state: FrameworkFormState, formData: FormData) => Promise<FrameworkFormState>;
const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

export function FrameworkUploadForm({ action }: { action: Action }) {
  const [state, dispatch] = useActionState(action, { kind: "idle" });
  const [pending, startTransition] = useTransition();
  const errors = state.kind === "error" ? state.fieldErrors : {};
  // Submitted by hand so the chosen file and typed fields stay after a refusal.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="fw-year" label="Năm đánh giá" errors={errors.year}>
          <input
            id="fw-year"
            name="year"
            inputMode="numeric"
            placeholder="2021"
            required
            className={inputClass}
            aria-describedby="fw-year-error"
          />
        </Field>
        <Field id="fw-decision" label="Quyết định ban hành (tuỳ chọn)" errors={errors.decisionNumber}>
          <input
            id="fw-decision"
            name="decisionNumber"
            placeholder="876/QĐ-BNV"
            className={inputClass}
            aria-describedby="fw-decision-error"
          />
        </Field>
        <Field id="fw-file" label="Tệp bộ chỉ số (.csv, .xlsx)" errors={errors.fileName ?? errors.bytes}>
          <input
            id="fw-file"
            name="file"
            type="file"
            accept=".csv,.xlsx"
            required
            className={inputClass}
            aria-describedby="fw-file-error"
          />
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <Button disabled={pending}>Nhập bộ chỉ số</Button>
        {pending && <span className="text-sm text-slate-600">Đang kiểm tra và nhập…</span>}
      </div>
      <div aria-live="polite">
        <FrameworkResult state={state} />
      </div>
    </form>
  );
}

export function Field({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
