"use client";

import { Button } from "@/components/ui/Button";
import { Link } from "@/components/ui/Link";
import { UploadField as Field, UploadForm, useUploadAction } from "@/components/ui/upload";
import { formatPoints } from "@/lib/format";
import type { PlanUploadResult, PlanUploadState } from "@/lib/plans/upload-state";
import { idleState } from "@/lib/server/form-state";

type Action = (state: PlanUploadState, formData: FormData) => Promise<PlanUploadState>;

export function PlanUploadForm({ action }: { action: Action }) {
  const { state, pending, onSubmit } = useUploadAction(action, idleState as PlanUploadState);
  const errors = state.fieldErrors;
  return (
    <UploadForm
      onSubmit={onSubmit}
      pending={pending}
      pendingText="Đang xử lý…"
      buttons={
        <>
          <Button variant="secondary" name="intent" value="preview" disabled={pending}>
            Kiểm tra tệp
          </Button>
          <Button name="intent" value="import" disabled={pending}>
            Nhập kế hoạch
          </Button>
        </>
      }
      result={<Result state={state} />}
    >
      <Field
        id="file"
        label="Tệp kế hoạch (.txt, .csv, .xlsx; tối đa 5 MB)"
        errors={errors.fileName ?? errors.bytes}
        name="file"
        type="file"
        accept=".txt,.csv,.xlsx"
        required
      />
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-4 sm:grid-cols-3">
        <legend className="px-1 text-sm text-slate-600">Chỉ cần khi tệp CSV/Excel không có phần đầu văn bản</legend>
        <Field id="number" label="Số hiệu kế hoạch" errors={errors.number} name="number" placeholder="6006/KH-UBND" />
        <Field
          id="issuedOn"
          label="Ngày ban hành (dd/mm/yyyy)"
          errors={errors.issuedOn}
          name="issuedOn"
          placeholder="23/08/2021"
        />
        <Field
          id="indexYear"
          label="Năm của Chỉ số CCHC"
          errors={errors.indexYear}
          name="indexYear"
          inputMode="numeric"
          placeholder="2020"
        />
      </fieldset>
    </UploadForm>
  );
}

function Result({ state }: { state: PlanUploadState }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded-md border border-brand-600 bg-brand-50 p-3 text-brand-800">
        {state.message}
      </p>
    );
  }
  return state.data ? <Outcome result={state.data} /> : null;
}

function Outcome({ result: state }: { result: PlanUploadResult }) {
  if (state.kind === "imported") {
    return (
      <div role="status" className="rounded-md border border-emerald-600 bg-emerald-50 p-3 text-emerald-900">
        {state.created ? "Đã nhập kế hoạch mới" : "Đã cập nhật kế hoạch"}: {state.counts.criteria} tiêu chí,{" "}
        {state.counts.measures} giải pháp, {state.counts.warnings} lưu ý; {state.tasks.created} nhiệm vụ mới,{" "}
        {state.tasks.unassigned} nhiệm vụ chờ phân công.{" "}
        <Link href="/ke-hoach" className="font-medium underline">
          Xem kế hoạch
        </Link>
      </div>
    );
  }
  return (
    <div className="rounded-md border border-slate-300 bg-white p-3" data-testid="upload-preview">
      <p className="font-medium">
        Tệp hợp lệ{state.number ? `: Kế hoạch ${state.number}` : ""}
        {state.indexYear ? `, Chỉ số CCHC năm ${state.indexYear}` : ""}. {state.counts.criteria} tiêu chí,{" "}
        {state.counts.measures} giải pháp; điểm bị mất {formatPoints(state.totals.lost)}, điểm còn lại{" "}
        {formatPoints(state.totals.score)}.
      </p>
      {state.warnings.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900">
          {state.warnings.map((w, i) => (
            <li key={i}>
              {w.criterionCode ? `Tiêu chí ${w.criterionCode}: ` : ""}
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm text-slate-600">Chưa có gì được ghi. Bấm «Nhập kế hoạch» để lưu.</p>
    </div>
  );
}
