// Once the national framework of a year exists, each province's partial list of that year (what its plan's
// appendix gave before) is matched to it by code: scores, measures, tasks and self-scores move to the
// national criteria, the assessment points at the national framework, and the partial list goes. A list
// with a code the national framework lacks stays as it is (reported), so one province's slip never blocks
// the national import nor loses that province's data.
import type { Tx } from "@/lib/db";

export type RebindReport = { provinceId: string; matched: boolean; unknownCodes: string[] };

export async function rebindPartialFrameworks(tx: Tx, year: number): Promise<RebindReport[]> {
  const national = await tx.framework.findFirst({
    where: { year, provinceId: null },
    include: { criteria: { select: { id: true, code: true } } },
  });
  if (!national) return [];
  const nationalIds = new Map(national.criteria.map((c) => [c.code, c.id]));
  const partials = await tx.framework.findMany({
    where: { year, provinceId: { not: null } },
    include: { criteria: { select: { id: true, code: true } } },
  });
  const reports: RebindReport[] = [];
  for (const partial of partials) {
    const unknownCodes = partial.criteria.filter((c) => !nationalIds.has(c.code)).map((c) => c.code);
    reports.push({ provinceId: partial.provinceId ?? "", matched: unknownCodes.length === 0, unknownCodes });
    if (unknownCodes.length > 0) continue;
    for (const c of partial.criteria) {
      const to = nationalIds.get(c.code) as string;
      const where = { criterionId: c.id };
      const data = { criterionId: to };
      await tx.criterionScore.updateMany({ where, data });
      await tx.measure.updateMany({ where, data });
      await tx.task.updateMany({ where, data });
      await tx.selfScore.updateMany({ where, data });
    }
    await tx.assessment.updateMany({ where: { frameworkId: partial.id }, data: { frameworkId: national.id } });
    await tx.selfAssessment.updateMany({ where: { frameworkId: partial.id }, data: { frameworkId: national.id } });
    await tx.framework.delete({ where: { id: partial.id } });
  }
  return reports;
}
