import { db } from "@/lib/db";
import { loadDashboard } from "@/lib/dashboard/dashboard";
const p = await db.province.findFirstOrThrow({ where: { code: "lam-dong" } });
const d = await loadDashboard({ provinceId: p.id }, {});
console.log(JSON.stringify({ h: d?.headline, rem: d?.remediation, ag: d?.agencies.bars.slice(0, 5).map(b => [b.name, b.points, b.tasks.total]), n: d?.agencies.bars.length, total: d?.agencies.total, rs: d?.agencies.roundedSum, proj: { ...d?.projection, counted: d?.projection.counted.length, notCounted: undefined }, years: d?.years.years.map(y => [y.year, y.total, y.rank]) }, null, 1));
await db.$disconnect();
