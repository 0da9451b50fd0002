"use client";
// Small pieces shared by the task forms: messages in aria-live regions, next to the field they concern.
import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/format";
import type { TaskFormState } from "@/lib/tasks/actions";
import { FORM_TEXT, STATUS_LABELS } from "@/lib/tasks/strings";

export function fieldProps(state: TaskFormState, name: string, hint?: boolean) {
  const error = state.fieldErrors?.[name]?.length ? `${name}-error` : undefined;
  return {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hint ? `${name}-hint` : null, error].filter(Boolean).join(" ") || undefined,
  } as const;
}

export function FieldError({ state, name }: { state: TaskFormState; name: string }) {
  const errors = state.fieldErrors?.[name];
  return (
    <div id={`${name}-error`} aria-live="polite" className="text-sm text-brand-700">
      {errors?.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

export function Hint({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

/** The outcome of the last submit: success (polite) or the refusal, with the new state on a conflict. */
export function FormMessage({ state, testId }: { state: TaskFormState; testId: string }) {
  // After a save the page re-renders: focus goes to the outcome, not back to the top of the page, so a
  // keyboard or screen-reader user lands on "Đã lưu cập nhật" and continues from there.
  const saved = useRef<HTMLParagraphElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: state.at changes on every save, so a second save with the same status moves focus again
  useEffect(() => {
    if (state.status === "ok") saved.current?.focus();
  }, [state.status, state.at]);
  return (
    <div aria-live="polite" data-testid={testId}>
      {state.status === "ok" && (
        <p
          ref={saved}
          tabIndex={-1}
          className="rounded-md bg-emerald-50 p-3 text-sm font-medium text-emerald-800"
          role="status"
        >
          {state.message}
        </p>
      )}
      {state.status === "error" && (
        <div role="alert" className="rounded-md border border-brand-600 bg-brand-50 p-3 text-sm text-brand-800">
          <p className="font-medium">{state.message}</p>
          {state.current && <CurrentState current={state.current} />}
        </div>
      )}
    </div>
  );
}

function CurrentState({ current }: { current: NonNullable<TaskFormState["current"]> }) {
  const last = current.lastUpdate;
  return (
    <div className="mt-2 border-t border-brand-100 pt-2 text-slate-800" data-testid="conflict-current">
      <p className="font-semibold">{FORM_TEXT.conflictTitle}</p>
      <p>
        {STATUS_LABELS[current.status]} · {current.progress} %
        {last && ` · ${last.by}, ${formatDateTime(new Date(last.at))}`}
      </p>
      {last?.note && <p className="mt-1 whitespace-pre-line italic">“{last.note}”</p>}
      <p className="mt-1 text-xs">{FORM_TEXT.conflictHint}</p>
    </div>
  );
}
