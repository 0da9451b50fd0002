import "server-only";
// Self-assessment writes through the one write path. Sở Nội vụ opens a year, assigns criteria and
// appraises; an agency scores only the criteria assigned to it (selfassessment.score at own_agency scope,
// checked against the row's agency). Each change adds a history event; evidence files are staged in the
// task evidence store and moved into place after the commit (saveSelfScoreWithFiles).
import Decimal from "decimal.js";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { prepareEvidence } from "@/lib/evidence/prepare";
import { evidenceRows } from "@/lib/evidence/rules";
import { discard, promote, writeTemp } from "@/lib/evidence/storage";
import { defineMutation, MESSAGES, MutationError, type MutationResult } from "@/lib/server/mutation";
import { SELF_MESSAGES as m } from "./messages";
import { leadAgenciesByCode, proposedAgency, scoredCriteria } from "./open";
import {
  appraiseSelfScoreSchema,
  assignSelfScoreSchema,
  openSelfAssessmentSchema,
  saveSelfScoreSchema,
  submitSelfScoreSchema,
} from "./schema";

export const openSelfAssessment = defineMutation({
  action: "selfassessment.manage",
  schema: openSelfAssessmentSchema,
  load: async (tx, input, user) => {
    // The national framework of the year, else the province's own list; never another province's.
    const frameworks = await tx.framework.findMany({
      where: { year: input.year, OR: [{ provinceId: null }, { provinceId: user.provinceId }] },
      orderBy: { partial: "asc" },
      include: { criteria: { select: { id: true, code: true, parentId: true, survey: true } } },
    });
    const framework = frameworks[0];
    if (!framework) throw new MutationError("INVALID", m.noFramework(input.year));
    return { record: framework, target: { provinceId: user.provinceId } };
  },
  run: async (tx, input, { user, record }) => {
    const key = { provinceId_year: { provinceId: user.provinceId, year: input.year } };
    if (await tx.selfAssessment.findUnique({ where: key }))
      throw new MutationError("CONFLICT", m.alreadyOpen(input.year));
    const assessment = await tx.selfAssessment.create({
      data: { provinceId: user.provinceId, year: input.year, frameworkId: record.id },
    });
    const leads = await leadAgenciesByCode(tx, user.provinceId);
    const rows = scoredCriteria(record.criteria).map((c) => ({
      selfAssessmentId: assessment.id,
      criterionId: c.id,
      agencyId: proposedAgency(c.code, leads),
    }));
    await tx.selfScore.createMany({ data: rows });
    const data = {
      selfAssessmentId: assessment.id,
      year: input.year,
      criteria: rows.length,
      assigned: rows.filter((r) => r.agencyId).length,
    };
    return {
      data,
      audit: { action: "selfassessment.open", entity: "SelfAssessment", entityId: assessment.id, after: data },
    };
  },
});

async function loadScore(tx: Tx, selfScoreId: string, provinceId: string) {
  const row = await tx.selfScore.findUnique({
    where: { id: selfScoreId },
    include: {
      selfAssessment: { select: { provinceId: true } },
      criterion: { select: { code: true, standardPoints: true } },
      _count: { select: { evidence: true } },
    },
  });
  if (!row) return null;
  // Another province's row is "not found", not "forbidden": its existence is not disclosed.
  if (row.selfAssessment.provinceId !== provinceId) return null;
  return { record: row, target: { provinceId: row.selfAssessment.provinceId, agencyId: row.agencyId } };
}
type LoadedScore = NonNullable<Awaited<ReturnType<typeof loadScore>>>["record"];

