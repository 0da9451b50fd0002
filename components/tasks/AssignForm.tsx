"use client";

import { type FormEvent, startTransition, useActionState, useState } from "react";
import { LeadAgencySelect } from "@/components/tasks/LeadAgencySelect";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { formatIsoDate } from "@/lib/format";
import { idleState } from "@/lib/server/form-state";
import { assignTaskAction, type TaskFormState } from "@/lib/tasks/actions";
import type { AgencyRef } from "@/lib/tasks/data";
import { ASSIGN_TEXT, FORM_TEXT } from "@/lib/tasks/strings";

/** Sở Nội vụ gives an unassigned duty of the plan to one agency. */
export function AssignForm({
  taskId,
  version,
  agencies,
  open,
  dueDates,
  oldDuePassed,
}: {
  taskId: string;
  version: number;
  agencies: AgencyRef[];
  open: boolean;
  dueDates?: { today: string; proposed: string };
  oldDuePassed: boolean;
}) {
  const [state, formAction, pending] = useActionState<TaskFormState, FormData>(assignTaskAction, idleState);
  const [agencyId, setAgencyId] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (!open) {
    // The task has moved on (reviewed, assigned): keep the outcome of this page's submit visible, nothing else.
    return state.status === "ok" ? (
      <Card>
        <TaskFormMessage state={state} testId="assign-message" />
      </Card>
    ) : null;
  }
  return (
    <Card title={FORM_TEXT.assignTitle} id="assign">
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="space-y-3"
        aria-label={FORM_TEXT.assignTitle}
        noValidate
        data-testid="assign-form"
      >
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="version" value={version} />
        <LeadAgencySelect
          state={state}
          label={FORM_TEXT.assignAgency}
          agencies={agencies}
          value={agencyId}
          onChange={(e) => setAgencyId(e.target.value)}
        />
        {dueDates && (
          <div>
            <label htmlFor="dueOn" className="block text-sm font-medium text-slate-800">
              {ASSIGN_TEXT.dueOn}
            </label>
            {/* proposed only when the old deadline has passed; otherwise empty keeps the plan's deadline */}
            <input
              {...fieldProps(state, "dueOn", { hint: true })}
              type="date"
              min={dueDates.today}
              defaultValue={oldDuePassed ? dueDates.proposed : ""}
              className={inputClass}
            />
            <Hint field="dueOn">
              {oldDuePassed ? ASSIGN_TEXT.dueHint(formatIsoDate(dueDates.today)) : ASSIGN_TEXT.dueKeep}
            </Hint>
            <FieldError state={state} name="dueOn" />
          </div>
        )}
        <TaskFormMessage state={state} testId="assign-message" />
        <Button disabled={pending}>{pending ? FORM_TEXT.pending : FORM_TEXT.assignSubmit}</Button>
      </form>
    </Card>
  );
}
