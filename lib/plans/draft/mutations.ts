import "server-only";
// "Lập kế hoạch khắc phục": Sở Nội vụ of the province drafts the next plan from its published result, edits
// it (number, date, title, measures and their lead and supporting agencies), then publishes it. Publishing
// goes through the plan importer's persist step (persistPlanPreview), so the plan, measures, assignments,
// warnings and fanned-out tasks are exactly those an imported plan of the same content gets. Every write is
// through lib/server/mutation.ts (permission on the loaded draft, audit in the same transaction).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { PlanImportError } from "@/lib/plans/import/errors";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { IMPORT_TRANSACTION_OPTIONS, persistPlanPreview } from "@/lib/plans/import/run";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { prefillDraft } from "./prefill";
import { draftPreview, draftSourceFileName } from "./preview";
import {
  addDraftMeasureSchema,
  createPlanDraftSchema,
  planDraftHeadSchema,
  publishPlanDraftSchema,
  removeDraftMeasureSchema,
} from "./schema";
import type { DraftContent, DraftRef } from "./types";

export const draftTitle = (year: number): string =>
  `Kế hoạch khắc phục, nâng cao Chỉ số CCHC năm ${year + 1} (từ kết quả năm ${year})`;

export const createPlanDraft = defineMutation({
  action: "plan.import",
  schema: createPlanDraftSchema,
  load: async (tx, input, user) => {
    const result = await tx.assessment.findUnique({
      where: { provinceId_year: { provinceId: user.provinceId, year: input.year } },
      include: { planDraft: true, _count: { select: { scores: true } } },
    });
    if (!result) return null;
    return { record: result, target: { provinceId: result.provinceId } };
  },
  run: async (tx, input, { record }) => {
    if (record.planDraft) return { data: { draftId: record.planDraft.id, created: false }, audit: [] };
    if (record._count.scores === 0 || !record.frameworkId) {
      throw new MutationError(
        "INVALID",
        `Kết quả năm ${input.year} chưa có điểm từng tiêu chí: hãy nhập kết quả công bố trước.`,
      );
    }
    const content = await prefillDraft(tx, record);
    const draft = await tx.planDraft.create({
      data: {
        provinceId: record.provinceId,
        assessmentId: record.id,
        title: draftTitle(input.year),
        content: content as unknown as Prisma.InputJsonValue,
      },
    });
    const after = { year: input.year, criteria: content.criteria.length, carried: content.measures.length };
    return {
      data: { draftId: draft.id, created: true },
      audit: { action: "plandraft.create", entity: "PlanDraft", entityId: draft.id, after },
    };
  },
});

async function loadDraft(tx: Tx, draftId: string) {
  const draft = await tx.planDraft.findUnique({ where: { id: draftId }, include: { assessment: true } });
  return draft ? { record: draft, target: { provinceId: draft.provinceId } } : null;
}
type LoadedDraft = NonNullable<Awaited<ReturnType<typeof loadDraft>>>["record"];

function editable(draft: LoadedDraft, version: number) {
  if (draft.publishedPlanId)
    throw new MutationError("CONFLICT", "Kế hoạch đã được ban hành từ bản dự thảo này; không sửa được nữa.");
  if (draft.version !== version)
    throw new MutationError("CONFLICT", "Bản dự thảo vừa được người khác sửa. Hãy tải lại trang rồi làm lại.");
}

const contentOf = (draft: LoadedDraft): DraftContent => draft.content as unknown as DraftContent;

async function saveContent(tx: Tx, draft: LoadedDraft, content: DraftContent) {
  // The version guards against two editors at once: the update matches only the version read.
  const { count } = await tx.planDraft.updateMany({
    where: { id: draft.id, version: draft.version },
    data: { content: content as unknown as Prisma.InputJsonValue, version: { increment: 1 } },
  });
  if (count !== 1)
    throw new MutationError("CONFLICT", "Bản dự thảo vừa được người khác sửa. Hãy tải lại trang rồi làm lại.");
}

