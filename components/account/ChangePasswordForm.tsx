"use client";
// Change one's own password: current password, new password twice. Other sessions end; this one stays.
import { Button } from "@/components/ui/Button";
import { Field, type FormAction, FormMessage, useFormAction } from "@/components/ui/form";
import { userText as t } from "@/lib/users/messages";

export function ChangePasswordForm({ action }: { action: FormAction<undefined> }) {
  const { state, formRef, onSubmit, pending, formAction } = useFormAction(action, { resetOnSuccess: true });
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
        <Field state={state} name="currentPassword" prefix={p} label={t.currentPassword}>
          {(control) => <input {...control} type="password" autoComplete="current-password" required />}
        </Field>
        <Field state={state} name="newPassword" prefix={p} label={t.newPassword} hint={t.newPasswordHint}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={10} />}
        </Field>
        <Field state={state} name="confirmPassword" prefix={p} label={t.confirmPassword}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required />}
        </Field>
      </fieldset>
      <FormMessage state={state} testId="change-password-message" />
      <Button disabled={pending}>{t.changePassword}</Button>
    </form>
  );
}
