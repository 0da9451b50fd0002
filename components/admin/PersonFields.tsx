"use client";
// The fields a new account starts with, shared by Sở Nội vụ's user form and an agency head's staff form: the
// email (the sign-in name, only when creating) and the person's name.
import { Field } from "@/components/ui/form";
import type { FormState } from "@/lib/server/form-state";
import { userText as t } from "@/lib/users/messages";

type Props = { state: FormState<unknown>; prefix: string; withEmail: boolean; name?: string };

export function PersonFields({ state, prefix: p, withEmail, name }: Props) {
  return (
    <>
      {withEmail && (
        <Field state={state} name="email" prefix={p} label={t.email} hint={t.emailHint}>
          {(control) => <input {...control} type="email" autoComplete="off" required maxLength={254} />}
        </Field>
      )}
      <Field state={state} name="name" prefix={p} label={t.name}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" required maxLength={120} defaultValue={name} />
        )}
      </Field>
    </>
  );
}
