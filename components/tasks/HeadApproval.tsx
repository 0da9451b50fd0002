"use client";

import { useActionState } from "react";
import { DecisionButtonForm, DecisionReasonForm } from "@/components/tasks/DecisionForms";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Card } from "@/components/ui/Card";
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

/**
 * "Chờ lãnh đạo cơ quan duyệt": who reported the work done and when; for the agency head, "Duyệt, gửi Sở Nội vụ"
 * and a separate "Trả lại cán bộ" form whose reason is required; for the staff member who asked, "Rút lại".
 * Mounted for everyone it may concern, so the outcome stays on screen once the task has moved on.
 */
export function HeadApproval({ taskId, version, waiting, approve, withdraw }: Props) {
  const forward = useActionState(headDecisionAction, IDLE);
  const sendBack = useActionState(headDecisionAction, IDLE);
  const takeBack = useActionState(withdrawApprovalAction, IDLE);
  const submits = [forward, sendBack, takeBack];
  const done = submits.map(([state]) => state).find((s) => s.status === "ok") ?? null;
  if (!waiting) return done ? <TaskFormMessage state={done} testId="head-approval-message" /> : null;
  const disabled = submits.some(([, , sending]) => sending);
  const sendingText = APPROVAL_TEXT.pending;
  return (
    <Card title={APPROVAL_TEXT.waitingTitle} id="head-approval">
      <div className="space-y-4" data-testid="head-approval">
        <p className="text-sm text-slate-800">
          {APPROVAL_TEXT.waitingSince(waiting.requestedBy ?? "—", formatDateTime(waiting.requestedAt))}
        </p>
        <p className="text-sm text-slate-600">{APPROVAL_TEXT.waitingHint}</p>
        {approve && (
          <DecisionButtonForm
            submit={forward}
            task={{ taskId, version, decision: "FORWARD" }}
            testId="head-forward-form"
            messageTestId="head-forward-message"
            disabled={disabled}
            button={{ text: APPROVAL_TEXT.forward, sendingText, variant: "good" }}
            buttonClassName="mt-2"
          />
        )}
        {approve && (
          <DecisionReasonForm
            submit={sendBack}
            task={{ taskId, version, decision: "RETURN" }}
            label={APPROVAL_TEXT.sendBackTitle}
            testId="head-return-form"
            messageTestId="head-return-message"
            disabled={disabled}
            button={{ text: APPROVAL_TEXT.sendBack, sendingText, variant: "secondary" }}
            reason={{ label: APPROVAL_TEXT.reason, hint: APPROVAL_TEXT.reasonHint }}
            prefix="head"
          />
        )}
        {withdraw && (
          <DecisionButtonForm
            submit={takeBack}
            task={{ taskId, version }}
            testId="head-withdraw-form"
            messageTestId="head-withdraw-message"
            disabled={disabled}
            button={{ text: APPROVAL_TEXT.withdraw, sendingText, variant: "secondary" }}
          />
        )}
      </div>
    </Card>
  );
}
