// Recognises the appendix header by meaning, whatever the province called its columns
// ("Điểm chuẩn" / "Điểm tối đa", "Đơn vị chủ trì" / "Cơ quan chủ trì thực hiện", …) and in any order.
import { foldKey } from "@/lib/text/vietnamese";
import { columnLabels, errorMessages } from "./messages";
import type { HeaderRule } from "./table";

export type ColumnKey = keyof typeof columnLabels;
export type ColumnMap = {
  index: Partial<Record<ColumnKey, number>>;
  /** the header text as written, for messages ("Điểm thẩm định") */
  label: Partial<Record<ColumnKey, string>>;
};

// Checked in this order, so the specific ("điểm bị mất") wins over the general ("tiêu chí").
const RULES: [ColumnKey, RegExp][] = [
  ["code", /^(stt|tt|so tt|so thu tu|ma|ma so|ma tieu chi|ma tc|tieu chi code|code)$/],
  ["lost", /\bdiem (bi )?(mat|tru)\b/],
  ["assessed", /\bdiem (tham dinh|dat( duoc)?|danh gia|thuc te)\b/],
  ["standard", /\bdiem (chuan|toi da|tieu chuan)\b|^thang diem$/],
  ["lead", /\b(co quan|don vi) chu tri\b|^chu tri\b/],
  ["support", /\b(co quan|don vi) phoi hop\b|^phoi hop\b/],
  ["timeframe", /^(thoi gian|thoi han|tien do)\b/],
  ["note", /^ghi chu\b/],
  ["measure", /\b(giai phap|bien phap)\b|^nhiem vu\b/],
  ["title", /\b(linh vuc|tieu chi|noi dung)\b/],
];

export const REQUIRED: readonly ColumnKey[] = ["code", "title", "standard"];

export function matchColumns(cells: string[]): ColumnMap {
  const map: ColumnMap = { index: {}, label: {} };
  cells.forEach((cell, index) => {
    const key = classify(cell);
    if (key && map.index[key] === undefined) {
      map.index[key] = index;
      map.label[key] = cell.trim();
    }
  });
  return map;
}

function classify(cell: string): ColumnKey | null {
  const folded = foldKey(cell);
  if (folded === "") return null;
  for (const [key, re] of RULES) if (re.test(folded)) return key;
  return null;
}

/** A header row: the required columns plus assessed or lost points. */
export function isHeader(map: ColumnMap): boolean {
  const { index } = map;
  return REQUIRED.every((k) => index[k] !== undefined) && (index.assessed !== undefined || index.lost !== undefined);
}

/** Looks like an attempt at a header (so a missing column is worth naming rather than "no table"). */
export function missingColumns(map: ColumnMap): string[] | null {
  const found = Object.keys(map.index).length;
  if (found < 3 || map.index.code === undefined) return null;
  const missing: string[] = REQUIRED.filter((k) => map.index[k] === undefined).map((k) => columnLabels[k]);
  if (map.index.assessed === undefined && map.index.lost === undefined) {
    missing.push(`${columnLabels.assessed}» hoặc «${columnLabels.lost}`);
  }
  return missing.length > 0 ? missing : null;
}

/** The plan appendix's header rule, the readers' default. */
export const PLAN_HEADER: HeaderRule = {
  isHeader: (cells) => isHeader(matchColumns(cells)),
  missingColumns: (cells) => missingColumns(matchColumns(cells)),
  noTableMessage: errorMessages.noTable(),
};

/** Column label for messages: the header as written, else the standard name. */
export const labelOf = (map: ColumnMap, key: ColumnKey): string => map.label[key] ?? columnLabels[key];
