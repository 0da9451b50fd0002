// Finding a province by the name a person typed (command line): exact up to case, spacing and tone-mark
// placement ("Lâm Đồng", "lâm  đồng"). No "server-only": scripts (tsx) call it.
import { db } from "@/lib/db";
import { exactKey } from "@/lib/text/vietnamese";

export async function findProvinceByName(name: string): Promise<{ id: string; name: string } | null> {
  const wanted = exactKey(name);
  if (!wanted) return null;
  const provinces = await db.province.findMany({ select: { id: true, name: true } });
  return provinces.find((p) => exactKey(p.name) === wanted) ?? null;
}
