"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Card } from "@/components/ui/Card";
import { FieldError, fieldProps, FormMessage, Hint } from "@/components/tasks/FormParts";
import { inputClass } from "@/components/ui/styles";
import { idleState } from "@/lib/server/form-state";
import { reviewTaskAction, type TaskFormState } from "@/lib/tasks/actions";
import { FORM_TEXT } from "@/lib/tasks/strings";

/** Sở Nội vụ's decision on a submitted task: accept, or return with a reason (required, checked on the server). */
export function ReviewForm({ taskId, version, open }: { taskId: string; version: number; open: boolean }) {
  const [state, formAction, pending] = useActionState<TaskFormState, FormData>(reviewTaskAction, idleState);
  const [reason, setReason] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The clicked button carries the decision; the form is not reset, so a refused reason stays.
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  if (!open) {
    // The task has moved on (reviewed, assigned): keep the outcome of this page's submit visible, nothing else.
    return state.status === "ok" ? <Card><FormMessage state={state} testId="review-message" /></Card> : null;
  }
  return (
    <Card title={FORM_TEXT.reviewTitle} id="review">
      <form action={formAction} onSubmit={onSubmit} className="space-y-4" aria-label={FORM_TEXT.reviewTitle} data-testid="review-form">
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="version" value={version} />
        <fieldset disabled={pending} className="space-y-4">
          <div>
            <label htmlFor="reason" className="block text-sm font-medium text-slate-800">{FORM_TEXT.reason}</label>
            <textarea {...fieldProps(state, "reason", true)} rows={3} maxLength={4000} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
            <Hint name="reason">{FORM_TEXT.reasonHint}</Hint>
            <FieldError state={state} name="reason" />
          </div>
          <FormMessage state={state} testId="review-message" />
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="decision" value="ACCEPT" className="rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800 disabled:opacity-60">
              {pending ? FORM_TEXT.pending : FORM_TEXT.accept}
            </button>
            <button type="submit" name="decision" value="RETURN" className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
              {FORM_TEXT.returnTask}
            </button>
          </div>
        </fieldset>
      </form>
    </Card>
  );
}
