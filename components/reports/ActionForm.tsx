"use client";
import { useActionState } from "react";
// A small form bound to a reporting server action: hidden values, the caller's fields, one or more submit
// buttons (the clicked one's name/value is sent), and the outcome in an aria-live region. What the user typed
// stays in the fields after a refusal (the form is never reset by React here).
import { Button, type ButtonVariant } from "@/components/ui/Button";
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
      <div aria-live="polite" data-testid={`${testId}-message`}>
        {state.status === "ok" && (
          <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
            {state.message}
          </p>
        )}
        {state.status === "error" && (
          <div role="alert" className="rounded-md border border-brand-600 bg-brand-50 p-3 text-sm text-brand-800">
            <p className="font-medium">{state.message}</p>
            {fieldErrors.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {[...new Set(fieldErrors)].map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
