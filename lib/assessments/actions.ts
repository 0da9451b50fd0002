"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { formFields, toFormState } from "@/lib/users/form-result";
import type { FormState } from "@/lib/users/form-state";
import { savePeerScoresMutation } from "./mutations";

export async function savePeerScoresAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await savePeerScoresMutation(await getCurrentUser(), formFields(form));
  if (result.ok) refresh();
  const saved = result.ok ? result.data.saved : 0;
  return toFormState(result, `Đã lưu điểm của ${saved} tỉnh, thành phố.`);
}
