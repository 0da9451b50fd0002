// Other provinces' published PAR Index totals, pasted by Sở Nội vụ from the Ministry's announcement: one
// province a line, "Tên tỉnh; điểm" or "Tên tỉnh; điểm; hạng" (also tab- or |-separated, as copied from a
// table or a spreadsheet). Pure: the form and the server share it. Errors name the line, in Vietnamese.
import { canonicalDecimal, parseDecimal } from "@/lib/plans/import/numbers";
import { exactKey, foldKey, normalizeText } from "@/lib/text/vietnamese";

export type PeerScore = { provinceName: string; score: string; rank: number | null; line: number };
export type PeerLinesResult = { scores: PeerScore[]; errors: string[] };

const MAX_LINES = 100;

/** "tỉnh Quảng Ninh", "TP. Hà Nội", "Thành phố Hồ Chí Minh" → the name as the index lists it. */
export function provinceDisplayName(raw: string): string {
  return normalizeText(raw).replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "");
}

export function provinceCode(name: string): string {
  return foldKey(provinceDisplayName(name)).replace(/\s+/g, "-");
}

export function parsePeerLines(text: string, ownProvinceName: string): PeerLinesResult {
  const scores: PeerScore[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  const lines = text.normalize("NFC").split(/\r?\n/);
  if (lines.filter((l) => l.trim()).length > MAX_LINES)
    return { scores, errors: [`Tối đa ${MAX_LINES} dòng (63 tỉnh, thành phố).`] };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const parsed = parseLine(raw, line);
    if (typeof parsed === "string") return void errors.push(parsed);
    const key = exactKey(parsed.provinceName);
    if (key === exactKey(provinceDisplayName(ownProvinceName))) {
      return void errors.push(
        `Dòng ${line}: «${parsed.provinceName}» là tỉnh của bạn; điểm của tỉnh lấy từ kết quả đánh giá, không nhập ở đây.`,
      );
    }
    const first = seen.get(key);
    if (first) return void errors.push(`Dòng ${line}: «${parsed.provinceName}» đã có ở dòng ${first}.`);
    seen.set(key, line);
    scores.push(parsed);
  });
  if (scores.length === 0 && errors.length === 0)
    errors.push("Chưa có dòng nào: mỗi dòng một tỉnh, dạng «Quảng Ninh; 91,06».");
  return { scores, errors };
}

function parseLine(raw: string, line: number): PeerScore | string {
  const cells = raw
    .split(/[;\t|]/)
    .map((c) => normalizeText(c))
    .filter((c, i, all) => c !== "" || i < all.length - 1);
  // A leading STT column ("1 | Quảng Ninh | 91,06") is dropped.
  if (cells.length >= 3 && /^\d+$/.test(cells[0] ?? "") && !/^\d/.test(cells[1] ?? "")) cells.shift();
  const [name = "", scoreText = "", rankText = ""] = cells;
  const provinceName = provinceDisplayName(name);
  if (!provinceName || /^\d/.test(provinceName)) return `Dòng ${line}: thiếu tên tỉnh (dạng «Quảng Ninh; 91,06»).`;
  const score = parseDecimal(scoreText);
  if (!score) return `Dòng ${line}: «${scoreText || "(trống)"}» không phải là điểm (ví dụ 91,06).`;
  if (score.lte(0) || score.gt(100) || score.decimalPlaces() > 3) {
    return `Dòng ${line}: điểm ${scoreText} phải lớn hơn 0, không quá 100 và có tối đa 3 chữ số thập phân.`;
  }
  if (rankText && !/^\d{1,2}$/.test(rankText)) return `Dòng ${line}: hạng «${rankText}» phải là số nguyên (1–63).`;
  return { provinceName, score: canonicalDecimal(score), rank: rankText ? Number(rankText) : null, line };
}
