// The framework table's columns, recognised by meaning in any order ("Điểm tối đa" / "Điểm chuẩn" /
// "Thang điểm"; "Nguồn điểm" / "Phương pháp chấm" / "Điều tra XHH"), like the plan importer's.
import type { HeaderRule } from "@/lib/plans/import/table";
import { foldKey } from "@/lib/text/vietnamese";
import { frameworkColumnLabels, frameworkMessages } from "./messages";

export type FrameworkColumn = keyof typeof frameworkColumnLabels;
export type FrameworkColumns = Partial<Record<FrameworkColumn, number>>;

const RULES: [FrameworkColumn, RegExp][] = [
  ["code", /^(stt|tt|so tt|ma|ma so|ma tieu chi|ma tc|code)$/],
  ["survey", /\b(nguon diem|phuong phap cham|cach cham|hinh thuc cham|dieu tra|xhh|khao sat)\b/],
  ["maxPoints", /\b(diem (chuan|toi da|tieu chuan)|thang diem)\b/],
  ["title", /\b(linh vuc|tieu chi|noi dung|ten)\b/],
];

const REQUIRED: readonly FrameworkColumn[] = ["code", "title", "maxPoints"];

export function matchFrameworkColumns(cells: string[]): FrameworkColumns {
  const map: FrameworkColumns = {};
  cells.forEach((cell, index) => {
    const folded = foldKey(cell);
    const rule = folded ? RULES.find(([, re]) => re.test(folded)) : undefined;
    if (rule && map[rule[0]] === undefined) map[rule[0]] = index;
  });
  return map;
}

export const FRAMEWORK_HEADER: HeaderRule = {
  isHeader: (cells) => {
    const map = matchFrameworkColumns(cells);
    return REQUIRED.every((k) => map[k] !== undefined);
  },
  missingColumns: (cells) => {
    const map = matchFrameworkColumns(cells);
    if (Object.keys(map).length < 2 || map.code === undefined) return null;
    const missing = REQUIRED.filter((k) => map[k] === undefined).map((k) => frameworkColumnLabels[k]);
    return missing.length > 0 ? missing : null;
  },
  noTableMessage: frameworkMessages.noTable,
};
