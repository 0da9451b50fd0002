"use client";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
// Many agencies at once (a province's communes, usually), optionally added to a group so its tasks reach them.
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from "@/lib/agency-admin/labels";
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "./FormParts";

type Group = { id: string; name: string };

export function BulkAgenciesForm({ action, groups }: { action: FormAction<undefined>; groups: Group[] }) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action, { resetOnSuccess: true });
  const p = "bulk";
  const communes = groups.find((g) => g.name === "UBND cấp xã");
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="bulk-agencies-form"
    >
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${p}-kind`} className={labelClass}>
            Loại đơn vị
          </label>
          <select {...fieldProps(state, "kind", p)} defaultValue="COMMUNE" className={inputClass}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="kind" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-groupId`} className={labelClass}>
            Thêm vào nhóm
          </label>
          <select {...fieldProps(state, "groupId", p)} defaultValue={communes?.id ?? ""} className={inputClass}>
            <option value="">Không thêm vào nhóm nào</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="groupId" prefix={p} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-lines`} className={labelClass}>
            Danh sách đơn vị
          </label>
          <textarea
            {...fieldProps(state, "lines", p, true)}
            rows={10}
            className={`${inputClass} font-mono`}
            placeholder={"UBND xã Hiệp Thạnh; UBND huyện Đức Trọng\nUBND thị trấn Liên Nghĩa; UBND huyện Đức Trọng"}
          />
          <Hint id={`${p}-lines`}>
            Mỗi dòng một đơn vị: tên; đơn vị cấp trên (bắt buộc với UBND cấp xã). Có thể dán từ Excel. Một dòng sai thì
            chưa thêm dòng nào.
          </Hint>
          <FieldError state={state} name="lines" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId="bulk-agencies-message" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang thêm…" : "Thêm các đơn vị"}
      </button>
    </form>
  );
}
