// Part of npm run db:seed:scale: each synthetic province's latest plan gets its default reporting calendar for
// the plan's year (the same function the seed and Sở Nội vụ's screen use), so the report pages have periods.
import { db } from "@/lib/db";
import { createDefaultCalendar } from "@/lib/reports/calendar";

async function main(): Promise<void> {
  const plans = await db.plan.findMany({
    where: { province: { code: { startsWith: "thu-nghiem-" } } },
    orderBy: [{ provinceId: "asc" }, { issuedOn: "desc" }],
    distinct: ["provinceId"],
    select: { id: true, issuedOn: true },
  });
  let created = 0;
  for (const plan of plans) {
    const result = await db.$transaction((tx) => createDefaultCalendar(tx, plan.id, plan.issuedOn.getUTCFullYear()), {
      timeout: 60_000,
    });
    created += result.created.length;
  }
  console.log(`  lịch báo cáo: ${created} kỳ cho ${plans.length} kế hoạch mới nhất`);
}

main()
  .catch((error) => {
    console.error("Không tạo được lịch báo cáo:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
