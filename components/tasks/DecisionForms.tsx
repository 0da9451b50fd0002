"use client";
// The two shapes of a decision on a task, shared by Sở Nội vụ's review (ReviewForm) and the agency head's approval
// (HeadApproval): a form that is one button (accept, forward, withdraw), and a form that sends the task back with
// a required reason. Each is its own <form>, so the reason belongs to sending back only; the server re-checks all.
import { useState } from "react";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button, type ButtonVariant } from "@/components/ui/Button";
import { Field } from "@/components/ui/form";
import type { TaskFormState } from "@/lib/tasks/actions";

/** What `useActionState` answers for this form: the last outcome, the action, and whether it is being sent. */
export type DecisionSubmit = [TaskFormState, (form: FormData) => void, boolean];

type DecisionProps = {
  submit: DecisionSubmit;
  /** the hidden fields: the task, the version the page showed, and the decision (none for a withdrawal) */
  task: { taskId: string; version: number; decision?: string };
  /** the form's accessible name (and the sending-back form's heading) */
  label: string;
  testId: string;
  messageTestId: string;
  /** some form of the card is being sent: every control waits */
  disabled: boolean;
  button: { text: string; sendingText: string; variant: ButtonVariant };
};

function TaskFields({ taskId, version, decision }: DecisionProps["task"]) {
  return (
    <>
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      {decision && <input type="hidden" name="decision" value={decision} />}
    </>
  );
}

/**
 * A decision that is one button, with its outcome above it; the form is named by its button unless `label` says
 * otherwise. `buttonClassName` places the button.
 */
export function DecisionButtonForm(props: Omit<DecisionProps, "label"> & { label?: string; buttonClassName?: string }) {
  const { submit, task, testId, messageTestId, disabled, button } = props;
  const label = props.label ?? button.text;
  const [state, action, sending] = submit;
  return (
    <form action={action} aria-label={label} data-testid={testId}>
      <TaskFields {...task} />
      <TaskFormMessage state={state} testId={messageTestId} />
      <Button disabled={disabled} variant={button.variant} className={props.buttonClassName}>
        {sending ? button.sendingText : button.text}
      </Button>
    </form>
  );
}

/**
 * Sending the task back: the reason (required; kept as typed when the server refuses), its hint and error, the
 * refusal, the button. `prefix` keeps the reason box's id unique on a page with another "reason" field.
 */
export function DecisionReasonForm(
  props: DecisionProps & { reason: { label: string; hint: string }; prefix?: string },
) {
  const { submit, task, label, testId, messageTestId, disabled, button, reason, prefix } = props;
  const [state, action, sending] = submit;
  const [text, setText] = useState("");
  return (
    <form action={action} aria-label={label} data-testid={testId} className="border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-800">{label}</h3>
      <TaskFields {...task} />
      <fieldset disabled={disabled} className="mt-2 space-y-3">
        <Field state={state} name="reason" label={reason.label} hint={reason.hint} prefix={prefix}>
          {(control) => (
            <textarea {...control} rows={3} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        {state.status === "error" && <TaskFormMessage state={state} testId={messageTestId} />}
        <Button variant={button.variant}>{sending ? button.sendingText : button.text}</Button>
      </fieldset>
    </form>
  );
}
