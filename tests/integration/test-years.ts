// A made-up index year for a test's own national framework. Framework.year is unique among national frameworks
// and test files leave theirs behind in the shared test database, so a random year alone collides sooner or
// later (it did in CI): pick one among the years no framework uses yet.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

export async function unusedFrameworkYear(client: Tx | typeof db = db, low = 3000, high = 9000): Promise<number> {
  const rows = await client.framework.findMany({ where: { year: { gte: low, lt: high } }, select: { year: true } });
  const used = new Set(rows.map((r) => r.year));
  if (used.size >= high - low) throw new Error(`no unused test year left in ${low}–${high - 1}`);
  for (;;) {
    const year = low + Math.floor(Math.random() * (high - low));
    if (!used.has(year)) return year;
  }
}
