// Test and benchmark support: the appendix rows of the seeded plan (6006/KH-UBND, Lâm Đồng), read straight
// from the seed's own text so the score tests check the document the seed imports, not numbers typed twice.
// Deliberately minimal: the real importer lives in lib/plans/import.
import fs from "node:fs";
import path from "node:path";
import { levelOf, parentCodeOf } from "@/lib/criteria/codes";
import type { ScoreRow } from "../items";

export const SEED_PLAN_FILE = path.join(process.cwd(), "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt");

export type AppendixRow = ScoreRow & {
  measure: string | null;
  lead: string | null;
  support: string | null;
  timeframe: string | null;
};

const ROW = /^(\d+(?:\.\d+)*) \| (.+?) \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \|(.*)$/;

const toDecimal = (vi: string) => vi.replace(",", ".").replace(/^(\d+)\.?$/, "$1");

export function readAppendix(file = SEED_PLAN_FILE): AppendixRow[] {
  const rows: AppendixRow[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = ROW.exec(line.normalize("NFC").trim());
    if (!m) continue;
    const [, code = "", title = "", standard = "", assessed = "", lost = "", rest = ""] = m;
    const cells = rest.split(" | ").map((c) => c.replace(/\|$/, "").trim());
    rows.push({
      code,
      title: title.trim(),
      level: levelOf(code),
      parentCode: parentCodeOf(code),
      standard: toDecimal(standard),
      assessed: toDecimal(assessed),
      lost: toDecimal(lost),
      measure: cells[0] || null,
      lead: cells[1] || null,
      support: cells[2] || null,
      timeframe: cells[3] || null,
    });
  }
  return rows;
}
