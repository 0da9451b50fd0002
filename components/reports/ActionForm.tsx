"use client";
import { useActionState } from "react";
// A small form bound to a reporting server action: hidden values, the caller's fields, one or more submit
// buttons (the clicked one's name/value is sent), and the outcome in an aria-live region. What the user typed
// stays in the fields after a refusal (the form is never reset by React here).
import { Button, type ButtonVariant } from "@/components/ui/Button";
import { FormMessage } from "@/components/ui/form";
import type { ReportFormState } from "@/lib/reports/actions";
import { idleState } from "@/lib/server/form-state";
import { FORM_TEXT } from "@/lib/tasks/strings";

type Action = (previous: ReportFormState, form: FormData) => Promise<ReportFormState>;
export type FormButton = {
  label: string;
  name?: string;
  value?: string;
  variant?: ButtonVariant;
  testId?: string;
};

export function ActionForm({
  action,
  hidden,
  buttons,
  children,
  label,
  testId,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  buttons: FormButton[];
  children?: React.ReactNode;
  label: string;
  testId: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState as ReportFormState);
  const fieldErrors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} aria-label={label} data-testid={testId} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset disabled={pending} className="space-y-3">
        {children}
        <div className="flex flex-wrap gap-2">
          {buttons.map((b) => (
            <Button key={b.label} variant={b.variant} name={b.name} value={b.value} data-testid={b.testId}>
              {pending ? FORM_TEXT.pending : b.label}
            </Button>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} testId={`${testId}-message`}>
        {fieldErrors.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {[...new Set(fieldErrors)].map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </FormMessage>
    </form>
  );
}
