// Static directories by province, for work that must run without a database (`plan-import --dry-run`).
// The database (seeded from the same data) is the source of truth everywhere else.
import { exactKey } from "@/lib/text/vietnamese";
import type { AgencyDirectory } from "./directory";
import { lamDongDirectory, lamDongProvince } from "./lam-dong";

const staticDirectories: ReadonlyMap<string, AgencyDirectory> = new Map([[lamDongProvince.name, lamDongDirectory]]);

export const staticDirectoryProvinces = (): string[] => [...staticDirectories.keys()];

/** "lâm đồng", "Lâm  Đồng", "tỉnh Lâm Đồng" → the Lâm Đồng directory; unknown → null. */
export function findStaticDirectory(provinceName: string): AgencyDirectory | null {
  const wanted = exactKey(provinceName.replace(/^\s*(tỉnh|thành phố)\s+/i, ""));
  for (const [name, directory] of staticDirectories) if (exactKey(name) === wanted) return directory;
  return null;
}
