"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { restructuringText as t } from "@/lib/restructuring/messages";
import { type FormState, idleState } from "@/lib/server/form-state";

type Props = { eventId: string; action: (prev: FormState, form: FormData) => Promise<FormState> };

/** Undo the newest event; a refusal (something happened since) says why, next to the button. */
export function UndoButton({ eventId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <input type="hidden" name="eventId" value={eventId} />
      <Button variant="secondary" disabled={pending}>
        {pending ? t.undoing : t.undo}
      </Button>
      <p
        aria-live="polite"
        className={`mt-1 text-xs ${state.status === "error" ? "text-brand-700" : "text-green-800"}`}
      >
        {state.message}
      </p>
    </form>
  );
}
