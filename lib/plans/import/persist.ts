// Stores a parsed plan inside the caller's transaction: framework and criteria, the assessment and its
// scores, the previous year's headline, the plan, its measures, assignments and warnings, and an audit
// row. One transaction means a failure anywhere writes nothing. Re-importing the same plan (same province
// and number) replaces what the plan said without duplicating anything, and updates measures in place so
// rows that reference them (tasks) survive.
//
// Not marked "server-only": the CLI runs it under plain Node, where that import throws. It never imports
// the database client itself — the caller passes the transaction.
import type { Tx } from "@/lib/db";
import { readPlanBody } from "@/lib/plan-body";
import type { Audit } from "@/lib/server/audit";
import { exactKey } from "@/lib/text/vietnamese";
import { PlanImportError } from "./errors";
import { errorMessages } from "./messages";
import { saveAssessment, savePreviousHeadline } from "./persist-assessment";
import { saveFramework } from "./persist-framework";
import { saveMeasures } from "./persist-measures";
import type { PlanPreview, PreviewWarning } from "./types";

export type SavePlanImportInput = {
  provinceId: string;
  preview: PlanPreview;
  fileName: string;
  /** the original text kept on the plan; defaults to what the reader saw */
  sourceText?: string;
  /**
   * "keep" when the per-criterion scores are the province's entered published result itself (a plan drafted
   * from it lists only the criteria that lost points): the assessment's scores are left as they are.
   */
  scores?: "replace" | "keep";
};

export type SavePlanImportResult = {
  planId: string;
  assessmentId: string;
  frameworkId: string;
  created: boolean;
  counts: { criteria: number; measures: number; assignments: number; warnings: number };
  warnings: PreviewWarning[];
  audit: Audit;
};

type RequiredMeta = { number: string; issuedOn: Date; indexYear: number; title: string };

export async function savePlanImport(tx: Tx, input: SavePlanImportInput): Promise<SavePlanImportResult> {
  const { preview, provinceId } = input;
  const meta = requireMeta(preview);
  await checkProvince(tx, provinceId, preview.meta.province);
  const framework = await saveFramework(tx, provinceId, meta.indexYear, preview);
  const source = `Kế hoạch ${meta.number} (${input.fileName})`;
  const { criterionIds } = framework;
  const assessmentId = await saveAssessment(tx, {
    provinceId,
    frameworkId: framework.id,
    year: meta.indexYear,
    preview,
    source,
    criterionIds,
    keepScores: input.scores === "keep",
  });
  await savePreviousHeadline(tx, provinceId, preview.meta.previous, source);
  const planKey = { provinceId_number: { provinceId, number: meta.number } };
  const existing = await tx.plan.findUnique({ where: planKey, select: { id: true } });
  const before = existing ? await planCounts(tx, existing.id) : null;
  const sourceText = input.sourceText ?? preview.source.text;
  const planData = {
    assessmentId,
    issuedOn: meta.issuedOn,
    title: meta.title,
    sourceFileName: input.fileName,
    sourceText,
    sourceSha256: preview.source.sha256,
    // The body is read here, once; every later task sync uses this (lib/tasks/generate.ts).
    body: readPlanBody(sourceText),
  };
  const plan = await tx.plan.upsert({
    where: planKey,
    create: { provinceId, number: meta.number, ...planData },
    update: planData,
  });
  const measures = await saveMeasures(tx, { planId: plan.id, provinceId, measures: preview.measures, criterionIds });
  const warnings = [...preview.warnings, ...framework.warnings, ...measures.warnings];
  await tx.importWarning.deleteMany({ where: { planId: plan.id } });
  await tx.importWarning.createMany({ data: warnings.map((w) => ({ planId: plan.id, ...w })) });
  const counts = {
    criteria: preview.criteria.length,
    measures: measures.count,
    assignments: measures.assignments,
    warnings: warnings.length,
  };
  const totalScore = preview.meta.score ?? preview.totals.score;
  // The audit row is the caller's to write: the web goes through lib/server/mutation.ts (which writes it in
  // this transaction), the CLI and the seed through importPlanAsSystem.
  const audit = {
    action: "plan.import",
    entity: "Plan",
    entityId: plan.id,
    before,
    after: { ...counts, fileName: input.fileName, sourceSha256: preview.source.sha256, totalScore },
  };
  return { planId: plan.id, assessmentId, frameworkId: framework.id, created: !existing, counts, warnings, audit };
}

function requireMeta(preview: PlanPreview): RequiredMeta {
  const { number, issuedOn, indexYear, title } = preview.meta;
  const missing = (what: string) => new PlanImportError("MISSING_META", errorMessages.missingMeta(what));
  if (!number) throw missing("số hiệu kế hoạch (ví dụ «6006/KH-UBND»)");
  if (!issuedOn) throw missing("ngày ban hành kế hoạch");
  if (!indexYear) throw missing("năm đánh giá của Chỉ số CCHC");
  return {
    number,
    indexYear,
    issuedOn: new Date(`${issuedOn}T00:00:00.000Z`),
    title: title ?? `Kế hoạch số ${number}`,
  };
}

async function checkProvince(tx: Tx, provinceId: string, documentProvince: string | null) {
  const province = await tx.province.findUniqueOrThrow({ where: { id: provinceId }, select: { name: true } });
  if (documentProvince && exactKey(documentProvince) !== exactKey(province.name)) {
    throw new PlanImportError("PROVINCE_MISMATCH", errorMessages.provinceMismatch(documentProvince, province.name));
  }
}

async function planCounts(tx: Tx, planId: string) {
  const [measures, assignments, warnings, plan] = await Promise.all([
    tx.measure.count({ where: { planId } }),
    tx.measureAssignment.count({ where: { measure: { planId } } }),
    tx.importWarning.count({ where: { planId } }),
    tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { sourceSha256: true, sourceFileName: true } }),
  ]);
  return { measures, assignments, warnings, fileName: plan.sourceFileName, sourceSha256: plan.sourceSha256 };
}
