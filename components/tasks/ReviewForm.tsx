"use client";

import { useActionState } from "react";
import { DecisionButtonForm, DecisionReasonForm } from "@/components/tasks/DecisionForms";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Card } from "@/components/ui/Card";
import { HeaderLink } from "@/components/ui/PageHeader";
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
  const accept = useActionState(reviewTaskAction, IDLE);
  const giveBack = useActionState(reviewTaskAction, IDLE);
  const [[accepted, , accepting], [returned, , returning]] = [accept, giveBack];
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
  const disabled = accepting || returning;
  const sendingText = FORM_TEXT.pending;
  return (
    <Card title={FORM_TEXT.reviewTitle} id="review">
      <div className="space-y-5">
        <DecisionButtonForm
          submit={accept}
          task={{ taskId, version, decision: "ACCEPT" }}
          testId="review-accept-form"
          messageTestId="review-message"
          disabled={disabled}
          button={{ text: FORM_TEXT.accept, sendingText, variant: "good" }}
          buttonClassName="mt-2"
        />
        <DecisionReasonForm
          submit={giveBack}
          task={{ taskId, version, decision: "RETURN" }}
          label={FORM_TEXT.returnTitle}
          testId="review-return-form"
          messageTestId="review-return-message"
          disabled={disabled}
          button={{ text: FORM_TEXT.returnTask, sendingText, variant: "danger" }}
          reason={{ label: FORM_TEXT.reason, hint: FORM_TEXT.reasonHint }}
        />
        <NextItem href={nextHref} skip />
      </div>
    </Card>
  );
}

function NextItem({ href, skip = false }: { href: string | null; skip?: boolean }) {
  if (!href) return skip ? null : <p className="mt-2 text-sm text-slate-600">{FORM_TEXT.queueDone}</p>;
  return (
    <HeaderLink href={href} data-testid="review-next">
      {skip ? FORM_TEXT.skipToNext : FORM_TEXT.nextItem}
    </HeaderLink>
  );
}
