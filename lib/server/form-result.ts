import "server-only";
// How mutation results become form states, and how a refusal that only the database can detect (a duplicate
// email, an alias that is another agency's name) is tied to its field through MutationError's fieldErrors.
import { refresh } from "next/cache";
import type { FormState } from "@/lib/server/form-state";
import { MESSAGES, MutationError, type MutationResult } from "@/lib/server/mutation";

/** The summary is the wrapper's generic INVALID message; the specific one is shown once, by its field. */
export function invalidFields(fieldErrors: Record<string, string[]>): MutationError {
  return new MutationError("INVALID", MESSAGES.INVALID, undefined, fieldErrors);
}

export function resultFieldErrors(result: MutationResult<unknown>): Record<string, string[]> {
  if (result.ok) return {};
  const out: Record<string, string[]> = {};
  // "aliases.2" (one bad line of a list) is shown by the list's own field.
  for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
    const field = key.split(".")[0] ?? key;
    out[field] = [...(out[field] ?? []), ...messages];
  }
  return out;
}

export function toFormState<T, D = undefined>(
  result: MutationResult<T>,
  success: string,
  data?: (value: T) => D,
): FormState<D> {
  if (result.ok) return { status: "ok", message: success, fieldErrors: {}, data: data?.(result.data) };
  return { status: "error", message: result.message, fieldErrors: resultFieldErrors(result) };
}

/** A server action's answer: on success the page re-renders with the new data (refresh) and says `success`. */
export function answerForm<T, D>(
  result: MutationResult<T>,
  success: (data: T) => string,
  data?: (value: T) => D,
): FormState<D> {
  if (result.ok) refresh();
  return toFormState(result, result.ok ? success(result.data) : "", data);
}

/** FormData → the mutation's raw input: one string per field, lists (checkbox groups) as arrays. */
export function formFields(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(lists.map((name) => [name, [] as string[]]));
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (lists.includes(key)) (out[key] as string[]).push(value);
    else out[key] = value;
  }
  return out;
}
