"use server";
// Server actions behind the agency and group admin forms: read the session, pass the form to the mutation
// (which does every check), refresh the page on success and answer with a form state.
import { getCurrentUser } from "@/lib/auth/session";
import { answerForm, formFields } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import { bulkCreateAgencies } from "./bulk-mutations";
import { createGroup, setAgencyGroups, setGroupMembers, updateGroup } from "./group-mutations";
import { adminAgencyMessages as m } from "./messages";
import { createAgency, setAgencyActive, updateAgency } from "./mutations";
import { setHeadApproval } from "./settings-mutations";

export type AgencyFormData = { href?: string };

export async function createAgencyAction(
  _prev: FormState<AgencyFormData>,
  form: FormData,
): Promise<FormState<AgencyFormData>> {
  const result = await createAgency(await getCurrentUser(), formFields(form));
  return answerForm(
    result,
    (d) => m.created(d.name),
    (d) => ({ href: `/quan-tri/co-quan/${d.agencyId}` }),
  );
}

export async function updateAgencyAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await updateAgency(await getCurrentUser(), formFields(form)), (d) => m.updated(d.name));
}

export async function setAgencyActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setAgencyActive(await getCurrentUser(), formFields(form));
  return answerForm(result, (d) => (d.active ? m.activated(d.name) : m.deactivated(d.name)));
}

export async function setAgencyGroupsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setAgencyGroups(await getCurrentUser(), formFields(form, ["groupIds"]));
  return answerForm(result, (d) => m.membersSaved(d.added, d.removed));
}

export async function createGroupAction(
  _prev: FormState<AgencyFormData>,
  form: FormData,
): Promise<FormState<AgencyFormData>> {
  const result = await createGroup(await getCurrentUser(), formFields(form));
  return answerForm(
    result,
    (d) => m.groupCreated(d.name),
    (d) => ({ href: `/quan-tri/nhom/${d.groupId}` }),
  );
}

export async function updateGroupAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await updateGroup(await getCurrentUser(), formFields(form)), (d) => m.groupUpdated(d.name));
}

export async function setGroupMembersAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setGroupMembers(await getCurrentUser(), formFields(form, ["agencyIds"]));
  return answerForm(result, (d) => m.membersSaved(d.added, d.removed));
}

export async function bulkCreateAgenciesAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await bulkCreateAgencies(await getCurrentUser(), formFields(form));
  return answerForm(result, (d) =>
    d.group
      ? `Đã thêm ${d.created} đơn vị vào nhóm «${d.group}»; nhiệm vụ của nhóm đã được giao cho các đơn vị mới.`
      : `Đã thêm ${d.created} đơn vị.`,
  );
}

/** Sở Nội vụ (agency admin) or the agency's own head turns the head's approval of staff's "hoàn thành" on or off. */
export async function setHeadApprovalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await setHeadApproval(await getCurrentUser(), formFields(form));
  return answerForm(result, (d) => (d.on ? APPROVAL_TEXT.turnedOn(d.name) : APPROVAL_TEXT.turnedOff(d.name)));
}
