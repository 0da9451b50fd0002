// Criterion codes ("3", "3.4", "3.4.1"): their depth gives the level, their prefix the parent. The one module
// for code arithmetic, pure so the importer, the dashboard, the task board and the tests share it.

/** Mirrors the Prisma enum CriterionLevel. */
export type CriterionLevel = "FIELD" | "CRITERION" | "SUBCRITERION";

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

/** "6.1.2" → "6.1"; a field has no parent. */
export function parentCodeOf(code: string): string | null {
  const parts = code.split(".");
  return parts.length > 1 ? parts.slice(0, -1).join(".") : null;
}

/** Zero-padded so text order is numeric order: "3.4.1" → "003.004.001" (stored as Criterion.sortKey). */
export const sortKeyOf = (code: string): string =>
  code
    .split(".")
    .map((part) => part.padStart(3, "0"))
    .join(".");

/** A code's numeric parts ("3.10" → [3, 10]), for comparing many codes with compareCodeParts. */
export const codeParts = (code: string): number[] => code.split(".").map(Number);

/** compareCodes on parts already split (a sort splits each code once, not at every comparison). */
export function compareCodeParts(pa: readonly number[], pb: readonly number[]): number {
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** "3.10" after "3.9", a parent before its children: codes compare numerically part by part. */
export function compareCodes(a: string, b: string): number {
  return compareCodeParts(codeParts(a), codeParts(b));
}

/** "6.1.2" → ["6.1", "6"], nearest first. */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) out.push(parent);
  return out;
}

/** "6.1.2" → ["6.1.2", "6.1", "6"]. */
export function selfAndAncestors(code: string): string[] {
  return [code, ...ancestorsOf(code)];
}

/** "6.1.2" → "6". */
export function fieldCodeOf(code: string): string {
  return code.split(".")[0] ?? code;
}
