"use client";
// The fields a new account starts with, shared by Sở Nội vụ's user form and an agency head's staff form: the
// email (the sign-in name, only when creating) and the person's name.
import { inputClass, labelClass } from "@/components/ui/styles";
import type { FormState } from "@/lib/server/form-state";
import { userText as t } from "@/lib/users/messages";
import { FieldError, fieldProps, Hint } from "./FormParts";

type Props = { state: FormState<unknown>; prefix: string; withEmail: boolean; name?: string };

export function PersonFields({ state, prefix: p, withEmail, name }: Props) {
  return (
    <>
      {withEmail && (
        <div>
          <label htmlFor={`${p}-email`} className={labelClass}>
            {t.email}
          </label>
          <input
            {...fieldProps(state, "email", p, true)}
            type="email"
            autoComplete="off"
            required
            maxLength={254}
            className={inputClass}
          />
          <Hint id={`${p}-email`}>{t.emailHint}</Hint>
          <FieldError state={state} name="email" prefix={p} />
        </div>
      )}
      <div>
        <label htmlFor={`${p}-name`} className={labelClass}>
          {t.name}
        </label>
        <input
          {...fieldProps(state, "name", p)}
          type="text"
          autoComplete="off"
          required
          maxLength={120}
          defaultValue={name}
          className={inputClass}
        />
        <FieldError state={state} name="name" prefix={p} />
      </div>
    </>
  );
}
