"use client";
// Change one's own password: current password, new password twice. Other sessions end; this one stays.
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "@/components/admin/FormParts";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import { userText as t } from "@/lib/users/messages";

export function ChangePasswordForm({ action }: { action: FormAction<undefined> }) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action, { resetOnSuccess: true });
  const p = "own-password";
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="max-w-md space-y-4"
      data-testid="change-password-form"
    >
      <fieldset disabled={pending} className="space-y-4">
        <div>
          <label htmlFor={`${p}-currentPassword`} className={labelClass}>
            {t.currentPassword}
          </label>
          <input
            {...fieldProps(state, "currentPassword", p)}
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
          <FieldError state={state} name="currentPassword" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-newPassword`} className={labelClass}>
            {t.newPassword}
          </label>
          <input
            {...fieldProps(state, "newPassword", p, true)}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            className={inputClass}
          />
          <Hint id={`${p}-newPassword`}>{t.newPasswordHint}</Hint>
          <FieldError state={state} name="newPassword" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-confirmPassword`} className={labelClass}>
            {t.confirmPassword}
          </label>
          <input
            {...fieldProps(state, "confirmPassword", p)}
            type="password"
            autoComplete="new-password"
            required
            className={inputClass}
          />
          <FieldError state={state} name="confirmPassword" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId="change-password-message" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t.changePassword}
      </button>
    </form>
  );
}
