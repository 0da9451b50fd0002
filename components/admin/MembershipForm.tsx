"use client";
import { useState } from "react";
// A checklist that saves a membership set in one submit: a group's member agencies, or an agency's groups.
// The filter only hides rows (they still submit), so narrowing the list never drops a ticked member.
import { Button } from "@/components/ui/Button";
import { FieldError, type FormAction, FormMessage, useFormAction } from "@/components/ui/form";
import { inputClass, labelClass } from "@/components/ui/styles";
import { foldKey } from "@/lib/text/vietnamese";

export type MembershipOption = { id: string; label: string; section: string; note?: string };

type Props = {
  action: FormAction<undefined>;
  owner: { name: "groupId" | "agencyId"; value: string };
  listName: "agencyIds" | "groupIds";
  options: MembershipOption[];
  checked: string[];
  text: { legend: string; hint: string; save: string; saving: string; filter?: string };
  testId: string;
};

export function MembershipForm({ action, owner, listName, options, checked, text, testId }: Props) {
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  const [query, setQuery] = useState("");
  const wanted = foldKey(query);
  const sections = [...new Set(options.map((o) => o.section))];
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" data-testid={testId}>
      <input type="hidden" name={owner.name} value={owner.value} />
      <p id={`${testId}-hint`} className="text-sm text-slate-600">
        {text.hint}
      </p>
      {text.filter && (
        <div>
          <label htmlFor={`${testId}-filter`} className={labelClass}>
            {text.filter}
          </label>
          <input
            id={`${testId}-filter`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className={`${inputClass} max-w-sm`}
          />
        </div>
      )}
      <fieldset disabled={pending} aria-describedby={`${testId}-hint`} className="space-y-3">
        <legend className="sr-only">{text.legend}</legend>
        {sections.map((section) => (
          <div key={section}>
            <h3 className="text-sm font-semibold text-slate-700">{section}</h3>
            <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
              {options
                .filter((o) => o.section === section)
                .map((o) => (
                  <li key={o.id} className={wanted && !foldKey(o.label).includes(wanted) ? "hidden" : undefined}>
                    <label className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        name={listName}
                        value={o.id}
                        defaultChecked={checked.includes(o.id)}
                        className="mt-1"
                      />
                      <span>
                        {o.label}
                        {o.note && <span className="text-slate-500"> ({o.note})</span>}
                      </span>
                    </label>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </fieldset>
      <FieldError state={state} name={listName} prefix={testId} />
      <FormMessage state={state} testId={`${testId}-message`} />
      <Button disabled={pending}>{pending ? text.saving : text.save}</Button>
    </form>
  );
}
