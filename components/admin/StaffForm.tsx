"use client";
import { type FormAction, KitForm, useFormAction } from "@/components/ui/form";

// An agency head adds a staff member of their own agency: email and name only (role and agency are fixed).
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { PersonFields } from "./PersonFields";
import { TemporaryPassword } from "./TemporaryPassword";

export function StaffForm({ action }: { action: FormAction<PasswordFormData> }) {
  const form = useFormAction(action, { resetOnSuccess: true });
  const { state, pending } = form;
  const p = "new-staff";
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <KitForm
      form={form}
      name="new-staff"
      fieldsClassName="grid gap-4 sm:grid-cols-2"
      afterMessage={created && <TemporaryPassword email={created.email} password={created.temporaryPassword} />}
      submit={pending ? t.creating : t.newStaff}
    >
      <PersonFields state={state} prefix={p} withEmail />
    </KitForm>
  );
}
