// What an admin form gets back from its server action. Pure types and constants, shared by the agency and
// user admin forms, so client components can import it (the server-side helpers live in form-result.ts).

export type FormState<D = undefined> = {
  status: "idle" | "ok" | "error";
  /** the summary shown next to the submit button (aria-live) */
  message: string;
  /** messages per field name, e.g. { email: ["Email này đã được dùng…"] } */
  fieldErrors: Record<string, string[]>;
  data?: D;
};

export const idleState: FormState<never> = { status: "idle", message: "", fieldErrors: {} };
