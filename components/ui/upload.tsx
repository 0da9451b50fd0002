"use client";
// The file-upload forms (a plan, a framework): submitted by hand rather than through the form's `action`, so the
// chosen file and the typed fields stay after a refusal; the clicked button's `intent` ("preview" or "import")
// travels with the data; each field shows its errors under it; the outcome lands in an aria-live region.
import { type FormEvent, type InputHTMLAttributes, type ReactNode, useActionState, useTransition } from "react";
import { inputClass } from "./styles";

export function useUploadAction<S>(action: (state: Awaited<S>, form: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch] = useActionState(action, initial);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget);
    if (submitter?.name === "intent") formData.set("intent", submitter.value);
    startTransition(() => dispatch(formData));
  }
  return { state, pending, onSubmit };
}

/** The form: its fields, then the buttons with a "working…" note while the file is read, then the outcome. */
export function UploadForm({
  onSubmit,
  pending,
  pendingText,
  buttons,
  result,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  pendingText: string;
  buttons: ReactNode;
  result: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        {buttons}
        {pending && <span className="text-sm text-slate-600">{pendingText}</span>}
      </div>
      <div aria-live="polite">{result}</div>
    </form>
  );
}

/**
 * A labelled input of an upload form (a file, or a text the file may lack), `id` and `name` given, with its errors
 * under it; the input carries `aria-describedby="<id>-error"`. `className` replaces the kit's input look.
 */
export function UploadField({
  id,
  label,
  errors,
  className = inputClass,
  ...input
}: { id: string; label: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={id} className={className} aria-describedby={`${id}-error`} {...input} />
      <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
