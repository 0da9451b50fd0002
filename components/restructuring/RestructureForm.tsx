"use client";
import { startTransition, useActionState, useEffect, useState } from "react";
// Build a restructuring event, preview what moves where (and, for a split, confirm each item's successor),
// then apply it. The event travels as JSON to the server actions, which do every check.
import { Button } from "@/components/ui/Button";
import { controlled } from "@/components/ui/form";
import { labelClass } from "@/components/ui/styles";
import { KIND_LABELS, restructuringText as t } from "@/lib/restructuring/messages";
import { RESTRUCTURING_KINDS, type RestructuringKindValue } from "@/lib/restructuring/schema";
import type { PreviewView } from "@/lib/restructuring/view";
import { type FormState, idleState } from "@/lib/server/form-state";
import { PreviewPanel } from "./PreviewPanel";

type Option = { id: string; name: string };
type Props = {
  agencies: Option[];
  groups: Option[];
  previewAction: (prev: FormState<PreviewView>, form: FormData) => Promise<FormState<PreviewView>>;
  applyAction: (prev: FormState, form: FormData) => Promise<FormState>;
};

export function RestructureForm({ agencies, groups, previewAction, applyAction }: Props) {
  const [kind, setKind] = useState<RestructuringKindValue>("MERGE");
  const [effectiveOn, setEffectiveOn] = useState("");
  const [decision, setDecision] = useState("");
  const [from, setFrom] = useState<string[]>([]);
  const [fromGroups, setFromGroups] = useState<string[]>([]);
  const [to, setTo] = useState<string[]>([]);
  const [newNames, setNewNames] = useState("");
  const [usersTo, setUsersTo] = useState<string>("0");
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [preview, preview$, previewing] = useActionState(previewAction, idleState as FormState<PreviewView>);
  const [applied, apply$, applying] = useActionState(applyAction, idleState as FormState);

  // A split's proposals are preselected; Sở Nội vụ confirms or changes each before applying.
  useEffect(() => {
    const items = preview.data?.split ? preview.data.items : [];
    if (items.length === 0) return;
    setChoices((current) => {
      const next = { ...current };
      for (const item of items)
        if (next[item.key] === undefined && item.proposed !== null) next[item.key] = item.proposed;
      return next;
    });
  }, [preview.data]);
  const names = newNames
    .split("\n")
    .map((n) => n.trim())
    .filter(Boolean);
  const toNames = [...to.map((id) => agencies.find((a) => a.id === id)?.name ?? ""), ...names];
  const event = {
    kind,
    effectiveOn,
    decision,
    fromAgencyIds: from,
    fromGroupIds: kind === "DISSOLVE" ? fromGroups : [],
    to: [...to.map((agencyId) => ({ agencyId })), ...names.map((name) => ({ name }))],
    usersTo: usersTo === "" ? null : Number(usersTo),
    choices,
  };
  const send = (action: (f: FormData) => void) => {
    const form = new FormData();
    form.set("event", JSON.stringify(event));
    startTransition(() => action(form));
  };
  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  return (
    <div className="space-y-4" data-testid="restructure-form">
      <div className="grid gap-4 sm:grid-cols-3">
        <label className={labelClass}>
          {t.kind}
          <select {...controlled("kind", kind, (v) => setKind(v as RestructuringKindValue))}>
            {RESTRUCTURING_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t.effectiveOn}
          <input type="date" {...controlled("effectiveOn", effectiveOn, setEffectiveOn)} />
        </label>
        <label className={labelClass}>
          {t.decision}
          <input type="text" maxLength={500} {...controlled("decision", decision, setDecision)} />
        </label>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Checklist
          legend={t.from}
          options={agencies}
          chosen={from}
          onToggle={(id) => toggle(from, setFrom, id)}
          testId="from"
        />
        <div className="space-y-3">
          <Checklist
            legend={t.to}
            options={agencies}
            chosen={to}
            onToggle={(id) => toggle(to, setTo, id)}
            testId="to"
          />
          <label className={labelClass}>
            {t.newSuccessor}
            <textarea rows={2} {...controlled("newNames", newNames, setNewNames)} />
            <span className="mt-1 block text-xs font-normal text-slate-600">{t.newSuccessorHint}</span>
          </label>
        </div>
      </div>
      {kind === "DISSOLVE" && (
        <Checklist
          legend={t.groupsToRetire}
          options={groups}
          chosen={fromGroups}
          onToggle={(id) => toggle(fromGroups, setFromGroups, id)}
          testId="groups"
        />
      )}
      {kind !== "RENAME" && (
        <label className={labelClass}>
          {t.users}
          <select {...controlled("usersTo", usersTo, setUsersTo)}>
            {toNames.map((name, i) => (
              <option key={name} value={String(i)}>
                {t.usersMove(name)}
              </option>
            ))}
            <option value="">{t.usersLock}</option>
          </select>
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" type="button" disabled={previewing} onClick={() => send(preview$)}>
          {previewing ? t.previewing : t.preview}
        </Button>
        <Button type="button" disabled={applying || !preview.data} onClick={() => send(apply$)}>
          {applying ? t.applying : t.apply}
        </Button>
        <p
          aria-live="polite"
          data-testid="restructure-message"
          className={applied.status === "error" ? "text-sm text-brand-700" : "text-sm text-green-800"}
        >
          {applied.message}
        </p>
      </div>
      <PreviewPanel
        state={preview}
        toNames={toNames}
        choices={choices}
        onChoose={(key, i) => setChoices({ ...choices, [key]: i })}
      />
    </div>
  );
}

function Checklist(props: {
  legend: string;
  options: Option[];
  chosen: string[];
  onToggle: (id: string) => void;
  testId: string;
}) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-2">
      <legend className={`${labelClass} px-1`}>{props.legend}</legend>
      <ul className="max-h-56 space-y-1 overflow-y-auto text-sm" data-testid={`${props.testId}-list`}>
        {props.options.map((o) => (
          <li key={o.id}>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={props.chosen.includes(o.id)} onChange={() => props.onToggle(o.id)} />
              {o.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
