"use client";
import { Button } from "@/components/ui/Button";
import { Field, type FormAction, FormMessage, useFormAction } from "@/components/ui/form";

// Add or edit a group: its name and aliases (the importer resolves "UBND các huyện, thành phố" through them).
import type { AgencyFormData } from "@/lib/agency-admin/actions";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";

type Props = {
  action: FormAction<AgencyFormData> | FormAction<undefined>;
  group?: { id: string; name: string; aliases: string[] };
};

export function GroupForm({ action, group }: Props) {
  const { state, formRef, onSubmit, pending, formAction } = useFormAction(action as FormAction<AgencyFormData>, {
    resetOnSuccess: !group,
  });
  const p = group ? "edit-group" : "new-group";
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
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <fieldset disabled={pending} className="space-y-4">
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
      </fieldset>
      <FormMessage state={state} testId={`${p}-message`} link={href ? { href, label: t.openGroup } : undefined} />
      <Button disabled={pending}>{pending ? t.saving : group ? t.save : t.newGroup}</Button>
    </form>
  );
}
