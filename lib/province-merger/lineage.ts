import "server-only";
// A province's predecessors: the provinces merged into it, and theirs, recursively. Reads that show history
// (published results, plans, the dashboard's years) include them; boards of current work never do.
import { db } from "@/lib/db";
import { type HistoryProvince, historyLabel } from "@/lib/provinces/history-label";

export type Predecessor = HistoryProvince & { label: string };

export async function loadPredecessors(provinceId: string): Promise<Predecessor[]> {
  if (!provinceId) return [];
  const rows = await db.$queryRaw<HistoryProvince[]>`
    with recursive lineage(id, name, "mergedOn", depth) as (
      select id, name, "mergedOn", 0 from "Province" where id = ${provinceId}
      union all
      select p.id, p.name, p."mergedOn", l.depth + 1 from "Province" p join lineage l on p."mergedIntoId" = l.id
      where l.depth < 10
    )
    select id, name, "mergedOn" from lineage where depth > 0 order by "mergedOn" desc nulls last, name`;
  return rows.map((r) => ({ ...r, label: historyLabel(r) }));
}
