"use client";
import {
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useRef,
} from "react";
// The form kit every client form uses: the submit hook, field wiring (ids, aria-invalid, aria-describedby), the
// aria-live regions where messages appear next to the field they concern, a labelled field, and the outcome of the
// last submit. Field ids are `<prefix>-<name>` when a page holds several forms, else the field's name.
import { Link } from "@/components/ui/Link";
import { type FormState, idleState } from "@/lib/server/form-state";
import { Button } from "./Button";
import { inputClass, labelClass } from "./styles";

export type FormAction<D> = (prev: FormState<D>, form: FormData) => Promise<FormState<D>>;

/**
 * Submits through the server action without React's automatic form reset, so everything typed (selects
 * included) stays after a refused submit; `resetOnSuccess` clears a "new …" form once it has worked.
 */
export function useFormAction<D>(action: FormAction<D>, options: { resetOnSuccess?: boolean } = {}) {
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

type FieldOptions = { prefix?: string; hint?: boolean };

const fieldId = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}` : name);

/** id, name and the aria wiring of one control; `hint` when a <Hint> describes it. */
export function fieldProps(state: FormState<unknown>, name: string, options: FieldOptions = {}) {
  const id = fieldId(name, options.prefix);
  const error = state.fieldErrors?.[name]?.length ? `${id}-error` : undefined;
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [options.hint ? `${id}-hint` : null, error].filter(Boolean).join(" ") || undefined,
  } as const;
}

export type ControlProps = ReturnType<typeof fieldProps> & { className: string };

type TextControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A controlled input, select or textarea in the kit's look: its name, the state it shows and the setter it calls. */
export function controlled(name: string, value: string, set: (value: string) => void) {
  return { name, value, onChange: (e: ChangeEvent<TextControl>) => set(e.target.value), className: inputClass };
}

export function FieldError({ state, name, prefix }: { state: FormState<unknown>; name: string; prefix?: string }) {
  const errors = state.fieldErrors?.[name];
  return (
    <div id={`${fieldId(name, prefix)}-error`} aria-live="polite" className="text-sm text-brand-700">
      {errors?.map((e) => (
        <p key={e} className="mt-1">
          {e}
        </p>
      ))}
    </div>
  );
}

/** A hint under the control whose id is `field` (the id `fieldProps` gave it). */
export function Hint({ field, children }: { field: string; children: ReactNode }) {
  return (
    <p id={`${field}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

/**
 * A labelled field: the label, the control (drawn by `children` from the wiring it is given), the hint and the
 * field's errors, in the order a screen reader announces them.
 */
export function Field({
  state,
  name,
  label,
  prefix,
  hint,
  className,
  children,
}: {
  state: FormState<unknown>;
  name: string;
  label: ReactNode;
  prefix?: string;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const control = { ...fieldProps(state, name, { prefix, hint: Boolean(hint) }), className: inputClass };
  return (
    <div className={className}>
      <label htmlFor={control.id} className={labelClass}>
        {label}
      </label>
      {children(control)}
      {hint && <Hint field={control.id}>{hint}</Hint>}
      <FieldError state={state} name={name} prefix={prefix} />
    </div>
  );
}

/**
 * The outcome of the last submit: success (polite, with an optional link) or the refusal, with `children` under a
 * refusal (e.g. the task as another person left it). After a save, focus goes to the outcome, not back to the top
 * of the page, so a keyboard or screen-reader user lands on it and continues from there.
 */
export function FormMessage({
  state,
  testId,
  link,
  children,
}: {
  state: FormState<unknown>;
  testId: string;
  link?: { href: string; label: string };
  children?: ReactNode;
}) {
  const saved = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // every response is a new state object, so a second save with the same status moves focus again
    if (state.status === "ok") saved.current?.focus();
  }, [state]);
  return (
    <div aria-live="polite" data-testid={testId}>
      {state.status === "ok" && (
        <p
          ref={saved}
          tabIndex={-1}
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm font-medium text-emerald-800"
        >
          {state.message}{" "}
          {link && (
            <Link href={link.href} className="underline">
              {link.label}
            </Link>
          )}
        </p>
      )}
      {state.status === "error" && (
        <div role="alert" className="rounded-md border border-brand-600 bg-brand-50 p-3 text-sm text-brand-800">
          <p className="font-medium">{state.message}</p>
          {children}
        </div>
      )}
    </div>
  );
}

/**
 * The frame of a kit form: the form wired to `useFormAction`, hidden values, the fields in a fieldset that is
 * disabled while the form is sent, the outcome (`FormMessage`), what follows it, and the submit button. Test ids
 * are `<name>-form` and `<name>-message`.
 */
export function KitForm<D>({
  form,
  name,
  className = "space-y-4",
  fieldsClassName = "space-y-4",
  hidden,
  link,
  afterMessage,
  submit,
  children,
}: {
  form: ReturnType<typeof useFormAction<D>>;
  name: string;
  className?: string;
  fieldsClassName?: string;
  hidden?: ReactNode;
  link?: { href: string; label: string };
  afterMessage?: ReactNode;
  submit: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      ref={form.formRef}
      action={form.formAction}
      onSubmit={form.onSubmit}
      noValidate
      className={className}
      data-testid={`${name}-form`}
    >
      {hidden}
      <fieldset disabled={form.pending} className={fieldsClassName}>
        {children}
      </fieldset>
      <FormMessage state={form.state} testId={`${name}-message`} link={link} />
      {afterMessage}
      <Button disabled={form.pending}>{submit}</Button>
    </form>
  );
}
