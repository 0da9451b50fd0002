"use client";
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";
// Sở Nội vụ pastes other provinces' published totals for one year (one province a line).
import { inputClass } from "@/components/ui/styles";

export function PeerScoresForm({ action, year }: { action: FormAction<undefined>; year: number }) {
  const form = useFormAction(action);
  const { state, pending } = form;
  const p = "peers";
  return (
    <KitForm form={form} name="peer-scores" submit={pending ? "Đang lưu…" : "Lưu điểm các tỉnh"}>
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
            Mỗi dòng một tỉnh: tên; điểm; hạng (không bắt buộc). Có thể dán thẳng từ bảng Excel hoặc bảng công bố. Nhập
            lại cùng năm sẽ cập nhật điểm của tỉnh đó.
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
    </KitForm>
  );
}
