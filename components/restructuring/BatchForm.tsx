"use client";
import { type FormEvent, startTransition, useActionState } from "react";
// A file of events (CSV or XLSX): a dry run that says what would move and lists every bad line, or apply.
import { Button } from "@/components/ui/Button";
import { inputClass, labelClass } from "@/components/ui/styles";
import type { BatchView } from "@/lib/restructuring/actions";
import { restructuringText as t } from "@/lib/restructuring/messages";
import { type FormState, idleState } from "@/lib/server/form-state";

type Props = { action: (prev: FormState<BatchView>, form: FormData) => Promise<FormState<BatchView>> };

export function BatchForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState as FormState<BatchView>);
  // Submitted by hand so the chosen file stays after a dry run (a form action would reset the form).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="batch-form">
      <p className="text-sm text-slate-600">{t.batchHint}</p>
      <a href="/mau/sap-xep-co-quan-lam-dong-2025-03.csv" className="text-sm text-blue-800 underline" download>
        {t.sample}
      </a>
      <label className={labelClass}>
        {t.file}
        <input type="file" name="file" accept=".csv,.xlsx" required className={inputClass} />
      </label>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" name="mode" value="dry" disabled={pending}>
          {t.dryRun}
        </Button>
        <Button name="mode" value="apply" disabled={pending}>
          {t.apply}
        </Button>
      </div>
      <div aria-live="polite" data-testid="batch-result" className="space-y-1 text-sm">
        <p className={state.status === "error" ? "text-brand-700" : "text-green-800"}>{state.message}</p>
        <ul className="list-disc pl-5 text-brand-700">
          {state.data?.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <ul className="list-disc pl-5">
          {state.data?.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
    </form>
  );
}
