"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { idleState } from "@/lib/server/form-state";
import { reviewTaskAction, type TaskFormState } from "@/lib/tasks/actions";
import { FORM_TEXT } from "@/lib/tasks/strings";

type Props = { taskId: string; version: number; open: boolean; nextHref: string | null };
const IDLE: TaskFormState = idleState;

/**
 * Sở Nội vụ's decision on a submitted task: "Xác nhận" and "Trả lại" are two separate forms, so the reason box
 * belongs to returning only (the server still requires it). After either, the next item is one link away.
 */
export function ReviewForm({ taskId, version, open, nextHref }: Props) {
  const [accepted, accept, accepting] = useActionState(reviewTaskAction, IDLE);
  const [returned, giveBack, returning] = useActionState(reviewTaskAction, IDLE);
  const [reason, setReason] = useState("");
  const done = accepted.status === "ok" ? accepted : returned.status === "ok" ? returned : null;

  if (!open) {
    // The task has moved on (reviewed, assigned): keep the outcome of this page's submit visible, and what is next.
    return done ? (
      <Card>
        <TaskFormMessage state={done} testId="review-message" />
        <NextItem href={nextHref} />
      </Card>
    ) : null;
  }
  const pending = accepting || returning;
  return (
    <Card title={FORM_TEXT.reviewTitle} id="review">
      <div className="space-y-5">
        <form action={accept} aria-label={FORM_TEXT.accept} data-testid="review-accept-form">
          <input type="hidden" name="taskId" value={taskId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="ACCEPT" />
          <TaskFormMessage state={accepted} testId="review-message" />
          <Button disabled={pending} variant="good" className="mt-2">
            {accepting ? FORM_TEXT.pending : FORM_TEXT.accept}
          </Button>
        </form>
        <form
          action={giveBack}
          aria-label={FORM_TEXT.returnTitle}
          data-testid="review-return-form"
          className="border-t border-slate-200 pt-4"
        >
          <h3 className="text-sm font-semibold text-slate-800">{FORM_TEXT.returnTitle}</h3>
          <input type="hidden" name="taskId" value={taskId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="RETURN" />
          <fieldset disabled={pending} className="mt-2 space-y-3">
            <div>
              <label htmlFor="reason" className="block text-sm font-medium text-slate-800">
                {FORM_TEXT.reason}
              </label>
              <textarea
                {...fieldProps(returned, "reason", { hint: true })}
                rows={3}
                maxLength={4000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                className={inputClass}
              />
              <Hint field="reason">{FORM_TEXT.reasonHint}</Hint>
              <FieldError state={returned} name="reason" />
            </div>
            {returned.status === "error" && <TaskFormMessage state={returned} testId="review-return-message" />}
            <Button variant="danger">{returning ? FORM_TEXT.pending : FORM_TEXT.returnTask}</Button>
          </fieldset>
        </form>
        <NextItem href={nextHref} skip />
      </div>
    </Card>
  );
}

function NextItem({ href, skip = false }: { href: string | null; skip?: boolean }) {
  if (!href) return skip ? null : <p className="mt-2 text-sm text-slate-600">{FORM_TEXT.queueDone}</p>;
  return (
    <Link
      href={href}
      className="mt-2 inline-block text-sm font-medium text-blue-800 underline"
      data-testid="review-next"
    >
      {skip ? FORM_TEXT.skipToNext : FORM_TEXT.nextItem}
    </Link>
  );
}
