import "server-only";
// Sở Nội vụ enters the province's own published result for an index year, per criterion, as points or as a
// percentage of the maximum. It is the province's own record (its Assessment of that year): another
// province's records are never touched. The number of provinces ranked comes from the year.
import { provincesRankedIn } from "@/lib/frameworks/years";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { toPoints } from "./convert";
import { publishedResultSchema } from "./schema";

export const enterPublishedResult = defineMutation({
  action: "selfassessment.manage",
  schema: publishedResultSchema,
  load: async (tx, input, user) => {
    const frameworks = await tx.framework.findMany({
      where: { year: input.year, OR: [{ provinceId: null }, { provinceId: user.provinceId }] },
      orderBy: { partial: "asc" },
      include: { criteria: { select: { id: true, code: true, parentId: true, standardPoints: true } } },
    });
    const framework = frameworks[0];
    if (!framework) throw new MutationError("INVALID", `Chưa có bộ chỉ số năm ${input.year}: chưa nhập được kết quả.`);
    return { record: framework, target: { provinceId: user.provinceId } };
  },
  run: async (tx, input, { user, record }) => {
    const nodes = record.criteria.map((c) => ({
      id: c.id,
      code: c.code,
      parentId: c.parentId,
      maxPoints: c.standardPoints.toString(),
    }));
    const { points, errors } = toPoints(nodes, input.values, input.mode);
    if (Object.keys(errors).length > 0) throw new MutationError("INVALID", MESSAGES.INVALID, undefined, errors);
    const rankOf = provincesRankedIn(input.year);
    if (input.rank !== null && (input.rank < 1 || input.rank > rankOf)) {
      throw new MutationError("INVALID", MESSAGES.INVALID, undefined, {
        rank: [`Năm ${input.year} xếp hạng ${rankOf} tỉnh, thành phố: thứ hạng từ 1 đến ${rankOf}.`],
      });
    }
    const key = { provinceId_year: { provinceId: user.provinceId, year: input.year } };
    const data = {
      frameworkId: record.id,
      totalScore: input.totalScore,
      rank: input.rank,
      rankOf,
      source: `Kết quả công bố năm ${input.year}, do Sở Nội vụ nhập`,
    };
    const assessment = await tx.assessment.upsert({
      where: key,
      create: { provinceId: user.provinceId, year: input.year, ...data },
      update: data,
    });
    await tx.criterionScore.deleteMany({ where: { assessmentId: assessment.id } });
    await tx.criterionScore.createMany({
      data: [...points].map(([criterionId, assessedPoints]) => ({
        assessmentId: assessment.id,
        criterionId,
        assessedPoints,
      })),
    });
    const after = {
      year: input.year,
      totalScore: input.totalScore,
      rank: input.rank,
      rankOf,
      criteria: points.size,
      mode: input.mode,
    };
    return {
      data: { assessmentId: assessment.id, criteria: points.size },
      audit: { action: "assessment.publish", entity: "Assessment", entityId: assessment.id, after },
    };
  },
});
