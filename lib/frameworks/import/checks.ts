// The framework's arithmetic and structure: one line per code, every parent present, children adding up to
// their parent's maximum, and a survey-scored parent's children scored the same way (a blank inherits it).
import Decimal from "decimal.js";
import { sortKeyOf } from "@/lib/criteria/codes";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { frameworkMessages as m } from "./messages";
import type { ReadCriterion } from "./parse";
import type { FrameworkError, FrameworkRow } from "./types";

/** failedCodes: rows already reported as unreadable; their parents and children are not blamed again. */
export function checkFramework(
  read: ReadCriterion[],
  failedCodes: ReadonlySet<string> = new Set(),
): { criteria: FrameworkRow[]; errors: FrameworkError[] } {
  const errors: FrameworkError[] = [];
  const byCode = new Map<string, ReadCriterion>();
  for (const r of read) {
    const first = byCode.get(r.criterion.code);
    if (first)
      errors.push({
        line: r.criterion.line,
        code: "DUPLICATE_CODE",
        message: m.duplicate(r.criterion.code, first.criterion.line),
      });
    else byCode.set(r.criterion.code, r);
  }
  // Parents before children, so a blank survey cell can inherit the parent's (already settled) value.
  const unique = [...byCode.values()].sort((a, b) =>
    sortKeyOf(a.criterion.code) < sortKeyOf(b.criterion.code) ? -1 : 1,
  );
  for (const { criterion: c, surveyGiven } of unique) {
    const parent = c.parentCode ? byCode.get(c.parentCode)?.criterion : undefined;
    if (c.parentCode && !parent) {
      if (failedCodes.has(c.parentCode)) continue;
      errors.push({ line: c.line, code: "PARENT_MISSING", message: m.parentMissing(c.code, c.parentCode) });
      continue;
    }
    if (parent?.survey && !surveyGiven) c.survey = true;
    else if (parent?.survey && !c.survey) {
      errors.push({ line: c.line, code: "SURVEY_MISMATCH", message: m.surveyParent(c.code, parent.code) });
    }
  }
  for (const { criterion: c } of unique) {
    const children = unique.map((r) => r.criterion).filter((k) => k.parentCode === c.code);
    if (
      children.length === 0 ||
      [...failedCodes].some((f) => f.startsWith(`${c.code}.`) && f.split(".").length === c.code.split(".").length + 1)
    )
      continue;
    const sum = children.reduce((acc, k) => acc.plus(k.maxPoints), new Decimal(0));
    if (!sum.equals(c.maxPoints)) {
      const message = m.childrenSum(
        c.code,
        c.maxPoints,
        children.map((k) => k.code),
        canonicalDecimal(sum),
      );
      errors.push({ line: c.line, code: "CHILDREN_SUM_MISMATCH", message });
    }
  }
  return { criteria: unique.map((r) => r.criterion), errors };
}
