"use client";
import { Button } from "@/components/ui/Button";
import { type FormAction, FormMessage, useFormAction } from "@/components/ui/form";

// One button that deactivates or reactivates a record (agency, user, staff); the outcome is announced.
import type { FormState } from "@/lib/server/form-state";

type Props = {
  action: FormAction<undefined>;
  idName: "agencyId" | "userId";
  id: string;
  active: boolean;
  labels: { deactivate: string; activate: string };
  confirm?: string;
  testId: string;
};

export function ActiveToggle({ action, idName, id, active, labels, confirm, testId }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (active && confirm && !window.confirm(confirm)) return e.preventDefault();
        onSubmit(e);
      }}
      className="space-y-2"
      data-testid={testId}
    >
      <input type="hidden" name={idName} value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button variant="secondary" disabled={pending}>
        {active ? labels.deactivate : labels.activate}
      </Button>
      <FormMessage state={state as FormState<unknown>} testId={`${testId}-message`} />
    </form>
  );
}
