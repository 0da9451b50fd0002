import "server-only";
import { db } from "@/lib/db";

export async function loadProvince(provinceId: string) {
  return db.province.findUnique({ where: { id: provinceId } });
}
