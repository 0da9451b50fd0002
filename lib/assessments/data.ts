import "server-only";
// Reads of published results. Other provinces' totals are public figures; a province's own criteria scores
// are read through lib/scores.
import { db } from "@/lib/db";

/** Other provinces' published totals of a year as this province entered them, highest first (entry page). */
export async function loadPeerScoreList(provinceId: string, year: number) {
  return db.peerScore.findMany({
    where: { ownerProvinceId: provinceId, year },
    orderBy: [{ totalScore: "desc" }, { provinceName: "asc" }],
    select: { provinceName: true, totalScore: true, rank: true, source: true },
  });
}

/** The latest year with the province's own detailed result (the year the page opens on). */
export async function loadLatestAssessedYear(provinceId: string): Promise<number> {
  const latest = await db.assessment.findFirst({
    where: { provinceId, frameworkId: { not: null } },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return latest?.year ?? new Date().getFullYear() - 1;
}
