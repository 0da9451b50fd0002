"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { TaskFormMessage } from "@/components/tasks/TaskFormMessage";
import { Button, buttonClass } from "@/components/ui/Button";
import { FieldError, fieldProps, Hint } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { EVIDENCE_ACCEPT, EVIDENCE_ERRORS, EVIDENCE_LIMITS, extensionOf } from "@/lib/evidence/rules";
import { idleState } from "@/lib/server/form-state";
import { saveTaskUpdateAction, type TaskFormState } from "@/lib/tasks/actions";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import { FORM_TEXT, STATUS_ACTION_LABELS, STATUS_LABELS, TASK_ERRORS } from "@/lib/tasks/strings";

type Props = {
  taskId: string;
  version: number;
  mode: "status" | "comment" | "locked";
  status: TaskStatusValue;
  progress: number;
  nextStatuses: TaskStatusValue[];
  lockedMessage?: string;
  /** the "Hoàn thành" option's words when it goes to the agency head first (lib/tasks/head-approval.ts) */
  submitLabel?: string;
  /** Set when the caller updates for the lead agency: a required confirmation, sent as onBehalf=1. */
  onBehalfOf?: string;
};

const INITIAL: TaskFormState = idleState;

/** The same checks the server makes, so a wrong file is caught before a long upload. */
function checkFiles(files: File[]): string | null {
  if (files.length > EVIDENCE_LIMITS.maxFiles) return EVIDENCE_ERRORS.tooMany;
  for (const file of files) {
    if (!extensionOf(file.name)) return EVIDENCE_ERRORS.extension(file.name);
    if (file.size > EVIDENCE_LIMITS.maxFileBytes) return EVIDENCE_ERRORS.tooLarge(file.name);
  }
  return null;
}

/**
 * Controlled fields, and a submit that does not reset the form: after a refusal or a conflict everything the
 * user typed or picked (files included) is still there; only a success clears them.
 */
function useUpdateFields(state: TaskFormState) {
  const [choice, setChoice] = useState<TaskStatusValue | "">("");
  const [progress, setProgress] = useState<string | null>(null); // null = untouched: show the task's
  const [note, setNote] = useState("");
  const [links, setLinks] = useState("");
  const files = useRef<HTMLInputElement>(null);
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "ok" || handled.current === state.at) return;
    handled.current = state.at;
    setChoice("");
    setProgress(null);
    setNote("");
    setLinks("");
    if (files.current) files.current.value = "";
  }, [state]);
  return { choice, setChoice, progress, setProgress, note, setNote, links, setLinks, files };
}

/**
 * The server action, but a failed request (connection lost, upload cut off) becomes a message in the form
 * instead of the error page, so the note and the picked files survive for another try.
 */
async function saveOrExplain(previous: TaskFormState, data: FormData): Promise<TaskFormState> {
  try {
    return await saveTaskUpdateAction(previous, data);
  } catch {
    return { status: "error", message: FORM_TEXT.requestFailed, fieldErrors: {}, at: Date.now() };
  }
}

export function TaskUpdateForm(props: Props) {
  const [state, formAction, pending] = useActionState(saveOrExplain, INITIAL);
  const { choice, setChoice, progress, setProgress, note, setNote, links, setLinks, files } = useUpdateFields(state);
  const [fileError, setFileError] = useState<string | null>(null);

  const status = props.nextStatuses.includes(choice as TaskStatusValue) ? choice : "";
  const target = status || props.status;
  const progressEditable = props.mode === "status" && (target === "IN_PROGRESS" || target === "RETURNED");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = checkFiles(Array.from(files.current?.files ?? []));
    setFileError(problem);
    if (problem) return;
    const data = new FormData(event.currentTarget);
    if (!files.current?.files?.length) data.delete("files"); // no empty placeholder part
    startTransition(() => formAction(data));
  }

  const shown: TaskFormState = fileError
    ? { ...state, fieldErrors: { ...state.fieldErrors, files: [fileError] } }
    : state;
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      aria-label={props.mode === "status" ? FORM_TEXT.updateTitle : FORM_TEXT.commentTitle}
      data-testid="task-update-form"
    >
      <input type="hidden" name="taskId" value={props.taskId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="intent" value={props.mode === "status" ? "status" : "comment"} />
      {props.mode === "locked" && (
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700">{props.lockedMessage}</p>
      )}
      <fieldset disabled={props.mode === "locked" || pending} className="space-y-4">
        {props.onBehalfOf && (
          <div>
            <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                name="onBehalf"
                value="1"
                required
                className="mt-1"
                aria-describedby="onBehalf-error"
              />
              {FORM_TEXT.onBehalfConfirm(props.onBehalfOf)}
            </label>
            <FieldError state={shown} name="onBehalf" />
          </div>
        )}
        {props.mode === "status" && (
          <StatusFields
            state={shown}
            current={props}
            choice={status}
            onChoice={setChoice}
            progress={target === "SUBMITTED" ? "100" : (progress ?? String(props.progress))}
            onProgress={setProgress}
            progressEditable={progressEditable}
          />
        )}
        <div>
          <label htmlFor="note" className="block text-sm font-medium text-slate-800">
            {FORM_TEXT.note}
          </label>
          <textarea
            {...fieldProps(shown, "note", { hint: true })}
            rows={4}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClass}
          />
          <Hint field="note">{props.status === "ACCEPTED" ? FORM_TEXT.noteHintReopen : FORM_TEXT.noteHint}</Hint>
          <FieldError state={shown} name="note" />
        </div>
        <EvidenceFields state={shown} files={files} links={links} onLinks={setLinks} />
        <TaskFormMessage state={fileError ? INITIAL : state} testId="task-update-message" />
        <Button>
          {pending ? FORM_TEXT.pending : props.mode === "status" ? FORM_TEXT.submit : FORM_TEXT.submitComment}
        </Button>
      </fieldset>
    </form>
  );
}

