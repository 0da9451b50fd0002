"use client";
// Change one's own password: current password, new password twice. Other sessions end; this one stays.
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";
import { userText as t } from "@/lib/users/messages";

export function ChangePasswordForm({ action }: { action: FormAction<undefined> }) {
  const form = useFormAction(action, { resetOnSuccess: true });
  const { state } = form;
  const p = "own-password";
  return (
    <KitForm form={form} name="change-password" className="max-w-md space-y-4" submit={t.changePassword}>
      <Field state={state} name="currentPassword" prefix={p} label={t.currentPassword}>
        {(control) => <input {...control} type="password" autoComplete="current-password" required />}
      </Field>
      <Field state={state} name="newPassword" prefix={p} label={t.newPassword} hint={t.newPasswordHint}>
        {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={10} />}
      </Field>
      <Field state={state} name="confirmPassword" prefix={p} label={t.confirmPassword}>
        {(control) => <input {...control} type="password" autoComplete="new-password" required />}
      </Field>
    </KitForm>
  );
}
