"use client";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import type { AgencyOption } from "@/lib/agency-admin/data";
// Sở Nội vụ creates a user (email, name, role, agency — required for agency roles) or edits one (name, role,
// agency; the email is the sign-in name and stays). A new user's temporary password is shown once.
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { AgencyOptions } from "./AgencyOptions";
import { FieldError, type FormAction, FormMessage, fieldProps, Hint, useAdminForm } from "./FormParts";
import { PersonFields } from "./PersonFields";
import { TemporaryPassword } from "./TemporaryPassword";

type Existing = { id: string; email: string; name: string; role: Role; agencyId: string | null };
type Props = {
  action: FormAction<PasswordFormData> | FormAction<undefined>;
  agencies: AgencyOption[];
  user?: Existing;
};

export function UserForm({ action, agencies, user }: Props) {
  const { state, formRef, onSubmit, pending, formAction } = useAdminForm(action as FormAction<PasswordFormData>, {
    resetOnSuccess: !user,
  });
  const p = user ? "edit-user" : "new-user";
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid={`${p}-form`}
    >
      {user && <input type="hidden" name="userId" value={user.id} />}
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <PersonFields state={state} prefix={p} withEmail={!user} name={user?.name} />
        <div>
          <label htmlFor={`${p}-role`} className={labelClass}>
            {t.role}
          </label>
          <select
            {...fieldProps(state, "role", p)}
            required
            defaultValue={user?.role ?? "AGENCY_STAFF"}
            className={inputClass}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="role" prefix={p} />
        </div>
        <div>
          <label htmlFor={`${p}-agencyId`} className={labelClass}>
            {t.agency}
          </label>
          <select
            {...fieldProps(state, "agencyId", p, true)}
            defaultValue={user?.agencyId ?? ""}
            className={inputClass}
          >
            <option value="">{t.noAgency}</option>
            <AgencyOptions agencies={agencies} />
          </select>
          <Hint id={`${p}-agencyId`}>{t.agencyHint}</Hint>
          <FieldError state={state} name="agencyId" prefix={p} />
        </div>
      </fieldset>
      <FormMessage
        state={state}
        testId={`${p}-message`}
        link={created?.href ? { href: created.href, label: t.openUser } : undefined}
      />
      {created && <TemporaryPassword email={created.email} password={created.temporaryPassword} />}
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? (user ? t.saving : t.creating) : user ? t.save : t.create}
      </button>
    </form>
  );
}
