"use server";
// The apply button of the merger preview: the form's merger fields and one choice per open task
// ("task:<id>" = carry | close, "reason:<id>") go to the one mutation; success opens the page on the result.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/server/form-state";
import { applyProvinceMerger } from "./mutations";

const PAGE = "/quan-tri-quoc-gia/sap-nhap-tinh";

export async function applyMergerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const text = (name: string) => String(form.get(name) ?? "");
  const decisions: Record<string, { action: string; reason: string }> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("task:")) continue;
    const id = key.slice("task:".length);
    decisions[id] = { action: String(value), reason: text(`reason:${id}`) };
  }
  const result = await applyProvinceMerger(user, {
    merger: {
      predecessorIds: form.getAll("predecessorIds").map(String),
      successorId: text("successorId"),
      newSuccessorName: text("newSuccessorName"),
      effectiveOn: text("effectiveOn"),
      decision: text("decision"),
    },
    decisions,
  });
  if (result.ok) redirect(`${PAGE}?da-ap-dung=${encodeURIComponent(result.data.mergerId)}`);
  return { status: "error", message: result.message, fieldErrors: formFieldErrors(result.fieldErrors ?? {}) };
}

/** "merger.decision" → "decision"; "decisions.<id>.reason" → "reason:<id>" (the names of the form's fields). */
function formFieldErrors(errors: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    const parts = key.split(".");
    const name =
      parts[0] === "merger"
        ? (parts[1] ?? "_")
        : parts[0] === "decisions" && parts[1]
          ? `${parts[2] === "reason" ? "reason" : "task"}:${parts[1]}`
          : (parts[0] ?? "_");
    out[name] = [...(out[name] ?? []), ...messages];
  }
  return out;
}
