"use client";

import { useActionState } from "react";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { NamedOptions } from "@/components/ui/Options";
import { inputClass, labelClass } from "@/components/ui/styles";
import { idleState } from "@/lib/server/form-state";
import { setResponsibleAction, type TaskFormState } from "@/lib/tasks/actions";
import { FORM_TEXT } from "@/lib/tasks/strings";

/** The lead agency's head names the person in charge among the agency's active users. */
export function ResponsibleForm({
  taskId,
  version,
  current,
  members,
}: {
  taskId: string;
  version: number;
  current: string;
  members: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<TaskFormState, FormData>(setResponsibleAction, idleState);
  return (
    <Card title={FORM_TEXT.responsibleTitle} id="responsible">
      <form action={formAction} className="space-y-3" data-testid="responsible-form">
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="version" value={version} />
        <div>
          <label htmlFor="userId" className={labelClass}>
            {FORM_TEXT.responsibleLabel}
          </label>
          {/* keyed by the saved value so the select shows it after the page refreshes */}
          <select
            key={current}
            {...fieldProps(state, "userId", { hint: true })}
            defaultValue={current}
            className={inputClass}
          >
            <option value="">{FORM_TEXT.responsibleNone}</option>
            <NamedOptions items={members} />
          </select>
          <Hint field="userId">{FORM_TEXT.responsibleHint}</Hint>
          <FieldError state={state} name="userId" />
        </div>
        <TaskFormMessage state={state} testId="responsible-message" />
        <Button variant="secondary" disabled={pending}>
          {pending ? FORM_TEXT.pending : FORM_TEXT.responsibleSubmit}
        </Button>
      </form>
    </Card>
  );
}
