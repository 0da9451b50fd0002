// Which criteria list a plan's appendix is read against. The national framework of the index year, when the
// national administrator has set it, is never changed by a province's import (issue #8 item 9): every code
// of the appendix must exist in it (else the import is refused, nothing written), and a title or standard
// that differs is reported as a warning. Where the year has no national framework yet, the appendix's rows
// are kept as the province's own partial list (seen by that province alone) and matched to the national
// framework once it is imported (lib/frameworks/rebind.ts).
import Decimal from "decimal.js";
import { levelOf, sortKeyOf } from "@/lib/criteria/codes";
import type { Tx } from "@/lib/db";
import { PlanImportError } from "./errors";
import { errorMessages, warningMessages } from "./messages";
import { canonicalDecimal } from "./numbers";
import type { PlanPreview, PreviewWarning } from "./types";

export type SavedFramework = { id: string; criterionIds: Map<string, string>; warnings: PreviewWarning[] };

export const frameworkTitle = (year: number): string => `Bộ Chỉ số CCHC cấp tỉnh năm ${year}`;

export const partialFrameworkTitle = (year: number): string =>
  `Danh sách tiêu chí năm ${year} theo phụ lục kế hoạch của tỉnh (chưa đầy đủ)`;

export async function saveFramework(
  tx: Tx,
  provinceId: string,
  year: number,
  preview: PlanPreview,
): Promise<SavedFramework> {
  const national = await tx.framework.findFirst({ where: { year, provinceId: null } });
  if (national) return matchNational(tx, national.id, year, preview);
  const decisionNumber = preview.meta.frameworkDecisionNumber;
  const key = { provinceId_year: { provinceId, year } };
  const found = await tx.framework.findUnique({ where: key });
  const framework =
    found ??
    (await tx.framework.create({
      data: { year, provinceId, partial: true, title: partialFrameworkTitle(year), decisionNumber },
    }));
  if (found && !found.decisionNumber && decisionNumber) {
    await tx.framework.update({ where: { id: found.id }, data: { decisionNumber } });
  }
  const { criterionIds, warnings } = await saveCriteria(tx, framework.id, preview);
  return { id: framework.id, criterionIds, warnings };
}

async function matchNational(tx: Tx, frameworkId: string, year: number, preview: PlanPreview): Promise<SavedFramework> {
  const stored = await tx.criterion.findMany({ where: { frameworkId }, select: { code: true } });
  const known = new Set(stored.map((c) => c.code));
  const unknown = preview.criteria.filter((c) => !known.has(c.code));
  if (unknown.length > 0) {
    const first = unknown[0];
    const message = errorMessages.criteriaNotInFramework(
      year,
      unknown.map((c) => c.code),
    );
    throw new PlanImportError("CRITERION_NOT_IN_FRAMEWORK", message, first ? first.at : null);
  }
  const { criterionIds, warnings } = await saveCriteria(tx, frameworkId, preview, { readOnly: true });
  return { id: frameworkId, criterionIds, warnings };
}

async function saveCriteria(tx: Tx, frameworkId: string, preview: PlanPreview, mode = { readOnly: false }) {
  const existing = await tx.criterion.findMany({ where: { frameworkId } });
  const byCode = new Map(existing.map((c) => [c.code, c]));
  const criterionIds = new Map(existing.map((c) => [c.code, c.id]));
  const warnings: PreviewWarning[] = [];
  // Parents first, so every parent id is known when its children are written.
  const ordered = [...preview.criteria].sort((a, b) => (sortKeyOf(a.code) < sortKeyOf(b.code) ? -1 : 1));
  for (const c of ordered) {
    const parentId = c.parentCode ? (criterionIds.get(c.parentCode) ?? null) : null;
    const stored = byCode.get(c.code);
    if (!stored && mode.readOnly) throw new Error(`criterion ${c.code} missing from a read-only framework`);
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
    if (!mode.readOnly && !stored.parentId && parentId)
      await tx.criterion.update({ where: { id: stored.id }, data: { parentId } });
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
