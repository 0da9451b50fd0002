"use server";
// Server actions behind the restructuring page: preview and apply one event (the form sends the event as JSON),
// undo, and a batch file (dry run or apply). Every check is the mutation's or the loader's.
import { getCurrentUser } from "@/lib/auth/session";
import { answerForm } from "@/lib/server/form-result";
import type { FormState } from "@/lib/server/form-state";
import { fieldErrors, MESSAGES } from "@/lib/server/mutation";
import { loadBatchPreview, loadRestructuringPreview } from "./data";
import { readBatchFile } from "./file";
import { restructuringMessages as m, restructuringText as t } from "./messages";
import { applyRestructuring, applyRestructuringBatch, undoRestructuringEvent } from "./mutations";
import { eventSchema } from "./schema";
import { type PreviewView, toPreviewView } from "./view";

function eventJson(form: FormData): unknown {
  try {
    return JSON.parse(String(form.get("event") ?? "{}"));
  } catch {
    return {};
  }
}

export async function previewRestructuringAction(
  _prev: FormState<PreviewView>,
  form: FormData,
): Promise<FormState<PreviewView>> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: MESSAGES.UNAUTHENTICATED, fieldErrors: {} };
  const parsed = eventSchema.safeParse(eventJson(form));
  if (!parsed.success) return { status: "error", message: MESSAGES.INVALID, fieldErrors: fieldErrors(parsed.error) };
  const loaded = await loadRestructuringPreview(user, parsed.data);
  if (loaded.status !== "ok") return { status: "error", message: MESSAGES.FORBIDDEN, fieldErrors: {} };
  const view = await toPreviewView(loaded.data);
  return { status: view.errors.length ? "error" : "ok", message: view.errors.join(" "), fieldErrors: {}, data: view };
}

export async function applyRestructuringAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await applyRestructuring(await getCurrentUser(), eventJson(form));
  return answerForm(result, (d) => m.applied(d.counts.tasksMoved));
}

export async function undoRestructuringAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await undoRestructuringEvent(await getCurrentUser(), { eventId: String(form.get("eventId") ?? "") });
  return answerForm(result, () => m.undone);
}

export type BatchView = { errors: string[]; lines: string[] };

export async function batchRestructuringAction(
  _prev: FormState<BatchView>,
  form: FormData,
): Promise<FormState<BatchView>> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: MESSAGES.UNAUTHENTICATED, fieldErrors: {} };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { status: "error", message: m.noFile, fieldErrors: { file: [m.noFile] } };
  if (file.size > 2 * 1024 * 1024)
    return { status: "error", message: m.fileTooLarge, fieldErrors: { file: [m.fileTooLarge] } };
  if (!/\.(csv|xlsx)$/i.test(file.name))
    return { status: "error", message: m.badFileType, fieldErrors: { file: [m.badFileType] } };
  const lines = await readBatchFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (form.get("mode") === "apply") {
    const result = await applyRestructuringBatch(user, { lines });
    if (!result.ok)
      return {
        status: "error",
        message: t.batchRefused,
        fieldErrors: {},
        data: { errors: result.fieldErrors?.file ?? [result.message], lines: [] },
      };
    return answerForm(
      result,
      (d) => t.batchApplied(d.events.length, d.counts.tasksMoved),
      (d) => ({
        errors: [],
        lines: d.events.map(
          (e) => `Dòng ${e.line}: ${e.from.join("; ")} → ${e.to.join("; ") || "—"} (${e.counts.tasksMoved} nhiệm vụ)`,
        ),
      }),
    );
  }
  const loaded = await loadBatchPreview(user, lines);
  if (loaded.status !== "ok") return { status: "error", message: MESSAGES.FORBIDDEN, fieldErrors: {} };
  const r = loaded.data;
  const lineText = r.events.map(
    (e) => `Dòng ${e.line}: ${e.from.join("; ")} → ${e.to.join("; ") || "—"} (${e.counts.tasksMoved} nhiệm vụ)`,
  );
  if (r.errors.length > 0)
    return { status: "error", message: t.batchRefused, fieldErrors: {}, data: { errors: r.errors, lines: lineText } };
  const c = r.counts;
  return {
    status: "ok",
    message: t.batchDry(r.events.length, c.tasksMoved, c.usersMoved, c.reportsMoved),
    fieldErrors: {},
    data: { errors: [], lines: lineText },
  };
}
