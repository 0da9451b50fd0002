"use client";
import { Button } from "@/components/ui/Button";
import { type FormAction, FormMessage, useFormAction } from "@/components/ui/form";

// Resets one user's password (Sở Nội vụ: anyone; a head: their staff) and shows the new temporary one once.
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { TemporaryPassword } from "./TemporaryPassword";

export function ResetPasswordButton({
  action,
  userId,
  email,
  testId,
}: {
  action: FormAction<PasswordFormData>;
  userId: string;
  email: string;
  testId: string;
}) {
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t.resetConfirm(email))) return e.preventDefault();
        onSubmit(e);
      }}
      className="space-y-2"
      data-testid={testId}
    >
      <input type="hidden" name="userId" value={userId} />
      <Button variant="secondary" disabled={pending}>
        {pending ? t.resetting : t.resetPassword}
      </Button>
      <FormMessage state={state} testId={`${testId}-message`} />
      {state.status === "ok" && state.data && (
        <TemporaryPassword email={state.data.email} password={state.data.temporaryPassword} />
      )}
    </form>
  );
}
