"use client";
// The lead agency of an assignment, shared by the one-task form (AssignForm) and the bulk panel (DutyAssigner):
// a labelled <select> named agencyId whose first option asks to choose, with the field's error under it.
import type { SelectHTMLAttributes } from "react";
import { Field } from "@/components/ui/form";
import { NamedOptions } from "@/components/ui/Options";
import type { FormState } from "@/lib/server/form-state";
import type { AgencyRef } from "@/lib/tasks/data";
import { FORM_TEXT } from "@/lib/tasks/strings";

type Props = { state: FormState<unknown>; label: string; agencies: AgencyRef[] } & Pick<
  SelectHTMLAttributes<HTMLSelectElement>,
  "value" | "defaultValue" | "onChange"
>;

export function LeadAgencySelect({ state, label, agencies, ...select }: Props) {
  return (
    <Field state={state} name="agencyId" label={label}>
      {(control) => (
        <select {...control} {...select}>
          <option value="">{FORM_TEXT.assignChoose}</option>
          <NamedOptions items={agencies} />
        </select>
      )}
    </Field>
  );
}
