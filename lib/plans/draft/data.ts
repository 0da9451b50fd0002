import "server-only";
// What the "Lập kế hoạch khắc phục" page shows: the province's published result of the year and its draft
// (criteria that lost points, measures grouped by criterion), the province's agencies to choose from.
import { hasAction } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canonicalDecimal } from "@/lib/plans/import/numbers";
import { FORBIDDEN, NOT_FOUND } from "@/lib/server/loaded";
import type { DraftContent } from "./types";

/** Refused without "plan.import"; not found until the year's published result is entered. */
export async function loadPlanDraftPage(user: SessionUser, year: number) {
  if (!hasAction(user.role, "plan.import")) return FORBIDDEN;
  const result = await db.assessment.findUnique({
    where: { provinceId_year: { provinceId: user.provinceId, year } },
    include: { planDraft: true, _count: { select: { scores: true } } },
  });
  if (!result) return NOT_FOUND;
  const agencies = await db.agency.findMany({
    where: { provinceId: user.provinceId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const draft = result.planDraft;
  const plan = draft?.publishedPlanId
    ? await db.plan.findUnique({
        where: { id: draft.publishedPlanId },
        select: { id: true, number: true, _count: { select: { tasks: true } } },
      })
    : null;
  const data = {
    year,
    result: {
      totalScore: canonicalDecimal(result.totalScore.toString()),
      rank: result.rank,
      rankOf: result.rankOf,
      hasScores: result._count.scores > 0,
    },
    agencies,
    draft: draft
      ? {
          id: draft.id,
          version: draft.version,
          number: draft.number,
          issuedOn: draft.issuedOn?.toISOString().slice(0, 10) ?? "",
          title: draft.title,
          content: draft.content as unknown as DraftContent,
          published: plan ? { id: plan.id, number: plan.number, tasks: plan._count.tasks } : null,
        }
      : null,
  };
  return { status: "ok" as const, data };
}
export type PlanDraftPage = Extract<Awaited<ReturnType<typeof loadPlanDraftPage>>, { status: "ok" }>["data"];
