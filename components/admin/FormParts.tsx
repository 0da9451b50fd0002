"use client";
// Pieces shared by the admin forms (client components import them): the submit hook, field wiring and the
// aria-live regions where messages appear next to the field they concern.
import Link from "next/link";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { type FormState, idleState } from "@/lib/server/form-state";

export type FormAction<D> = (prev: FormState<D>, form: FormData) => Promise<FormState<D>>;

/**
 * Submits through the server action without React's automatic form reset, so everything typed (selects
 * included) stays after a refused submit; `resetOnSuccess` clears a "new …" form once it has worked.
 */
export function useAdminForm<D>(action: FormAction<D>, options: { resetOnSuccess?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, idleState as FormState<D>);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (options.resetOnSuccess && state.status === "ok") formRef.current?.reset();
    // Keyboard and screen-reader users land on the first field to fix.
    if (state.status === "error") formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, options.resetOnSuccess]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }
  return { state, formAction, pending, formRef, onSubmit };
}

export function fieldProps(state: FormState<unknown>, name: string, prefix: string, hint?: boolean) {
  const id = `${prefix}-${name}`;
  const error = state.fieldErrors[name]?.length ? `${id}-error` : undefined;
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hint ? `${id}-hint` : null, error].filter(Boolean).join(" ") || undefined,
  } as const;
}

export function FieldError({ state, name, prefix }: { state: FormState<unknown>; name: string; prefix: string }) {
  const errors = state.fieldErrors[name];
  return (
    <div id={`${prefix}-${name}-error`} aria-live="polite" className="text-sm text-brand-700">
      {errors?.map((e) => (
        <p key={e} className="mt-1">
          {e}
        </p>
      ))}
    </div>
  );
}

export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

/** The outcome of the last submit: success (polite, with an optional link) or the refusal. */
export function FormMessage({
  state,
  testId,
  link,
}: {
  state: FormState<unknown>;
  testId: string;
  link?: { href: string; label: string };
}) {
  return (
    <div aria-live="polite" data-testid={testId}>
      {state.status === "ok" && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
          {state.message}{" "}
          {link && (
            <Link href={link.href} className="underline">
              {link.label}
            </Link>
          )}
        </p>
      )}
      {state.status === "error" && (
        <p
          role="alert"
          className="rounded-md border border-brand-600 bg-brand-50 p-3 text-sm font-medium text-brand-800"
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
