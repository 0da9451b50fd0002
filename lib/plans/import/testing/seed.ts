// The real Lâm Đồng plan (prisma/seed-data, the file the seed imports) and what a careful reader finds in its appendix, typed in by
// hand from the document — the importer's output is checked against this, never against itself.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEED_FILE_NAME = "6006-KH-UBND-2021-lam-dong.txt";
const SEED_URL = new URL(`../../../../prisma/seed-data/${SEED_FILE_NAME}`, import.meta.url);

export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(SEED_URL)));
export const seedText = (): string => readFileSync(fileURLToPath(SEED_URL), "utf8");

/** code, level, standard, assessed, lost — as printed ("8,50"). */
export const SEED_CRITERIA: [string, "field" | "criterion" | "subcriterion", string, string, string][] = [
  ["1", "field", "8,50", "7,47", "1,03"],
  ["1.5", "criterion", "2,00", "1,00", "1,00"],
  ["1.6", "criterion", "1,50", "1,47", "0,03"],
  ["3", "field", "13,50", "13,45", "0,05"],
  ["3.4", "criterion", "5,00", "4,95", "0,05"],
  ["3.4.1", "subcriterion", "1,50", "1,48", "0,02"],
  ["3.4.2", "subcriterion", "1,50", "1,46", "0,04"],
  ["3.4.3", "subcriterion", "1,00", "0,996", "0,004"],
  ["4", "field", "7,00", "5,66", "1,34"],
  ["4.1", "criterion", "3,50", "2,66", "0,84"],
  ["4.1.2", "subcriterion", "1,50", "1,00", "0,50"],
  ["4.1.3", "subcriterion", "1,00", "0,66", "0,34"],
  ["4.3", "criterion", "1,50", "1,00", "0,50"],
  ["4.3.3", "subcriterion", "0,50", "0,00", "0,50"],
  ["5", "field", "7,50", "7,00", "0,50"],
  ["5.5", "criterion", "1,25", "0,75", "0,50"],
  ["5.5.2", "subcriterion", "1,00", "0,50", "0,50"],
  ["6", "field", "8,00", "4,58", "3,42"],
  ["6.1", "criterion", "3,00", "1,58", "1,42"],
  ["6.1.1", "subcriterion", "1,00", "0,71", "0,29"],
  ["6.1.2", "subcriterion", "1,00", "0,00", "1,00"],
  ["6.1.3", "subcriterion", "1,00", "0,87", "0,13"],
  ["6.3", "criterion", "3,00", "1,00", "2,00"],
  ["6.3.3", "subcriterion", "1,00", "0,00", "1,00"],
  ["6.3.4", "subcriterion", "1,00", "0,00", "1,00"],
  ["7", "field", "11,00", "10,66", "0,34"],
  ["7.1", "criterion", "7,25", "6,91", "0,34"],
  ["7.1.3", "subcriterion", "1,00", "0,98", "0,02"],
  ["7.1.9", "subcriterion", "1,00", "0,68", "0,32"],
  ["8", "field", "6,00", "3,92", "2,08"],
  ["8.3", "criterion", "2,00", "1,92", "0,08"],
  ["8.3.1", "subcriterion", "1,00", "0,92", "0,08"],
  ["8.5", "criterion", "1,00", "0,00", "1,00"],
  ["8.6", "criterion", "1,00", "0,00", "1,00"],
  ["9", "field", "33,50", "26,19", "7,31"],
  ["9.1", "criterion", "10,00", "8,63", "1,37"],
  ["9.2", "criterion", "23,50", "17,56", "5,94"],
];

const SBN = "Các Sở, ban, ngành";
const HUYEN = "UBND cấp huyện";
const XA = "UBND cấp xã";
const NOI_VU = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const HCC = "Trung tâm Phục vụ hành chính công tỉnh";
const TC = "Sở Tài chính";
const KHDT = "Sở Kế hoạch và Đầu tư";
const BUU_DIEN = "Bưu điện tỉnh Lâm Đồng";

/** criterion code → canonical lead and support names of its one measure. */
export const SEED_MEASURES: [string, string[], string[]][] = [
  ["1.5", [SBN, HUYEN], [NOI_VU, VP]],
  ["1.6", [SBN, HUYEN], [VP]],
  ["3.4.1", [SBN], [HCC, TT]],
  ["3.4.2", [HUYEN], [HCC, TT]],
  ["3.4.3", [XA], [HCC, TT]],
  ["4.1.2", [SBN, HUYEN], [NOI_VU]],
  ["4.1.3", [SBN, HUYEN], [NOI_VU, TC]],
  ["4.3.3", [SBN, HUYEN], ["Thanh tra tỉnh", SBN]],
  ["5.5.2", [SBN, HUYEN, XA, "các đơn vị sự nghiệp"], [NOI_VU]],
  ["6.1.1", [KHDT, TC], [SBN, HUYEN]],
  ["6.1.2", [TC], [SBN, HUYEN]],
  ["6.1.3", [TC], [SBN, HUYEN]],
  ["6.3.3", [TC], [SBN, HUYEN]],
  ["6.3.4", [TC], [SBN, HUYEN]],
  ["7.1.3", [TT], [SBN, HUYEN, XA]],
  ["7.1.9", [SBN, HUYEN, XA], [HCC, TT]],
  ["8.3.1", [KHDT], [SBN, HUYEN]],
  ["8.5", [SBN, HUYEN], [KHDT, VP]],
  ["8.6", [SBN, HUYEN], [KHDT, VP]],
  ["9.1", [SBN, HUYEN, XA], [NOI_VU, BUU_DIEN]],
  ["9.2", ["HĐND tỉnh", "UBND tỉnh", HUYEN, SBN], [VP, NOI_VU, BUU_DIEN]],
];

/** "8,50" → "8.5", "0,00" → "0": the canonical form, computed independently of the importer. */
export function canonical(printed: string): string {
  const [int = "0", frac = ""] = printed.split(",");
  const trimmed = frac.replace(/0+$/, "");
  return trimmed ? `${Number(int)}.${trimmed}` : String(Number(int));
}

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}
