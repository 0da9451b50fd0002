"use client";
// Many agencies at once (a province's communes, usually), optionally added to a group so its tasks reach them.
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";
import { NamedOptions } from "@/components/ui/Options";
import { inputClass } from "@/components/ui/styles";
import { AgencyKindOptions } from "./AgencyOptions";

type Group = { id: string; name: string };

export function BulkAgenciesForm({ action, groups }: { action: FormAction<undefined>; groups: Group[] }) {
  const form = useFormAction(action, { resetOnSuccess: true });
  const { state, pending } = form;
  const p = "bulk";
  const communes = groups.find((g) => g.name === "UBND cấp xã");
  return (
    <KitForm
      form={form}
      name="bulk-agencies"
      fieldsClassName="grid gap-4 sm:grid-cols-2"
      submit={pending ? "Đang thêm…" : "Thêm các đơn vị"}
    >
      <Field state={state} name="kind" prefix={p} label={"Loại đơn vị"}>
        {(control) => (
          <select {...control} defaultValue="COMMUNE">
            <AgencyKindOptions />
          </select>
        )}
      </Field>
      <Field state={state} name="groupId" prefix={p} label={"Thêm vào nhóm"}>
        {(control) => (
          <select {...control} defaultValue={communes?.id ?? ""}>
            <option value="">Không thêm vào nhóm nào</option>
            <NamedOptions items={groups} />
          </select>
        )}
      </Field>
      <Field
        state={state}
        name="lines"
        prefix={p}
        label={"Danh sách đơn vị"}
        hint={
          <>
            Mỗi dòng một đơn vị: tên; đơn vị cấp trên (bắt buộc với UBND cấp xã). Có thể dán từ Excel. Một dòng sai thì
            chưa thêm dòng nào.
          </>
        }
        className="sm:col-span-2"
      >
        {(control) => (
          <textarea
            {...control}
            rows={10}
            className={`${inputClass} font-mono`}
            placeholder={"UBND xã Hiệp Thạnh; UBND huyện Đức Trọng\nUBND thị trấn Liên Nghĩa; UBND huyện Đức Trọng"}
          />
        )}
      </Field>
    </KitForm>
  );
}
