"use client";
// An agency head adds a staff member of their own agency: email and name only (role and agency are fixed).
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import { FieldError, fieldProps, FormMessage, Hint, useAdminForm, type FormAction } from "./FormParts";
import { TemporaryPassword } from "./TemporaryPassword";

export function StaffForm({ action }: { action: FormAction<PasswordFormData> }) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action, { resetOnSuccess: true });
  const p = "new-staff";
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="new-staff-form">
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${p}-email`} className={labelClass}>{t.email}</label>
          <input {...fieldProps(state, "email", p, true)} type="email" autoComplete="off" required maxLength={254} className={inputClass} />
          <Hint id={`${p}-email`}>{t.emailHint}</Hint>
          <FieldError state={state} name="email" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-name`} className={labelClass}>{t.name}</label>
          <input {...fieldProps(state, "name", p)} type="text" autoComplete="off" required maxLength={120} className={inputClass} />
          <FieldError state={state} name="name" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId="new-staff-message" />
      {created && <TemporaryPassword email={created.email} password={created.temporaryPassword} />}
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? t.creating : t.newStaff}</button>
    </form>
  );
}
