"use client";
import { Field, type FormAction, KitForm, useFormAction } from "@/components/ui/form";
import type { AgencyOption } from "@/lib/agency-admin/data";
// Sở Nội vụ creates a user (email, name, role, agency — required for agency roles) or edits one (name, role,
// agency; the email is the sign-in name and stays). A new user's temporary password is shown once.
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import type { PasswordFormData } from "@/lib/users/actions";
import { userText as t } from "@/lib/users/messages";
import { AgencyOptions } from "./AgencyOptions";
import { PersonFields } from "./PersonFields";
import { TemporaryPassword } from "./TemporaryPassword";

type Existing = { id: string; email: string; name: string; role: Role; agencyId: string | null };
type Props = {
  action: FormAction<PasswordFormData> | FormAction<undefined>;
  agencies: AgencyOption[];
  user?: Existing;
};

export function UserForm({ action, agencies, user }: Props) {
  const form = useFormAction(action as FormAction<PasswordFormData>, {
    resetOnSuccess: !user,
  });
  const { state, pending } = form;
  const p = user ? "edit-user" : "new-user";
  const created = state.status === "ok" ? state.data : undefined;
  return (
    <KitForm
      form={form}
      name={p}
      fieldsClassName="grid gap-4 sm:grid-cols-2"
      hidden={user && <input type="hidden" name="userId" value={user.id} />}
      link={created?.href ? { href: created.href, label: t.openUser } : undefined}
      afterMessage={created && <TemporaryPassword email={created.email} password={created.temporaryPassword} />}
      submit={pending ? (user ? t.saving : t.creating) : user ? t.save : t.create}
    >
      <PersonFields state={state} prefix={p} withEmail={!user} name={user?.name} />
      <Field state={state} name="role" prefix={p} label={t.role}>
        {(control) => (
          <select {...control} required defaultValue={user?.role ?? "AGENCY_STAFF"}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field state={state} name="agencyId" prefix={p} label={t.agency} hint={t.agencyHint}>
        {(control) => (
          <select {...control} defaultValue={user?.agencyId ?? ""}>
            <option value="">{t.noAgency}</option>
            <AgencyOptions agencies={agencies} />
          </select>
        )}
      </Field>
    </KitForm>
  );
}
