// What every form gets back from its server action. Pure types and constants so client components can import
// them; the server-side helpers that build a state from a mutation result live in lib/server/form-result.ts.
// A form that needs more (the task forms' conflict state) extends this type rather than defining its own.

export type FormState<D = undefined> = {
  status: "idle" | "ok" | "error";
  /** the summary shown next to the submit button (aria-live) */
  message: string;
  /** messages per field name, e.g. { email: ["Email này đã được dùng…"] } */
  fieldErrors: Record<string, string[]>;
  data?: D;
};

export const idleState: FormState<never> = { status: "idle", message: "", fieldErrors: {} };