export const updatePlanDraftHead = defineMutation({
  action: "plan.import",
  schema: planDraftHeadSchema,
  load: (tx, input) => loadDraft(tx, input.draftId),
  run: async (tx, input, { record }) => {
    editable(record, input.version);
    const issuedOn = input.issuedOn ? new Date(`${input.issuedOn}T00:00:00.000Z`) : null;
    const { count } = await tx.planDraft.updateMany({
      where: { id: record.id, version: record.version },
      data: { number: input.number, issuedOn, title: input.title, version: { increment: 1 } },
    });
    if (count !== 1)
      throw new MutationError("CONFLICT", "Bản dự thảo vừa được người khác sửa. Hãy tải lại trang rồi làm lại.");
    const before = {
      number: record.number,
      issuedOn: record.issuedOn?.toISOString().slice(0, 10) ?? null,
      title: record.title,
    };
    return {
      data: { draftId: record.id },
      audit: {
        action: "plandraft.update",
        entity: "PlanDraft",
        entityId: record.id,
        before,
        after: { number: input.number, issuedOn: input.issuedOn || null, title: input.title },
      },
    };
  },
});

export const addPlanDraftMeasure = defineMutation({
  action: "plan.import",
  schema: addDraftMeasureSchema,
  load: (tx, input) => loadDraft(tx, input.draftId),
  run: async (tx, input, { record }) => {
    editable(record, input.version);
    const content = contentOf(record);
    if (!content.criteria.some((c) => c.code === input.criterionCode)) {
      throw new MutationError("INVALID", MESSAGES.INVALID, undefined, {
        criterionCode: [`Tiêu chí ${input.criterionCode} không có trong phụ lục của bản dự thảo.`],
      });
    }
    // Only the province's own active agencies: an id of another province's agency is refused.
    const wanted = [...new Set([...input.leadIds, ...input.supportIds])];
    const agencies = await tx.agency.findMany({
      where: { id: { in: wanted }, provinceId: record.provinceId, active: true },
      select: { id: true, name: true },
    });
    const byId = new Map(agencies.map((a) => [a.id, a.name]));
    if (agencies.length !== wanted.length)
      throw new MutationError("INVALID", MESSAGES.INVALID, undefined, {
        leadIds: ["Có cơ quan không thuộc tỉnh hoặc đã ngừng hoạt động."],
      });
    const refs = (list: string[]): DraftRef[] => list.map((id) => ({ kind: "agency", id, label: byId.get(id) ?? "" }));
    const lead = refs(input.leadIds);
    const support = refs(input.supportIds.filter((id) => !input.leadIds.includes(id)));
    const measure = {
      key: randomUUID(),
      criterionCode: input.criterionCode,
      text: input.text,
      lead,
      support,
      timeframe: input.timeframe,
      note: input.note,
      carriedFrom: null,
    };
    await saveContent(tx, record, { ...content, measures: [...content.measures, measure] });
    const after = {
      code: input.criterionCode,
      text: input.text,
      lead: lead.map((r) => r.label),
      support: support.map((r) => r.label),
      timeframe: input.timeframe,
    };
    return {
      data: { key: measure.key },
      audit: { action: "plandraft.measure.add", entity: "PlanDraft", entityId: record.id, after },
    };
  },
});

export const removePlanDraftMeasure = defineMutation({
  action: "plan.import",
  schema: removeDraftMeasureSchema,
  load: (tx, input) => loadDraft(tx, input.draftId),
  run: async (tx, input, { record }) => {
    editable(record, input.version);
    const content = contentOf(record);
    const gone = content.measures.find((m) => m.key === input.key);
    if (!gone) throw new MutationError("NOT_FOUND", MESSAGES.NOT_FOUND);
    await saveContent(tx, record, { ...content, measures: content.measures.filter((m) => m.key !== input.key) });
    return {
      data: { key: input.key },
      audit: {
        action: "plandraft.measure.remove",
        entity: "PlanDraft",
        entityId: record.id,
        before: { code: gone.criterionCode, text: gone.text },
      },
    };
  },
});

