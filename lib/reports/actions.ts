"use server";
// Server actions behind the reporting forms: read the session, turn FormData into the mutation's input and
// call the same mutations the tests drive; the mutations make every check.
import { getCurrentUser } from "@/lib/auth/session";
import {
  addPeriod,
  approveReport,
  createCalendar,
  remindLateAgencies,
  reviewReport,
  saveReport,
  submitReport,
  updatePeriod,
} from "@/lib/reports/mutations";
import { REPORT_TEXT } from "@/lib/reports/strings";
import { answerForm } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import type { MutationResult } from "@/lib/server/mutation";

export type ReportFormState = FormState;

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A version conflict re-renders the page too, so the form shows the report as the other person left it. */
function toState<T>(result: MutationResult<T>, success: string | ((data: T) => string)): ReportFormState {
  return answerForm(result, typeof success === "string" ? () => success : success);
}

export async function createCalendarAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const result = await createCalendar(await getCurrentUser(), {
    planId: text(form, "planId"),
    year: text(form, "year"),
  });
  return toState(result, (d: { created: string[]; kept: string[] }) =>
    REPORT_TEXT.calendarCreated(d.created.length, d.kept.length),
  );
}

export async function addPeriodAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const result = await addPeriod(await getCurrentUser(), {
    planId: text(form, "planId"),
    key: text(form, "key") ?? "",
    startsOn: text(form, "startsOn"),
    endsOn: text(form, "endsOn"),
    dueOn: text(form, "dueOn"),
  });
  return toState(result, REPORT_TEXT.periodAdded);
}

export async function updatePeriodAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const result = await updatePeriod(await getCurrentUser(), {
    periodId: text(form, "periodId"),
    startsOn: text(form, "startsOn"),
    endsOn: text(form, "endsOn"),
    dueOn: text(form, "dueOn"),
    agencyIds: form.getAll("agencyIds").filter((v): v is string => typeof v === "string"),
  });
  return toState(result, REPORT_TEXT.periodSaved);
}

/** The report form's buttons: save the draft, or save and then approve / submit in one click. */
export async function saveReportAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const user = await getCurrentUser();
  const intent = text(form, "intent") ?? "save";
  const saved = await saveReport(user, {
    periodId: text(form, "periodId"),
    agencyId: text(form, "agencyId"),
    version: text(form, "version"),
    results: String(form.get("results") ?? ""),
    shortcomings: String(form.get("shortcomings") ?? ""),
    difficulties: String(form.get("difficulties") ?? ""),
    proposals: String(form.get("proposals") ?? ""),
  });
  if (!saved.ok || intent === "save") return toState(saved, REPORT_TEXT.saved);
  const next = { reportId: saved.data.reportId, version: saved.data.version };
  if (intent === "approve") return toState(await approveReport(user, next), REPORT_TEXT.approved);
  return toState(await submitReport(user, next), REPORT_TEXT.submitted);
}

export async function approveReportAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  return toState(
    await approveReport(await getCurrentUser(), { reportId: text(form, "reportId"), version: text(form, "version") }),
    REPORT_TEXT.approved,
  );
}

export async function submitReportAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  return toState(
    await submitReport(await getCurrentUser(), { reportId: text(form, "reportId"), version: text(form, "version") }),
    REPORT_TEXT.submitted,
  );
}

export async function reviewReportAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const decision = text(form, "decision");
  const result = await reviewReport(await getCurrentUser(), {
    reportId: text(form, "reportId"),
    version: text(form, "version"),
    decision,
    reason: text(form, "reason"),
  });
  return toState(result, decision === "RETURN" ? REPORT_TEXT.returned : REPORT_TEXT.accepted);
}

export async function remindLateAction(_p: ReportFormState, form: FormData): Promise<ReportFormState> {
  const result = await remindLateAgencies(await getCurrentUser(), { periodId: text(form, "periodId") });
  return toState(result, (d: { late: number }) => REPORT_TEXT.reminded(d.late));
}
