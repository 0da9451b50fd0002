"use client";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
// Add or edit a group: its name and aliases (the importer resolves "UBND các huyện, thành phố" through them).
import type { AgencyFormData } from "@/lib/agency-admin/actions";
import { agencyAdminText as t } from "@/lib/agency-admin/messages";
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "./FormParts";

type Props = {
  action: FormAction<AgencyFormData> | FormAction<undefined>;
  group?: { id: string; name: string; aliases: string[] };
};

export function GroupForm({ action, group }: Props) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action as FormAction<AgencyFormData>, {
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
        <div>
          <label htmlFor={`${p}-name`} className={labelClass}>
            {t.groupName}
          </label>
          <input
            {...fieldProps(state, "name", p)}
            type="text"
            required
            maxLength={200}
            defaultValue={group?.name}
            className={inputClass}
          />
          <FieldError state={state} name="name" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-aliases`} className={labelClass}>
            {t.aliases}
          </label>
          <textarea
            {...fieldProps(state, "aliases", p, true)}
            rows={Math.min(10, Math.max(3, (group?.aliases.length ?? 0) + 1))}
            defaultValue={group?.aliases.join("\n")}
            className={inputClass}
          />
          <Hint id={`${p}-aliases`}>{t.aliasesHint}</Hint>
          <FieldError state={state} name="aliases" prefix={p} />
        </div>
      </fieldset>
      <FormMessage state={state} testId={`${p}-message`} link={href ? { href, label: t.openGroup } : undefined} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t.saving : group ? t.save : t.newGroup}
      </button>
    </form>
  );
}