async function bump(tx: Tx, row: LoadedScore, version: number, data: Record<string, unknown>) {
  const updated = await tx.selfScore.updateMany({
    where: { id: row.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new MutationError("CONFLICT", m.stale);
}

function event(
  tx: Tx,
  row: LoadedScore,
  user: SessionUser,
  e: { action: string; toStatus?: LoadedScore["status"]; points?: string | null; note?: string | null },
) {
  return tx.selfScoreEvent.create({
    data: {
      selfScoreId: row.id,
      userId: user.id,
      action: e.action,
      fromStatus: row.status,
      toStatus: e.toStatus ?? row.status,
      points: e.points ?? null,
      note: e.note ?? null,
    },
  });
}

const auditOf = (action: string, row: LoadedScore, after: object) => ({
  action,
  entity: "SelfScore",
  entityId: row.id,
  agencyId: row.agencyId,
  before: {
    status: row.status,
    proposedPoints: row.proposedPoints?.toString() ?? null,
    acceptedPoints: row.acceptedPoints?.toString() ?? null,
  },
  after: { code: row.criterion.code, ...after },
});

export const assignSelfScore = defineMutation({
  action: "selfassessment.manage",
  schema: assignSelfScoreSchema,
  load: (tx, input, user) => loadScore(tx, input.selfScoreId, user.provinceId),
  run: async (tx, input, { user, record }) => {
    if (input.agencyId) {
      const agency = await tx.agency.findFirst({
        where: { id: input.agencyId, provinceId: user.provinceId, active: true },
      });
      if (!agency) throw new MutationError("INVALID", m.agencyNotFound, undefined, { agencyId: [m.agencyNotFound] });
    }
    await tx.selfScore.update({
      where: { id: record.id },
      data: { agencyId: input.agencyId, version: { increment: 1 } },
    });
    await event(tx, record, user, { action: "assign" });
    return {
      data: { selfScoreId: record.id },
      audit: auditOf("selfscore.assign", record, { agencyId: input.agencyId }),
    };
  },
});

export const saveSelfScore = defineMutation({
  action: "selfassessment.score",
  schema: saveSelfScoreSchema,
  load: (tx, input, user) => loadScore(tx, input.selfScoreId, user.provinceId),
  run: async (tx, input, { user, record }) => {
    if (!record.agencyId) throw new MutationError("INVALID", m.noAgency);
    if (record.status !== "DRAFT") throw new MutationError("CONFLICT", m.notDraft);
    if (
      input.proposedPoints !== null &&
      new Decimal(input.proposedPoints).greaterThan(record.criterion.standardPoints.toString())
    ) {
      throw new MutationError("INVALID", m.overMax(record.criterion.standardPoints.toString()), undefined, {
        proposedPoints: [m.overMax(record.criterion.standardPoints.toString())],
      });
    }
    await bump(tx, record, input.version, {
      proposedPoints: input.proposedPoints,
      explanation: input.explanation ?? null,
    });
    for (const file of input.files) await writeTemp(file.storageKey, file.bytes);
    const evidence = evidenceRows({ selfScoreId: record.id }, input.files, input.links);
    if (evidence.length > 0) await tx.selfScoreEvidence.createMany({ data: evidence });
    await event(tx, record, user, { action: "save", points: input.proposedPoints, note: input.explanation ?? null });
    const after = { proposedPoints: input.proposedPoints, files: input.files.length, links: input.links.length };
    return { data: { selfScoreId: record.id }, audit: auditOf("selfscore.save", record, after) };
  },
});

/** The scoring form's write: files are checked first, staged in the transaction, moved in after commit. */
export async function saveSelfScoreWithFiles(
  user: SessionUser | null,
  fields: Record<string, unknown>,
  uploads: File[],
): Promise<MutationResult<{ selfScoreId: string }>> {
  if (!user) return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES.UNAUTHENTICATED };
  const prepared = await prepareEvidence(uploads);
  if (!prepared.ok)
    return { ok: false, code: "INVALID", message: MESSAGES.INVALID, fieldErrors: { files: prepared.errors } };
  const keys = prepared.files.map((f) => f.storageKey);
  const result = await saveSelfScore(user, { ...fields, files: prepared.files }).catch(async (error: unknown) => {
    await discard(keys);
    throw error;
  });
  if (!result.ok) await discard(keys);
  else await promote(keys);
  return result;
}

export const submitSelfScore = defineMutation({
  action: "selfassessment.score",
  schema: submitSelfScoreSchema,
  load: (tx, input, user) => loadScore(tx, input.selfScoreId, user.provinceId),
  run: async (tx, input, { user, record }) => {
    if (record.status !== "DRAFT") throw new MutationError("CONFLICT", m.notDraft);
    if (record.proposedPoints === null) throw new MutationError("INVALID", m.noScore);
    await bump(tx, record, input.version, { status: "SUBMITTED" });
    await event(tx, record, user, {
      action: "submit",
      toStatus: "SUBMITTED",
      points: record.proposedPoints.toString(),
    });
    return { data: { selfScoreId: record.id }, audit: auditOf("selfscore.submit", record, { status: "SUBMITTED" }) };
  },
});

export const appraiseSelfScore = defineMutation({
  action: "selfassessment.manage",
  schema: appraiseSelfScoreSchema,
  load: (tx, input, user) => loadScore(tx, input.selfScoreId, user.provinceId),
  run: async (tx, input, { user, record }) => {
    if (record.status !== "SUBMITTED") throw new MutationError("CONFLICT", m.notSubmitted);
    const max = record.criterion.standardPoints.toString();
    if (input.decision === "return") {
      if (!input.comment)
        throw new MutationError("INVALID", m.returnNeedsComment, undefined, { comment: [m.returnNeedsComment] });
      await bump(tx, record, input.version, { status: "DRAFT", appraisalComment: input.comment });
      await event(tx, record, user, { action: "return", toStatus: "DRAFT", note: input.comment });
      return {
        data: { selfScoreId: record.id },
        audit: auditOf("selfscore.return", record, { status: "DRAFT", comment: input.comment }),
      };
    }
    if (input.acceptedPoints === null)
      throw new MutationError("INVALID", m.acceptedRequired, undefined, { acceptedPoints: [m.acceptedRequired] });
    if (new Decimal(input.acceptedPoints).greaterThan(max))
      throw new MutationError("INVALID", m.acceptedOverMax(max), undefined, {
        acceptedPoints: [m.acceptedOverMax(max)],
      });
    await bump(tx, record, input.version, {
      status: "APPRAISED",
      acceptedPoints: input.acceptedPoints,
      appraisalComment: input.comment ?? null,
    });
    await event(tx, record, user, {
      action: "appraise",
      toStatus: "APPRAISED",
      points: input.acceptedPoints,
      note: input.comment ?? null,
    });
    return {
      data: { selfScoreId: record.id },
      audit: auditOf("selfscore.appraise", record, { status: "APPRAISED", acceptedPoints: input.acceptedPoints }),
    };
  },
});
