// The benchmark's province: Lâm Đồng's directory plus 105 communes (~150 agencies), five yearly assessments
// each with a plan of ~850 tasks (several thousand in all), evidence on every accepted task, and the other 62
// provinces' published totals for the latest year.
import type { PrismaClient } from "@/generated/prisma/client";
import { createDashboardFixture, createPeerProvinces } from "@/lib/dashboard/testing/fixture";

export const YEARS = [2016, 2017, 2018, 2019, 2020];
export const LATEST = 2020;

export type BenchProvince = {
  provinceId: string;
  planIds: string[];
  latestPlanId: string;
  oldestPlanId: string;
  agencies: number;
  tasks: number;
  districtId: string;
};

export async function generateProvince(client: PrismaClient): Promise<BenchProvince> {
  const fixture = await createDashboardFixture(client, {
    provinceName: "Tỉnh đo hiệu năng",
    provinceCode: "bench",
    years: YEARS,
    ranks: Object.fromEntries(YEARS.map((y, i) => [y, { rank: 45 - i * 3, rankOf: 63 }])),
    communes: 105,
    dutiesPerPlan: 40,
    evidence: true,
  });
  const peers = Array.from({ length: 62 }, (_, i) => (95 - i * 0.37).toFixed(2));
  await createPeerProvinces(client, "bench", LATEST, peers, fixture.provinceId);
  const planIds = YEARS.map((y) => fixture.planIdByYear.get(y) ?? "");
  return {
    provinceId: fixture.provinceId,
    planIds,
    latestPlanId: planIds.at(-1) ?? "",
    oldestPlanId: planIds[0] ?? "",
    agencies: fixture.agencyIdByName.size,
    tasks: fixture.taskCount,
    districtId: fixture.agencyIdByName.get("UBND huyện Đức Trọng") ?? "",
  };
}
