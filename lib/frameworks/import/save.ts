// Stores a checked national framework for an index year inside the caller's transaction: creates it, or
// changes it in place by code (so every province's scores, measures and self-assessments keep pointing at
// the same rows), then matches the provinces' partial lists of that year to it. Refuses (writes nothing)
// when the file had errors or when it drops a criterion that a province already uses.
// No "server-only": the CLI runs it under tsx. The audit row is the caller's.

import { sortKeyOf } from "@/lib/criteria/codes";
import type { Tx } from "@/lib/db";
import type { Audit } from "@/lib/server/audit";
import { type RebindReport, rebindPartialFrameworks } from "../rebind";
import { frameworkMessages as m } from "./messages";
import type { FrameworkError, ParsedFramework } from "./types";

export class FrameworkImportError extends Error {
  constructor(readonly errors: FrameworkError[]) {
    super(errors.map((e) => (e.line > 0 ? `Dòng ${e.line}: ${e.message}` : e.message)).join("\n"));
    this.name = "FrameworkImportError";
  }
}

export type SaveFrameworkInput = { year: number; decisionNumber: string | null; parsed: ParsedFramework };
export type SaveFrameworkResult = {
  frameworkId: string;
  created: boolean;
  counts: { created: number; updated: number; removed: number };
  rebound: RebindReport[];
  audit: Audit;
};

const LEVEL = { field: "FIELD", criterion: "CRITERION", subcriterion: "SUBCRITERION" } as const;

export const nationalFrameworkTitle = (year: number): string => `Bộ Chỉ số CCHC cấp tỉnh năm ${year}`;

export async function saveNationalFramework(tx: Tx, input: SaveFrameworkInput): Promise<SaveFrameworkResult> {
  const { year, parsed } = input;
  if (parsed.errors.length > 0) throw new FrameworkImportError(parsed.errors);
  // One national framework per year: serialise concurrent imports of the same year.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('framework-import'), ${year})`;
  const found = await tx.framework.findFirst({ where: { year, provinceId: null } });
  const data = {
    title: nationalFrameworkTitle(year),
    maxPoints: parsed.totals.maxPoints,
    decisionNumber: input.decisionNumber ?? found?.decisionNumber ?? null,
  };
  const framework = found
    ? await tx.framework.update({ where: { id: found.id }, data })
    : await tx.framework.create({ data: { year, ...data } });
  const counts = await saveCriteria(tx, framework.id, parsed);
  const rebound = await rebindPartialFrameworks(tx, year);
  const audit: Audit = {
    action: found ? "framework.update" : "framework.create",
    entity: "Framework",
    entityId: framework.id,
    before: found ? { decisionNumber: found.decisionNumber, maxPoints: found.maxPoints.toString() } : null,
    after: {
      year,
      decisionNumber: data.decisionNumber,
      maxPoints: parsed.totals.maxPoints,
      fileName: parsed.fileName,
      ...counts,
      rebound,
    },
  };
  return { frameworkId: framework.id, created: !found, counts, rebound, audit };
}

async function saveCriteria(tx: Tx, frameworkId: string, parsed: ParsedFramework) {
  const existing = await tx.criterion.findMany({ where: { frameworkId }, select: { id: true, code: true } });
  const ids = new Map(existing.map((c) => [c.code, c.id]));
  const wanted = new Set(parsed.criteria.map((c) => c.code));
  const dropped = existing.filter((c) => !wanted.has(c.code));
  await refuseDroppingUsed(
    tx,
    dropped.map((c) => c.id),
    dropped.map((c) => c.code),
  );
  const counts = { created: 0, updated: 0, removed: dropped.length };
  // Parents are written before children (the list is in code order); the dropped rows go last, when no
  // kept row points at them any more (the parent link cascades).
  for (const c of parsed.criteria) {
    const parentId = c.parentCode ? (ids.get(c.parentCode) ?? null) : null;
    const data = {
      title: c.title,
      level: LEVEL[c.level],
      standardPoints: c.maxPoints,
      survey: c.survey,
      parentId,
      sortKey: sortKeyOf(c.code),
    };
    const id = ids.get(c.code);
    if (id) {
      await tx.criterion.update({ where: { id }, data });
      counts.updated++;
    } else {
      const created = await tx.criterion.create({ data: { frameworkId, code: c.code, ...data }, select: { id: true } });
      ids.set(c.code, created.id);
      counts.created++;
    }
  }
  await tx.criterion.deleteMany({ where: { id: { in: dropped.map((c) => c.id) } } });
  return counts;
}

async function refuseDroppingUsed(tx: Tx, ids: string[], codes: string[]) {
  if (ids.length === 0) return;
  const where = { criterionId: { in: ids } };
  const [scores, measures, tasks, selfScores] = await Promise.all([
    tx.criterionScore.findMany({ where, select: { criterionId: true } }),
    tx.measure.findMany({ where, select: { criterionId: true } }),
    tx.task.findMany({ where, select: { criterionId: true } }),
    tx.selfScore.findMany({ where, select: { criterionId: true } }),
  ]);
  const used = new Set([...scores, ...measures, ...tasks, ...selfScores].map((r) => r.criterionId));
  const usedCodes = codes.filter((_, i) => used.has(ids[i] ?? ""));
  if (usedCodes.length > 0)
    throw new FrameworkImportError([{ line: 0, code: "CRITERION_IN_USE", message: m.inUse(usedCodes) }]);
}
