// Arithmetic and consistency checks on the appendix. They warn, never reject: published documents do
// contain slips (Lâm Đồng 2021: 3.4 loses 0,05 while its listed sub-criteria lose 0,064) and the
// province still needs the plan imported; Home Affairs reviews the warnings.
import Decimal from "decimal.js";
import { ancestorsOf } from "@/lib/criteria/codes";
import { foldKey } from "@/lib/text/vietnamese";
import { warningMessages } from "./messages";
import { canonicalDecimal } from "./numbers";
import type { PlanMeta, PlanTotals, PreviewCriterion, PreviewWarning } from "./types";

export function checkCriteria(criteria: PreviewCriterion[]): PreviewWarning[] {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const seenTitles = new Map<string, string>();
  const warnings: PreviewWarning[] = [];
  for (const c of criteria) {
    const push = (code: PreviewWarning["code"], message: string) =>
      warnings.push({ code, criterionCode: c.code, message });
    const expected = new Decimal(c.standard).minus(c.assessed);
    if (!expected.equals(c.lost)) {
      push(
        "LOST_MISMATCH",
        warningMessages.lostMismatch(c.code, c.standard, c.assessed, c.lost, canonicalDecimal(expected)),
      );
    }
    if (new Decimal(c.assessed).greaterThan(c.standard)) {
      push("ASSESSED_OVER_STANDARD", warningMessages.assessedOverStandard(c.code, c.assessed, c.standard));
    }
    if (c.parentCode && !byCode.has(c.parentCode)) {
      push("PARENT_MISSING", warningMessages.parentMissing(c.code, c.parentCode));
    }
    const children = criteria.filter((k) => k.parentCode === c.code);
    const childrenLost = sumOf(children.map((k) => k.lost));
    // The appendix lists only criteria that lost points, so listed children must account for all of it.
    if (children.length > 0 && !childrenLost.equals(c.lost)) {
      const codes = children.map((k) => k.code);
      const message = warningMessages.childrenSumMismatch(c.code, c.lost, codes, canonicalDecimal(childrenLost));
      push("CHILDREN_SUM_MISMATCH", message);
    }
    const titleKey = foldKey(c.title);
    const first = seenTitles.get(titleKey);
    if (titleKey && first) push("DUPLICATE_TITLE", warningMessages.duplicateTitle(c.code, c.title, first));
    else if (titleKey) seenTitles.set(titleKey, c.code);
  }
  return warnings;
}

/** lost = Σ lost of the top rows (the fields, when listed); score = maxPoints − lost. */
export function computeTotals(
  criteria: PreviewCriterion[],
  meta: PlanMeta,
  maxPoints: string,
): { totals: PlanTotals; warnings: PreviewWarning[] } {
  const listed = new Set(criteria.map((c) => c.code));
  const tops = criteria.filter((c) => !ancestorsOf(c.code).some((a) => listed.has(a)));
  const lost = sumOf(tops.map((c) => c.lost));
  const score = new Decimal(maxPoints).minus(lost);
  const totals = {
    maxPoints: canonicalDecimal(maxPoints),
    lost: canonicalDecimal(lost),
    score: canonicalDecimal(score),
  };
  const warnings: PreviewWarning[] = [];
  if (meta.score !== null && !score.equals(meta.score)) {
    const message = warningMessages.scoreMismatch(totals.maxPoints, totals.lost, totals.score, meta.score);
    warnings.push({ code: "SCORE_MISMATCH", criterionCode: null, message });
  }
  return { totals, warnings };
}

const sumOf = (values: string[]): Decimal => values.reduce((acc, v) => acc.plus(v), new Decimal(0));
