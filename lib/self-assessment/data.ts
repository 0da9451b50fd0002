import "server-only";
// Reads of a self-assessment, scoped in the query: Sở Nội vụ and leadership see the province's table, an
// agency only the rows assigned to it. Totals are computed live in the database (exact numeric sums).
import { hasAction } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { type Loaded, NOT_FOUND, storable } from "@/lib/server/loaded";

export type SelfScoreRow = {
  id: string;
  version: number;
  code: string;
  title: string;
  maxPoints: string;
  agencyId: string | null;
  agencyName: string | null;
  status: "DRAFT" | "SUBMITTED" | "APPRAISED";
  proposedPoints: string | null;
  explanation: string | null;
  acceptedPoints: string | null;
  appraisalComment: string | null;
  evidence: { id: string; kind: string; fileName: string | null; url: string | null }[];
  /** a score above zero with no evidence (the ministry's guidance asks for it) */
  flagged: boolean;
  history: { at: Date; who: string; action: string; points: string | null; note: string | null }[];
};

export type SelfAssessmentView = {
  id: string;
  year: number;
  frameworkTitle: string;
  partial: boolean;
  /** whose rows these are: null for the whole province (Sở Nội vụ, leadership), else the reader's agency */
  agencyName: string | null;
  rows: SelfScoreRow[];
  totals: {
    maxPoints: string;
    proposed: string;
    accepted: string;
    submitted: number;
    appraised: number;
    count: number;
  };
};

const dec = (v: { toString(): string } | null): string | null => (v === null ? null : canonicalDecimal(v.toString()));

/**
 * The year's table as the caller may see it: the whole province (Sở Nội vụ, leadership) or the caller's agency's
 * rows. Not found when the province has no self-assessment that year, or the caller has neither.
 */
export async function loadSelfAssessment(user: SessionUser, year: number): Promise<Loaded<SelfAssessmentView>> {
  const wholeProvince = hasAction(user.role, "selfassessment.read");
  if (!wholeProvince && !user.agencyId) return NOT_FOUND;
  const assessment = await db.selfAssessment.findUnique({
    where: { provinceId_year: { provinceId: user.provinceId, year } },
    include: { framework: { select: { title: true, partial: true } } },
  });
  if (!assessment) return NOT_FOUND;
  const scope = wholeProvince ? {} : { agencyId: user.agencyId };
  const scores = await db.selfScore.findMany({
    where: { selfAssessmentId: assessment.id, ...scope },
    include: {
      criterion: { select: { code: true, title: true, standardPoints: true, sortKey: true } },
      agency: { select: { name: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, url: true } },
      events: { orderBy: { createdAt: "asc" }, include: { user: { select: { name: true } } } },
    },
    orderBy: { criterion: { sortKey: "asc" } },
  });
  const rows = scores.map((s): SelfScoreRow => {
    const proposed = dec(s.proposedPoints);
    return {
      id: s.id,
      version: s.version,
      code: s.criterion.code,
      title: s.criterion.title,
      maxPoints: canonicalDecimal(s.criterion.standardPoints.toString()),
      agencyId: s.agencyId,
      agencyName: s.agency?.name ?? null,
      status: s.status,
      proposedPoints: proposed,
      explanation: s.explanation,
      acceptedPoints: dec(s.acceptedPoints),
      appraisalComment: s.appraisalComment,
      evidence: s.evidence,
      flagged: proposed !== null && proposed !== "0" && s.evidence.length === 0,
      history: s.events.map((e) => ({
        at: e.createdAt,
        who: e.user.name,
        action: e.action,
        points: dec(e.points),
        note: e.note,
      })),
    };
  });
  const view = {
    id: assessment.id,
    year,
    frameworkTitle: assessment.framework.title,
    partial: assessment.framework.partial,
    agencyName: wholeProvince ? null : await agencyNameOf(user),
    rows,
    totals: await totalsOf(assessment.id, scope),
  };
  return { status: "ok", data: view };
}

/** The reader's own agency, named as the database has it (the session's copy may be older). */
async function agencyNameOf(user: SessionUser): Promise<string> {
  const agency = await db.agency.findFirst({
    where: { id: user.agencyId ?? "", provinceId: user.provinceId },
    select: { name: true },
  });
  return agency?.name ?? user.agencyName ?? "";
}

async function totalsOf(selfAssessmentId: string, scope: { agencyId?: string | null }) {
  const where = { selfAssessmentId, ...scope };
  const [sum, submitted, appraised, count, max] = await Promise.all([
    db.selfScore.aggregate({ where, _sum: { proposedPoints: true, acceptedPoints: true } }),
    db.selfScore.count({ where: { ...where, status: "SUBMITTED" } }),
    db.selfScore.count({ where: { ...where, status: "APPRAISED" } }),
    db.selfScore.count({ where }),
    db.criterion.aggregate({ where: { selfScores: { some: where } }, _sum: { standardPoints: true } }),
  ]);
  return {
    maxPoints: canonicalDecimal((max._sum.standardPoints ?? 0).toString()),
    proposed: canonicalDecimal((sum._sum.proposedPoints ?? 0).toString()),
    accepted: canonicalDecimal((sum._sum.acceptedPoints ?? 0).toString()),
    submitted,
    appraised,
    count,
  };
}

/** The years the province has opened, newest first. */
export async function loadSelfAssessmentYears(user: SessionUser): Promise<number[]> {
  const rows = await db.selfAssessment.findMany({
    where: { provinceId: user.provinceId },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((r) => r.year);
}

export type SelfEvidenceFile = { fileName: string; mimeType: string; storageKey: string };

/**
 * A self-score evidence file, for users who may see that row (same rules as the table). Another agency's file is
 * not found, as one of another province: the answer does not tell whether the id exists.
 */
export async function loadSelfEvidenceFile(user: SessionUser, evidenceId: string): Promise<Loaded<SelfEvidenceFile>> {
  if (!storable(evidenceId)) return NOT_FOUND;
  const row = await db.selfScoreEvidence.findUnique({
    where: { id: evidenceId },
    include: { selfScore: { select: { agencyId: true, selfAssessment: { select: { provinceId: true } } } } },
  });
  if (!row || row.kind !== "file" || !row.storageKey || row.selfScore.selfAssessment.provinceId !== user.provinceId)
    return NOT_FOUND;
  const wholeProvince = hasAction(user.role, "selfassessment.read");
  if (!wholeProvince && (!user.agencyId || row.selfScore.agencyId !== user.agencyId)) return NOT_FOUND;
  const file = {
    fileName: row.fileName ?? "tep",
    mimeType: row.mimeType ?? "application/octet-stream",
    storageKey: row.storageKey,
  };
  return { status: "ok", data: file };
}

/** The province's active agencies, for assigning criteria. */
export async function loadAssignableAgencies(user: SessionUser): Promise<{ id: string; name: string }[]> {
  if (!hasAction(user.role, "selfassessment.manage")) return [];
  return db.agency.findMany({
    where: { provinceId: user.provinceId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
