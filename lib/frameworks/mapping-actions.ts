"use server";
// The mapping page's form: one code of the earlier year and the codes of the later year it goes to.
import { getCurrentUser } from "@/lib/auth/session";
import { answerForm, formFields } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { saveCriterionMapping } from "./mapping";

export async function saveCriterionMappingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return answerForm(
    await saveCriterionMapping(await getCurrentUser(), formFields(form)),
    (d) => `Đã lưu ánh xạ của mã ${d.fromCode}.`,
  );
}
