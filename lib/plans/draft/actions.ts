"use server";
// Server actions behind the "Lập kế hoạch khắc phục" page: FormData → the mutation's raw input; the
// mutations (lib/plans/draft/mutations.ts) make every check.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { answerForm, formFields } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import {
  addPlanDraftMeasure,
  createPlanDraft,
  publishPlanDraft,
  removePlanDraftMeasure,
  updatePlanDraftHead,
} from "./mutations";

export async function createPlanDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  const year = String(form.get("year") ?? "");
  const result = await createPlanDraft(await getCurrentUser(), { year });
  if (result.ok) redirect(`/tu-danh-gia/${year}/ke-hoach`);
  return answerForm(result, () => "");
}

export async function updatePlanDraftHeadAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(
    await updatePlanDraftHead(await getCurrentUser(), formFields(form)),
    () => "Đã lưu thông tin kế hoạch.",
  );
}

export async function addPlanDraftMeasureAction(_prev: FormState, form: FormData): Promise<FormState> {
  const fields = formFields(form, ["leadIds", "supportIds"]);
  return answerForm(await addPlanDraftMeasure(await getCurrentUser(), fields), () => "Đã thêm giải pháp.");
}

export async function removePlanDraftMeasureAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(await removePlanDraftMeasure(await getCurrentUser(), formFields(form)), () => "Đã bỏ giải pháp.");
}

export async function publishPlanDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(
    await publishPlanDraft(await getCurrentUser(), formFields(form)),
    (d) => `Đã ban hành kế hoạch; đã tạo ${d.tasks} nhiệm vụ cho các cơ quan.`,
  );
}
