"use server";

import { revalidatePath } from "next/cache";
import { type FrameworkFormState, toFrameworkState } from "@/components/frameworks/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { editFrameworkMutation, importFrameworkMutation } from "@/lib/frameworks/mutations";

export async function importFrameworkAction(_prev: FrameworkFormState, form: FormData): Promise<FrameworkFormState> {
  const user = await getCurrentUser();
  const file = form.get("file");
  const input = {
    year: String(form.get("year") ?? ""),
    decisionNumber: String(form.get("decisionNumber") ?? ""),
    fileName: file instanceof File ? file.name : "",
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
  };
  const result = await importFrameworkMutation(user, input);
  if (result.ok) revalidatePath("/bo-chi-so", "layout");
  return toFrameworkState(result);
}

export async function editFrameworkAction(_prev: FrameworkFormState, form: FormData): Promise<FrameworkFormState> {
  const user = await getCurrentUser();
  let payload: unknown = null;
  try {
    payload = JSON.parse(String(form.get("payload") ?? "null"));
  } catch {
    payload = null;
  }
  const result = await editFrameworkMutation(user, payload);
  if (result.ok) revalidatePath("/bo-chi-so", "layout");
  return toFrameworkState(result);
}
