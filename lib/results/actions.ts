"use server";
// The published-result form: values arrive as fields "v:<code>"; the mutation checks everything.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/server/form-state";
import { enterPublishedResult } from "./mutations";

export async function enterPublishedResultAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (key.startsWith("v:") && typeof value === "string") values[key.slice(2)] = value;
  const text = (name: string) => String(form.get(name) ?? "");
  const year = text("year");
  const result = await enterPublishedResult(await getCurrentUser(), {
    year,
    mode: text("mode"),
    totalScore: text("totalScore"),
    rank: text("rank"),
    values,
  });
  if (result.ok) redirect(`/tu-danh-gia/${year}/so-sanh`);
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {} };
}
