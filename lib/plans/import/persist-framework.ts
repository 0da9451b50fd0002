// The national framework of one index year and its criteria tree. Several provinces' plans feed the same
// framework, so an import adds what is missing and never rewrites what another import stored: a title or a
// standard that differs is reported instead.
import Decimal from "decimal.js";
import type { Tx } from "@/lib/db";
import { levelOf, sortKeyOf } from "@/lib/criteria/codes";
import { warningMessages } from "./messages";
import { canonicalDecimal } from "./numbers";
import type { PlanPreview, PreviewWarning } from "./types";

export type SavedFramework = { id: string; criterionIds: Map<string, string>; warnings: PreviewWarning[] };

export const frameworkTitle = (year: number): string => `Bộ Chỉ số CCHC cấp tỉnh năm ${year}`;

export async function saveFramework(tx: Tx, year: number, preview: PlanPreview): Promise<SavedFramework> {
  const decisionNumber = preview.meta.frameworkDecisionNumber;
  const found = await tx.framework.findUnique({ where: { year } });
  const framework = found ?? (await tx.framework.create({ data: { year, title: frameworkTitle(year), decisionNumber } }));
  if (found && !found.decisionNumber && decisionNumber) {
    await tx.framework.update({ where: { id: found.id }, data: { decisionNumber } });
  }
  const { criterionIds, warnings } = await saveCriteria(tx, framework.id, preview);
  return { id: framework.id, criterionIds, warnings };
}

async function saveCriteria(tx: Tx, frameworkId: string, preview: PlanPreview) {
  const existing = await tx.criterion.findMany({ where: { frameworkId } });
  const byCode = new Map(existing.map((c) => [c.code, c]));
  const criterionIds = new Map(existing.map((c) => [c.code, c.id]));
  const warnings: PreviewWarning[] = [];
  // Parents first, so every parent id is known when its children are written.
  const ordered = [...preview.criteria].sort((a, b) => (sortKeyOf(a.code) < sortKeyOf(b.code) ? -1 : 1));
  for (const c of ordered) {
    const parentId = c.parentCode ? (criterionIds.get(c.parentCode) ?? null) : null;
    const stored = byCode.get(c.code);
    if (!stored) {
      const created = await tx.criterion.create({
        data: {
          frameworkId,
          code: c.code,
          sortKey: sortKeyOf(c.code),
          level: levelOf(c.code),
          title: c.title,
          standardPoints: c.standard,
          parentId,
        },
        select: { id: true },
      });
      criterionIds.set(c.code, created.id);
      continue;
    }
    if (!stored.parentId && parentId) await tx.criterion.update({ where: { id: stored.id }, data: { parentId } });
    if (c.title && stored.title !== c.title) {
      const message = warningMessages.criterionTitleDiffers(c.code, c.title, stored.title);
      warnings.push({ code: "CRITERION_TITLE_DIFFERS", criterionCode: c.code, message });
    }
    const storedStandard = canonicalDecimal(stored.standardPoints.toString());
    if (!new Decimal(storedStandard).equals(c.standard)) {
      const message = warningMessages.criterionStandardDiffers(c.code, c.standard, storedStandard);
      warnings.push({ code: "CRITERION_STANDARD_DIFFERS", criterionCode: c.code, message });
    }
  }
  return { criterionIds, warnings };
}
