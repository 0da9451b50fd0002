"use client";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import type { AgencyFormData } from "@/lib/agency-admin/actions";
import type { AgencyOption } from "@/lib/agency-admin/data";
// Add or edit an agency: name, short name, kind, parent (a commune's district) and aliases, one per line.
import { AGENCY_KIND_LABELS, AGENCY_KINDS, type AgencyKind } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { AgencyOptions } from "./AgencyOptions";
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "./FormParts";

export type AgencyDefaults = {
  id: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  parentId: string | null;
  aliases: string[];
};

type Props = {
  action: FormAction<AgencyFormData> | FormAction<undefined>;
  agencies: AgencyOption[];
  agency?: AgencyDefaults;
};

export function AgencyForm({ action, agencies, agency }: Props) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action as FormAction<AgencyFormData>, {
    resetOnSuccess: !agency,
  });
  const p = agency ? "edit-agency" : "new-agency";
  const href = state.data?.href;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid={`${p}-form`}
    >
      {agency && <input type="hidden" name="agencyId" value={agency.id} />}
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-name`} className={labelClass}>
            {t.name}
          </label>
          <input
            {...fieldProps(state, "name", p)}
            type="text"
            required
            maxLength={200}
            defaultValue={agency?.name}
            className={inputClass}
          />
          <FieldError state={state} name="name" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-shortName`} className={labelClass}>
            {t.shortName}
          </label>
          <input
            {...fieldProps(state, "shortName", p)}
            type="text"
            maxLength={60}
            defaultValue={agency?.shortName ?? ""}
            className={inputClass}
          />
          <FieldError state={state} name="shortName" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-kind`} className={labelClass}>
            {t.kind}
          </label>
          <select
            {...fieldProps(state, "kind", p)}
            required
            defaultValue={agency?.kind ?? "DEPARTMENT"}
            className={inputClass}
          >
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="kind" prefix={p} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-parentId`} className={labelClass}>
            {t.parent}
          </label>
          <select
            {...fieldProps(state, "parentId", p, true)}
            defaultValue={agency?.parentId ?? ""}
            className={inputClass}
          >
            <option value="">{t.noParent}</option>
            <AgencyOptions agencies={agencies} exclude={agency?.id} />
          </select>
          <Hint id={`${p}-parentId`}>{t.parentHint}</Hint>
          <FieldError state={state} name="parentId" prefix={p} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-aliases`} className={labelClass}>
            {t.aliases}
          </label>
          <textarea
            {...fieldProps(state, "aliases", p, true)}
            rows={Math.min(10, Math.max(4, (agency?.aliases.length ?? 0) + 1))}
            defaultValue={agency?.aliases.join("\n")}
            className={inputClass}
          />
          <Hint id={`${p}-aliases`}>{t.aliasesHint}</Hint>
          <FieldError state={state} name="aliases" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId={`${p}-message`} link={href ? { href, label: t.open } : undefined} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t.saving : agency ? t.save : t.newAgency}
      </button>
    </form>
  );
}
