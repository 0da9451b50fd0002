"use client";
// Add or edit an agency: name, short name, kind, parent (a commune's district) and aliases, one per line.
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";
import type { AgencyFormData } from "@/lib/agency-admin/actions";
import type { AgencyOption } from "@/lib/agency-admin/data";
import type { AgencyKind } from "@/lib/agency-admin/labels";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { AgencyKindOptions, AgencyOptions } from "./AgencyOptions";

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
  const form = useFormAction(action as FormAction<AgencyFormData>, {
    resetOnSuccess: !agency,
  });
  const { state, pending } = form;
  const p = agency ? "edit-agency" : "new-agency";
  const href = state.data?.href;
  return (
    <KitForm
      form={form}
      name={p}
      fieldsClassName="grid gap-4 sm:grid-cols-2"
      hidden={agency && <input type="hidden" name="agencyId" value={agency.id} />}
      link={href ? { href, label: t.open } : undefined}
      submit={pending ? t.saving : agency ? t.save : t.newAgency}
    >
      <Field state={state} name="name" prefix={p} label={t.name} className="sm:col-span-2">
        {(control) => <input {...control} type="text" required maxLength={200} defaultValue={agency?.name} />}
      </Field>
      <Field state={state} name="shortName" prefix={p} label={t.shortName}>
        {(control) => <input {...control} type="text" maxLength={60} defaultValue={agency?.shortName ?? ""} />}
      </Field>
      <Field state={state} name="kind" prefix={p} label={t.kind}>
        {(control) => (
          <select {...control} required defaultValue={agency?.kind ?? "DEPARTMENT"}>
            <AgencyKindOptions />
          </select>
        )}
      </Field>
      <Field state={state} name="parentId" prefix={p} label={t.parent} hint={t.parentHint} className="sm:col-span-2">
        {(control) => (
          <select {...control} defaultValue={agency?.parentId ?? ""}>
            <option value="">{t.noParent}</option>
            <AgencyOptions agencies={agencies} exclude={agency?.id} />
          </select>
        )}
      </Field>
      <Field state={state} name="aliases" prefix={p} label={t.aliases} hint={t.aliasesHint} className="sm:col-span-2">
        {(control) => (
          <textarea
            {...control}
            rows={Math.min(10, Math.max(4, (agency?.aliases.length ?? 0) + 1))}
            defaultValue={agency?.aliases.join("\n")}
          />
        )}
      </Field>
    </KitForm>
  );
}
