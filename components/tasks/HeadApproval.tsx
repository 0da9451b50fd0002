"use client";

import { useActionState, useState } from "react";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/format";
import { idleState } from "@/lib/server/form-state";
import { headDecisionAction, type TaskFormState, withdrawApprovalAction } from "@/lib/tasks/actions";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { HeadApprovalView } from "@/lib/tasks/detail-data";

type Props = {
  taskId: string;
  version: number;
  waiting: HeadApprovalView | null;
  approve: boolean;
  withdraw: boolean;
};
const IDLE: TaskFormState = idleState;
/** the id fieldProps(…, { prefix: "head" }) gives the reason box (the task page has other "reason" fields) */
const REASON_ID = "head-reason";

/**
 * "Chờ lãnh đạo cơ quan duyệt": who reported the work done and when; for the agency head, "Duyệt, gửi Sở Nội vụ"
 * and a separate "Trả lại cán bộ" form whose reason is required; for the staff member who asked, "Rút lại".
 * Mounted for everyone it may concern, so the outcome stays on screen once the task has moved on.
 */
export function HeadApproval({ taskId, version, waiting, approve, withdraw }: Props) {
  const [forwarded, forward, forwarding] = useActionState(headDecisionAction, IDLE);
  const [sentBack, sendBack, sending] = useActionState(headDecisionAction, IDLE);
  const [withdrawn, takeBack, withdrawing] = useActionState(withdrawApprovalAction, IDLE);
  const [reason, setReason] = useState("");
  const done = [forwarded, sentBack, withdrawn].find((s) => s.status === "ok") ?? null;
  if (!waiting) return done ? <TaskFormMessage state={done} testId="head-approval-message" /> : null;
  const pending = forwarding || sending || withdrawing;
  const hidden = (
    <>
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <Card title={APPROVAL_TEXT.waitingTitle} id="head-approval">
      <div className="space-y-4" data-testid="head-approval">
        <p className="text-sm text-slate-800">
          {APPROVAL_TEXT.waitingSince(waiting.requestedBy ?? "—", formatDateTime(waiting.requestedAt))}
        </p>
        <p className="text-sm text-slate-600">{APPROVAL_TEXT.waitingHint}</p>
        {approve && (
          <form action={forward} aria-label={APPROVAL_TEXT.forward} data-testid="head-forward-form">
            {hidden}
            <input type="hidden" name="decision" value="FORWARD" />
            <TaskFormMessage state={forwarded} testId="head-forward-message" />
            <Button disabled={pending} variant="good" className="mt-2">
              {forwarding ? APPROVAL_TEXT.pending : APPROVAL_TEXT.forward}
            </Button>
          </form>
        )}
        {approve && (
          <form
            action={sendBack}
            aria-label={APPROVAL_TEXT.sendBackTitle}
            data-testid="head-return-form"
            className="border-t border-slate-200 pt-4"
          >
            <h3 className="text-sm font-semibold text-slate-800">{APPROVAL_TEXT.sendBackTitle}</h3>
            {hidden}
            <input type="hidden" name="decision" value="RETURN" />
            <fieldset disabled={pending} className="mt-2 space-y-3">
              <div>
                <label htmlFor={REASON_ID} className="block text-sm font-medium text-slate-800">
                  {APPROVAL_TEXT.reason}
                </label>
                <textarea
                  {...fieldProps(sentBack, "reason", { hint: true, prefix: "head" })}
                  rows={3}
                  maxLength={4000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  className={inputClass}
                />
                <Hint field={REASON_ID}>{APPROVAL_TEXT.reasonHint}</Hint>
                <FieldError state={sentBack} name="reason" prefix="head" />
              </div>
              {sentBack.status === "error" && <TaskFormMessage state={sentBack} testId="head-return-message" />}
              <Button variant="secondary">{sending ? APPROVAL_TEXT.pending : APPROVAL_TEXT.sendBack}</Button>
            </fieldset>
          </form>
        )}
        {withdraw && (
          <form action={takeBack} aria-label={APPROVAL_TEXT.withdraw} data-testid="head-withdraw-form">
            {hidden}
            <TaskFormMessage state={withdrawn} testId="head-withdraw-message" />
            <Button variant="secondary" disabled={pending}>
              {withdrawing ? APPROVAL_TEXT.pending : APPROVAL_TEXT.withdraw}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
