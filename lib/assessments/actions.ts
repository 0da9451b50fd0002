"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { answerForm, formFields } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { savePeerScoresMutation } from "./mutations";

export async function savePeerScoresAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await savePeerScoresMutation(await getCurrentUser(), formFields(form));
  return answerForm(result, ({ saved }) => `Đã lưu điểm của ${saved} tỉnh, thành phố.`);
}
