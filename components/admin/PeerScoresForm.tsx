"use client";
// Sở Nội vụ pastes other provinces' published totals for one year (one province a line).
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "./FormParts";

export function PeerScoresForm({ action, year }: { action: FormAction<undefined>; year: number }) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action);
  const p = "peers";
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="peer-scores-form"
    >
      <fieldset disabled={pending} className="space-y-4">
        <div className="max-w-xs">
          <label htmlFor={`${p}-year`} className={labelClass}>
            Năm của Chỉ số CCHC
          </label>
          <input
            {...fieldProps(state, "year", p)}
            defaultValue={year}
            inputMode="numeric"
            required
            className={inputClass}
          />
          <FieldError state={state} name="year" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-lines`} className={labelClass}>
            Điểm công bố của các tỉnh, thành phố
          </label>
          <textarea
            {...fieldProps(state, "lines", p, true)}
            rows={12}
            required
            className={`${inputClass} font-mono`}
            placeholder={"Quảng Ninh; 91,06; 1\nHải Phòng; 89,12; 2"}
          />
          <Hint id={`${p}-lines`}>
            Mỗi dòng một tỉnh: tên; điểm; hạng (không bắt buộc). Có thể dán thẳng từ bảng Excel hoặc bảng công bố. Nhập
            lại cùng năm sẽ cập nhật điểm của tỉnh đó.
          </Hint>
          <FieldError state={state} name="lines" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId="peer-scores-message" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang lưu…" : "Lưu điểm các tỉnh"}
      </button>
    </form>
  );
}
