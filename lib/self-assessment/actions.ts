"use server";
// Server actions behind the self-assessment forms: each reads the session, turns FormData into the
// mutation's raw input and calls the mutation, which does every check.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { realUploads } from "@/lib/evidence/prepare";
import type { FormState } from "@/lib/server/form-state";
import type { MutationResult } from "@/lib/server/mutation";
import {
  appraiseSelfScore,
  assignSelfScore,
  openSelfAssessment,
  saveSelfScoreWithFiles,
  submitSelfScore,
} from "./mutations";

const text = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};
const lines = (v: string): string[] =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function toState(result: MutationResult<unknown>, success: string): FormState {
  if (result.ok || result.code === "CONFLICT") refresh();
  if (result.ok) return { status: "ok", message: success, fieldErrors: {} };
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {} };
}

export async function openSelfAssessmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const year = text(form, "year");
  const result = await openSelfAssessment(await getCurrentUser(), { year });
  if (result.ok) redirect(`/tu-danh-gia/${result.data.year}`);
  return toState(result, "");
}

export async function assignSelfScoreAction(_prev: FormState, form: FormData): Promise<FormState> {
  const agencyId = text(form, "agencyId") || null;
  return toState(
    await assignSelfScore(await getCurrentUser(), { selfScoreId: text(form, "selfScoreId"), agencyId }),
    "Đã giao tiêu chí.",
  );
}

export async function saveSelfScoreAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const fields = {
    selfScoreId: text(form, "selfScoreId"),
    version: text(form, "version"),
    proposedPoints: text(form, "proposedPoints"),
    explanation: text(form, "explanation"),
    links: lines(text(form, "links")),
  };
  const saved = await saveSelfScoreWithFiles(user, fields, realUploads(form.getAll("files")));
  if (!saved.ok || text(form, "intent") !== "submit") return toState(saved, "Đã lưu điểm đề xuất.");
  // «Lưu và gửi»: the save bumped the version by one.
  const submitted = await submitSelfScore(user, {
    selfScoreId: fields.selfScoreId,
    version: Number(fields.version) + 1,
  });
  return toState(submitted, "Đã gửi Sở Nội vụ thẩm định.");
}

export async function appraiseSelfScoreAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = {
    selfScoreId: text(form, "selfScoreId"),
    version: text(form, "version"),
    decision: text(form, "decision"),
    acceptedPoints: text(form, "acceptedPoints"),
    comment: text(form, "comment"),
  };
  const result = await appraiseSelfScore(await getCurrentUser(), input);
  return toState(result, input.decision === "return" ? "Đã trả lại cơ quan." : "Đã thẩm định.");
}
