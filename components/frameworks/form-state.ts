// What the framework forms show after a submit: plain data the server actions return.
import type { MutationResult } from "@/lib/server/mutation";

export type FrameworkLineError = { line: number; code: string; message: string };

export type FrameworkFormState =
  | { kind: "idle" }
  | { kind: "error"; message: string; fieldErrors: Record<string, string[]>; lines: FrameworkLineError[] }
  | { kind: "saved"; year: number; created: boolean; criteria: number };

type Saved = { year: number; created: boolean; criteria: number };

export function toFrameworkState(result: MutationResult<Saved>): FrameworkFormState {
  if (result.ok)
    return { kind: "saved", year: result.data.year, created: result.data.created, criteria: result.data.criteria };
  const lines = (result.current as { errors?: FrameworkLineError[] } | undefined)?.errors ?? [];
  return { kind: "error", message: result.message, fieldErrors: result.fieldErrors ?? {}, lines };
}
