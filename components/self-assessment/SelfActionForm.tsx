"use client";

import { useFormAction } from "@/components/ui/form";
import type { FormState } from "@/lib/server/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** A small form bound to a self-assessment action; shows the result (and field errors) beside its buttons. */
export function SelfActionForm({
  action,
  children,
  label,
  hidden = {},
  className = "",
}: {
  action: Action;
  children: React.ReactNode;
  label: string;
  /** the record the form acts on and the version it showed, sent as hidden fields */
  hidden?: Record<string, string | number>;
  className?: string;
}) {
  // Submitted by hand so what was typed stays after a refusal; the pressed button's name/value is kept.
  const { state, pending, onSubmit } = useFormAction(action);
  const fieldMessages = Object.values(state.fieldErrors).flat();
  return (
    <form onSubmit={onSubmit} aria-label={label} className={`space-y-2 ${className}`} noValidate>
      <fieldset disabled={pending} className="space-y-2">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
      </fieldset>
      <div aria-live="polite" className="text-sm">
        {state.status === "ok" && <p className="text-emerald-700">{state.message}</p>}
        {state.status === "error" && (
          <div className="text-brand-700" role="alert">
            <p>{state.message}</p>
            {fieldMessages.length > 0 && (
              <ul className="list-disc pl-5">
                {fieldMessages.map((msg, i) => (
                  <li key={i}>{msg}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
