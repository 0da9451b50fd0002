"use client";
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";

// Add or edit a group: its name and aliases (the importer resolves "UBND các huyện, thành phố" through them).
import type { AgencyFormData } from "@/lib/agency-admin/actions";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

type Props = {
  action: FormAction<AgencyFormData> | FormAction<undefined>;
  group?: { id: string; name: string; aliases: string[] };
};

export function GroupForm({ action, group }: Props) {
  const form = useFormAction(action as FormAction<AgencyFormData>, {
    resetOnSuccess: !group,
  });
  const { state, pending } = form;
  const p = group ? "edit-group" : "new-group";
  const href = state.data?.href;
  return (
    <KitForm
      form={form}
      name={p}
      hidden={group && <input type="hidden" name="groupId" value={group.id} />}
      link={href ? { href, label: t.openGroup } : undefined}
      submit={pending ? t.saving : group ? t.save : t.newGroup}
    >
      <Field state={state} name="name" prefix={p} label={t.groupName}>
        {(control) => <input {...control} type="text" required maxLength={200} defaultValue={group?.name} />}
      </Field>
      <Field state={state} name="aliases" prefix={p} label={t.aliases} hint={t.aliasesHint}>
        {(control) => (
          <textarea
            {...control}
            rows={Math.min(10, Math.max(3, (group?.aliases.length ?? 0) + 1))}
            defaultValue={group?.aliases.join("\n")}
          />
        )}
      </Field>
    </KitForm>
  );
}