type StatusFieldsProps = {
  state: TaskFormState;
  current: Pick<Props, "status" | "nextStatuses" | "submitLabel">;
  choice: TaskStatusValue | "";
  onChoice: (value: TaskStatusValue | "") => void;
  progress: string;
  onProgress: (value: string) => void;
  progressEditable: boolean;
};

function StatusFields({ state, current, choice, onChoice, progress, onProgress, progressEditable }: StatusFieldsProps) {
  return (
    <>
      <div>
        <label htmlFor="status" className="block text-sm font-medium text-slate-800">
          {FORM_TEXT.newStatus}
        </label>
        <select
          {...fieldProps(state, "status")}
          value={choice}
          onChange={(e) => onChoice(e.target.value as TaskStatusValue | "")}
          className={inputClass}
        >
          <option value="">{FORM_TEXT.keepStatus(STATUS_LABELS[current.status])}</option>
          {current.nextStatuses.map((s) => (
            <option key={s} value={s}>
              {current.status === "SUBMITTED" && s === "IN_PROGRESS"
                ? FORM_TEXT.withdraw
                : s === "SUBMITTED" && current.submitLabel
                  ? current.submitLabel
                  : STATUS_ACTION_LABELS[s]}
            </option>
          ))}
        </select>
        <FieldError state={state} name="status" />
      </div>
      <div>
        <label htmlFor="progress" className="block text-sm font-medium text-slate-800">
          {FORM_TEXT.progress}
        </label>
        <input
          {...fieldProps(state, "progress", { hint: true })}
          // Text, not type="number": a number field silently drops letters ("bốn mươi" would arrive empty) and
          // answers 150 or 40,5 with the browser's own English pop-up; the server checks and explains instead.
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={progress}
          onChange={(e) => onProgress(e.target.value)}
          readOnly={!progressEditable}
          className={`${inputClass} max-w-32 read-only:bg-slate-100`}
        />
        <Hint field="progress">{FORM_TEXT.progressHint}</Hint>
        <FieldError state={state} name="progress" />
      </div>
    </>
  );
}

type EvidenceFieldsProps = {
  state: TaskFormState;
  files: React.RefObject<HTMLInputElement | null>;
  links: string;
  onLinks: (value: string) => void;
};

function EvidenceFields({ state, files, links, onLinks }: EvidenceFieldsProps) {
  const linkErrors = Object.entries(state.fieldErrors ?? {}).filter(([key]) => key.startsWith("links."));
  return (
    <>
      <FilePicker state={state} files={files} />
      <div>
        <label htmlFor="links" className="block text-sm font-medium text-slate-800">
          {FORM_TEXT.links}
        </label>
        <textarea
          {...fieldProps(state, "links", { hint: true })}
          rows={2}
          value={links}
          onChange={(e) => onLinks(e.target.value)}
          placeholder="https://"
          className={inputClass}
        />
        <Hint field="links">{FORM_TEXT.linksHint}</Hint>
        <FieldError state={state} name="links" />
        {linkErrors.map(([key, errors]) => (
          <p key={key} className="text-sm text-brand-700">
            {errors[0] ?? TASK_ERRORS.link}
          </p>
        ))}
      </div>
    </>
  );
}

/**
 * The native input stays (keyboard, screen readers, drag and drop) but visually hidden behind a Vietnamese
 * button, because the browser's own "Choose Files" follows the browser's language; the picked names are listed.
 */
function FilePicker({ state, files }: { state: TaskFormState; files: React.RefObject<HTMLInputElement | null> }) {
  const [picked, setPicked] = useState<string[]>([]);
  useEffect(() => {
    if (state.status === "ok") setPicked([]);
  }, [state]);
  return (
    <div>
      <span className="block text-sm font-medium text-slate-800" id="files-label">
        {FORM_TEXT.files}
      </span>
      <input
        {...fieldProps(state, "files", { hint: true })}
        ref={files}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        aria-labelledby="files-label"
        onChange={(e) => setPicked(Array.from(e.target.files ?? []).map((f) => f.name))}
        className="peer sr-only"
      />
      <label
        htmlFor="files"
        className={buttonClass(
          "secondary",
          "md",
          "mt-1 inline-block cursor-pointer peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-blue-700",
        )}
      >
        {FORM_TEXT.chooseFiles}
      </label>
      <p className="mt-1 text-sm text-slate-700" aria-live="polite" data-testid="picked-files">
        {picked.length === 0 ? FORM_TEXT.noFiles : picked.join("; ")}
      </p>
      <Hint field="files">{FORM_TEXT.filesHint}</Hint>
      <FieldError state={state} name="files" />
    </div>
  );
}
