// What a self-assessment form gets back from its server action (pure, for client components).
export type SelfFormState = { status: "idle" | "ok" | "error"; message: string; fieldErrors: Record<string, string[]>; at?: number };
export const idleSelfState: SelfFormState = { status: "idle", message: "", fieldErrors: {} };
