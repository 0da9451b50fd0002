"use server";
// Server actions behind the user (Sở Nội vụ) and staff (agency head) forms. The temporary password travels back
// once in the form state, to be shown once; it is never stored or logged.
import { getCurrentUser } from "@/lib/auth/session";
import { answerForm, formFields } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { userMessages as m } from "./messages";
import { createUser, resetUserPassword, setUserActive, updateUser } from "./mutations";
import { createStaff, resetStaffPassword, setStaffActive } from "./staff-mutations";

export type PasswordFormData = { email: string; temporaryPassword: string; href?: string };
type WithPassword = { userId: string; email: string; temporaryPassword: string };

const password = (d: WithPassword): PasswordFormData => ({ email: d.email, temporaryPassword: d.temporaryPassword });
const activity = (d: { email: string; active: boolean }) => (d.active ? m.activated(d.email) : m.deactivated(d.email));
/** A reset (by Sở Nội vụ or by the agency head) answers the new temporary password, once. */
const passwordReset = (result: Awaited<ReturnType<typeof resetUserPassword>>) =>
  answerForm(result, (d) => m.passwordReset(d.email), password);

export async function createUserAction(
  _prev: FormState<PasswordFormData>,
  form: FormData,
): Promise<FormState<PasswordFormData>> {
  const result = await createUser(await getCurrentUser(), formFields(form));
  return answerForm(
    result,
    (d) => m.created(d.email),
    (d) => ({ ...password(d), href: `/quan-tri/tai-khoan/${d.userId}` }),
  );
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await updateUser(await getCurrentUser(), formFields(form)), (d) => m.updated(d.email));
}

export async function resetUserPasswordAction(
  _prev: FormState<PasswordFormData>,
  form: FormData,
): Promise<FormState<PasswordFormData>> {
  return passwordReset(await resetUserPassword(await getCurrentUser(), formFields(form)));
}

export async function setUserActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await setUserActive(await getCurrentUser(), formFields(form)), activity);
}

/** The agency is the head's own, from the session; the role is always AGENCY_STAFF. The mutation re-checks both. */
export async function createStaffAction(
  _prev: FormState<PasswordFormData>,
  form: FormData,
): Promise<FormState<PasswordFormData>> {
  const user = await getCurrentUser();
  const input = { ...formFields(form), agencyId: user?.agencyId ?? "", role: "AGENCY_STAFF" };
  return answerForm(await createStaff(user, input), (d) => m.created(d.email), password);
}

export async function resetStaffPasswordAction(
  _prev: FormState<PasswordFormData>,
  form: FormData,
): Promise<FormState<PasswordFormData>> {
  return passwordReset(await resetStaffPassword(await getCurrentUser(), formFields(form)));
}

export async function setStaffActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await setStaffActive(await getCurrentUser(), formFields(form)), activity);
}
