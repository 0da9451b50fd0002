// Criterion codes ("3", "3.4", "3.4.1"): their depth gives the level, their prefix the parent.
import type { CriterionLevel } from "./types";

const LEVELS: readonly CriterionLevel[] = ["FIELD", "CRITERION", "SUBCRITERION"];

/** "3.4.1." / " 3.4.1 " → "3.4.1"; anything that is not 1–3 dot-separated numbers → null. */
export function normalizeCode(raw: string): string | null {
  const code = raw.trim().replace(/\.$/, "");
  if (!/^\d{1,2}(\.\d{1,2}){0,2}$/.test(code)) return null;
  return code
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

export const levelOf = (code: string): CriterionLevel => LEVELS[code.split(".").length - 1] ?? "SUBCRITERION";

export function parentCodeOf(code: string): string | null {
  const parts = code.split(".");
  return parts.length > 1 ? parts.slice(0, -1).join(".") : null;
}

/** Zero-padded so text order is numeric order: "3.4.1" → "003.004.001". */
export const sortKeyOf = (code: string): string =>
  code
    .split(".")
    .map((part) => part.padStart(3, "0"))
    .join(".");

export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) out.push(parent);
  return out;
}
