"use client";
import { Button } from "@/components/ui/Button";
import { type FormAction, FormMessage, useFormAction } from "@/components/ui/form";

// An agency head adds a staff member of their own agency: email and name only (role and agency are fixed).
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { PersonFields } from "./PersonFields";
import { TemporaryPassword } from "./TemporaryPassword";

export function StaffForm({ action }: { action: FormAction<PasswordFormData> }) {
  const { state, formRef, onSubmit, pending, formAction } = useFormAction(action, { resetOnSuccess: true });
  const p = "new-staff";
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="new-staff-form"
    >
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <PersonFields state={state} prefix={p} withEmail />
      </fieldset>
      <FormMessage state={state} testId="new-staff-message" />
      {created && <TemporaryPassword email={created.email} password={created.temporaryPassword} />}
      <Button disabled={pending}>{pending ? t.creating : t.newStaff}</Button>
    </form>
  );
}