export const publishPlanDraft = defineMutation({
  action: "plan.import",
  schema: publishPlanDraftSchema,
  transaction: IMPORT_TRANSACTION_OPTIONS,
  load: (tx, input) => loadDraft(tx, input.draftId),
  run: async (tx, input, { record }) => {
    editable(record, input.version);
    const missing: Record<string, string[]> = {};
    if (!record.number) missing.number = ["Hãy nhập số hiệu kế hoạch trước khi ban hành."];
    if (!record.issuedOn) missing.issuedOn = ["Hãy nhập ngày ban hành trước khi ban hành."];
    if (Object.keys(missing).length > 0) throw new MutationError("INVALID", MESSAGES.INVALID, undefined, missing);
    const taken = await tx.plan.findUnique({
      where: { provinceId_number: { provinceId: record.provinceId, number: record.number } },
      select: { id: true },
    });
    if (taken)
      throw new MutationError(
        "CONFLICT",
        `Tỉnh đã có kế hoạch số ${record.number}: hãy dùng số hiệu khác.`,
        undefined,
        { number: [`Số hiệu ${record.number} đã được dùng.`] },
      );
    const province = await tx.province.findUniqueOrThrow({ where: { id: record.provinceId }, select: { name: true } });
    const content = await withCurrentNames(tx, record.provinceId, contentOf(record));
    const { assessment } = record;
    const head = {
      number: record.number,
      issuedOn: record.issuedOn?.toISOString().slice(0, 10) ?? "",
      title: record.title,
      province: province.name,
      indexYear: assessment.year,
    };
    const headline = {
      score: canonicalDecimal(assessment.totalScore.toString()),
      rank: assessment.rank,
      rankOf: assessment.rankOf,
    };
    // Totals as the importer computes them (parsePlan's maximum: 100 for every PAR Index year so far), so the
    // two paths keep the same warnings.
    const preview = draftPreview(head, headline, content, "100");
    let persisted: Awaited<ReturnType<typeof persistPlanPreview>>;
    try {
      persisted = await persistPlanPreview(tx, {
        provinceId: record.provinceId,
        preview,
        fileName: draftSourceFileName(assessment.year),
        scores: "keep",
      });
    } catch (error) {
      if (error instanceof PlanImportError) throw new MutationError("INVALID", error.message);
      throw error;
    }
    await tx.planDraft.update({
      where: { id: record.id },
      data: { publishedPlanId: persisted.saved.planId, version: { increment: 1 } },
    });
    const published = {
      action: "plandraft.publish",
      entity: "PlanDraft",
      entityId: record.id,
      after: { planId: persisted.saved.planId, number: record.number },
    };
    return {
      data: { planId: persisted.saved.planId, tasks: persisted.tasks.created },
      audit: [persisted.audit, published],
    };
  },
});

// Agencies renamed or merged since the draft was written are stored under their current name; an agency or
// group no longer in the province is kept as written (an unresolved assignment Home Affairs fixes).
async function withCurrentNames(tx: Tx, provinceId: string, content: DraftContent): Promise<DraftContent> {
  const refs = content.measures.flatMap((m) => [...m.lead, ...m.support]);
  const idsOf = (kind: DraftRef["kind"]) => refs.filter((r) => r.kind === kind && r.id).map((r) => r.id as string);
  const [agencies, groups] = await Promise.all([
    tx.agency.findMany({ where: { provinceId, id: { in: idsOf("agency") } }, select: { id: true, name: true } }),
    tx.agencyGroup.findMany({ where: { provinceId, id: { in: idsOf("group") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...agencies, ...groups].map((r) => [r.id, r.name]));
  const current = (r: DraftRef): DraftRef => {
    if (r.kind === "unresolved" || !r.id) return r;
    const name = names.get(r.id);
    return name ? { ...r, label: name } : { kind: "unresolved", id: null, label: r.label };
  };
  return {
    ...content,
    measures: content.measures.map((m) => ({ ...m, lead: m.lead.map(current), support: m.support.map(current) })),
  };
}
