"use client";
import { Button } from "@/components/ui/Button";
import { Field, type FormAction, FormMessage, useFormAction } from "@/components/ui/form";
// Sở Nội vụ pastes other provinces' published totals for one year (one province a line).
import { inputClass } from "@/components/ui/styles";

export function PeerScoresForm({ action, year }: { action: FormAction<undefined>; year: number }) {
  const { state, formRef, onSubmit, pending, formAction } = useFormAction(action);
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
        <Field state={state} name="year" prefix={p} label={"Năm của Chỉ số CCHC"} className="max-w-xs">
          {(control) => <input {...control} defaultValue={year} inputMode="numeric" required />}
        </Field>
        <Field
          state={state}
          name="lines"
          prefix={p}
          label={"Điểm công bố của các tỉnh, thành phố"}
          hint={
            <>
              Mỗi dòng một tỉnh: tên; điểm; hạng (không bắt buộc). Có thể dán thẳng từ bảng Excel hoặc bảng công bố.
              Nhập lại cùng năm sẽ cập nhật điểm của tỉnh đó.
            </>
          }
        >
          {(control) => (
            <textarea
              {...control}
              rows={12}
              required
              className={`${inputClass} font-mono`}
              placeholder={"Quảng Ninh; 91,06; 1\nHải Phòng; 89,12; 2"}
            />
          )}
        </Field>
      </fieldset>
      <FormMessage state={state} testId="peer-scores-message" />
      <Button disabled={pending}>{pending ? "Đang lưu…" : "Lưu điểm các tỉnh"}</Button>
    </form>
  );
}
