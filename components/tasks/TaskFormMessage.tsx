"use client";
// The task forms' outcome: the kit's FormMessage, plus, on a version conflict, the task as the other person left it.
import { FormMessage } from "@/components/ui/form";
import { formatDateTime } from "@/lib/format";
import type { TaskFormState } from "@/lib/tasks/actions";
import { FORM_TEXT, STATUS_LABELS } from "@/lib/tasks/strings";

export function TaskFormMessage({ state, testId }: { state: TaskFormState; testId: string }) {
  return (
    <FormMessage state={state} testId={testId}>
      {state.current && <CurrentState current={state.current} />}
    </FormMessage>
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
