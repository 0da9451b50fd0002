"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { LeadAgencySelect } from "@/components/tasks/LeadAgencySelect";
import { StatusBadge } from "@/components/tasks/StatusBadge";
import { taskHref } from "@/components/tasks/TaskCard";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { Link } from "@/components/ui/Link";
import { inputClass, labelClass } from "@/components/ui/styles";
import { formatDate, formatDateTime, formatIsoDate } from "@/lib/format";
import { idleState } from "@/lib/server/form-state";
import { assignTasksAction, type TaskFormState } from "@/lib/tasks/actions";
import type { AgencyRef } from "@/lib/tasks/data";
import type { DutyRow } from "@/lib/tasks/duties";
import { ASSIGN_TEXT, criterionLabel, FORM_TEXT, TASK_TEXT } from "@/lib/tasks/strings";

type Props = {
  rows: DutyRow[];
  view: "unassigned" | "assigned";
  agencies: AgencyRef[];
  today: string;
  proposed: string;
  emptyText: string;
};

/** The list with a checkbox per duty and, in the same form, the lead, supporters and deadline to give them. */
export function DutyAssigner({ rows, view, agencies, today, proposed, emptyText }: Props) {
  const [state, formAction, pending] = useActionState<TaskFormState, FormData>(assignTasksAction, idleState);
  // The checkboxes are the truth (uncontrolled): a box ticked before the page finished loading still counts,
  // and the count below is read from them after every change.
  const form = useRef<HTMLFormElement>(null);
  const [count, setCount] = useState(0);
  const boxes = (): HTMLInputElement[] => [
    ...(form.current?.querySelectorAll<HTMLInputElement>('input[name="task"]') ?? []),
  ];
  const sync = () => setCount(boxes().filter((b) => b.checked).length);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once after hydration, to count boxes ticked while the page loaded
  useEffect(() => sync(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: state.at changes on every answer; after a success the assigned rows are gone
  useEffect(() => {
    if (state.status !== "ok") return;
    for (const b of boxes()) b.checked = false;
    sync();
  }, [state.status, state.at]);
  const allSelected = rows.length > 0 && count === rows.length;
  function selectAll() {
    for (const b of boxes()) b.checked = !allSelected;
    sync();
  }
  // Submitted by hand so React does not reset the form: a refused deadline keeps the agencies chosen (§9).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="grid items-start gap-4 lg:grid-cols-3"
      data-testid="duty-form"
    >
      <section className="space-y-2 lg:col-span-2" aria-label={ASSIGN_TEXT.task}>
        {rows.length === 0 ? (
          <EmptyState boxed>{emptyText}</EmptyState>
        ) : (
          <>
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input type="checkbox" checked={allSelected} onChange={selectAll} className="h-4 w-4" />
              {ASSIGN_TEXT.selectAll}
            </label>
            <FieldError state={state} name="tasks" />
            <ul className="space-y-2" data-testid="duty-list">
              {rows.map((row) => (
                <DutyItem key={row.id} row={row} onToggle={sync} />
              ))}
            </ul>
          </>
        )}
      </section>
      <AssignPanel
        state={state}
        pending={pending}
        count={count}
        view={view}
        agencies={agencies}
        today={today}
        proposed={proposed}
      />
    </form>
  );
}

function DutyItem({ row, onToggle }: { row: DutyRow; onToggle: () => void }) {
  const tag = row.criterionCode ? criterionLabel(row.criterionCode) : TASK_TEXT.noCriterion;
  return (
    <li
      className="rounded-md border border-slate-200 bg-white p-3 shadow-sm has-[:checked]:border-blue-700 has-[:checked]:ring-1 has-[:checked]:ring-blue-700"
      data-testid="duty-item"
      data-task-id={row.id}
    >
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          name="task"
          value={`${row.id}:${row.version}`}
          onChange={onToggle}
          id={`duty-${row.id}`}
          aria-label={ASSIGN_TEXT.select(row.title)}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <div className="min-w-0 space-y-1 text-sm">
          <span className="rounded bg-slate-800 px-1.5 py-0.5 text-xs font-semibold text-white">{tag}</span>
          <label htmlFor={`duty-${row.id}`} className="block leading-snug text-slate-900">
            {row.title}
          </label>
          <p className="text-xs text-slate-600">
            {row.lead ? TASK_TEXT.due : ASSIGN_TEXT.oldDue}:{" "}
            <span className="num">{row.dueOn ? formatDate(row.dueOn) : TASK_TEXT.noDueDate}</span>
            {" · "}
            <Link href={taskHref(row.id, "/duyet/giao-viec")} className="text-blue-800 underline">
              {TASK_TEXT.detailTitle}
            </Link>
          </p>
          {row.lead && (
            <div className="space-y-1 text-xs text-slate-700">
              <p>
                {ASSIGN_TEXT.lead}: <strong>{row.lead.name}</strong>
                {row.supporters.length > 0 &&
                  ` · ${ASSIGN_TEXT.supporters}: ${row.supporters.map((s) => s.name).join(", ")}`}
              </p>
              <p className="flex flex-wrap items-center gap-2">
                <StatusBadge status={row.status} />
                {row.assignedAt && `${ASSIGN_TEXT.assignedAt} ${formatDateTime(row.assignedAt)}`}
              </p>
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

function AssignPanel(props: {
  state: TaskFormState;
  pending: boolean;
  count: number;
  view: "unassigned" | "assigned";
  agencies: AgencyRef[];
  today: string;
  proposed: string;
}) {
  const { state, pending, count, agencies } = props;
  return (
    <section
      aria-labelledby="assign-panel-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-4"
    >
      <h2 id="assign-panel-title" className="text-base font-semibold text-slate-800">
        {props.view === "assigned" ? ASSIGN_TEXT.formTitleAssigned : ASSIGN_TEXT.formTitle}
      </h2>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="duty-selected">
        {count > 0 ? ASSIGN_TEXT.selected(count) : ASSIGN_TEXT.noneSelected}
      </p>
      <LeadAgencySelect state={state} label={ASSIGN_TEXT.leadAgency} agencies={agencies} defaultValue="" />
      <fieldset aria-describedby="supportAgencyIds-error">
        <legend className={labelClass}>{ASSIGN_TEXT.supportAgencies}</legend>
        {props.view === "assigned" && <p className="text-xs text-slate-600">{ASSIGN_TEXT.supportReplace}</p>}
        <div
          className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-300 p-2"
          data-testid="support-agencies"
        >
          {agencies.map((a) => (
            <label key={a.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="supportAgencyIds" value={a.id} className="h-4 w-4" />
              {a.name}
            </label>
          ))}
        </div>
        <FieldError state={state} name="supportAgencyIds" />
      </fieldset>
      <div>
        <label htmlFor="dueOn" className={labelClass}>
          {ASSIGN_TEXT.dueOn}
        </label>
        <input
          {...fieldProps(state, "dueOn", { hint: true })}
          type="date"
          min={props.today}
          defaultValue={props.proposed}
          className={inputClass}
        />
        <Hint field="dueOn">{ASSIGN_TEXT.dueHint(formatIsoDate(props.today))}</Hint>
        <FieldError state={state} name="dueOn" />
      </div>
      <TaskFormMessage state={state} testId="duty-message" />
      <Button className="w-full" disabled={pending}>
        {pending ? FORM_TEXT.pending : ASSIGN_TEXT.submit(count)}
      </Button>
    </section>
  );
}
