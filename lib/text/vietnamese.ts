// Vietnamese text helpers shared by the importers: normalise what people typed, and fold it for
// forgiving comparisons (case, diacritics, đ, tone-mark placement, punctuation).

/** NFC, non-breaking/odd spaces → space, runs of whitespace collapsed, trimmed. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\u00A0\u2007\u202F\u200B\uFEFF]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Old-style tone placement ("hoá", "uỷ") and new-style ("hóa", "ủy") are both correct spellings;
// comparisons map them to one form so they never count as typos.
const TONE_PLACEMENT: Record<string, string> = {
  óa: "oá",
  òa: "oà",
  ỏa: "oả",
  õa: "oã",
  ọa: "oạ",
  óe: "oé",
  òe: "oè",
  ỏe: "oẻ",
  õe: "oẽ",
  ọe: "oẹ",
  úy: "uý",
  ùy: "uỳ",
  ủy: "uỷ",
  ũy: "uỹ",
  ụy: "uỵ",
};
const TONE_PATTERN = new RegExp(Object.keys(TONE_PLACEMENT).join("|"), "g");

/** Case-insensitive comparison key that keeps diacritics: "Các  Sở" → "các sở". */
export function exactKey(value: string): string {
  return normalizeText(value)
    .toLocaleLowerCase("vi")
    .replace(TONE_PATTERN, (m) => TONE_PLACEMENT[m] ?? m)
    .replace(/\s*[-–—]\s*/g, " - ");
}

/** Diacritic-free key: "Thanh tra tỉnh" → "thanh tra tinh"; "Sở KH&ĐT" → "so kh&dt". */
export function foldKey(value: string): string {
  return normalizeText(value)
    .toLocaleLowerCase("vi")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/\s*&\s*/g, "&")
    .replace(/[^a-z0-9&]+/g, " ")
    .trim();
}

/** Levenshtein distance, stopping early once it exceeds `max` (then returns max + 1). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** "Quý III năm 2026" → "quý III năm 2026" (inside a sentence; Roman numerals and names keep their case). */
export function lowerFirst(value: string): string {
  return value.charAt(0).toLocaleLowerCase("vi-VN") + value.slice(1);
}

/**
 * A document reference (a restructuring's decision) ready to quote inside a sentence: trimmed, without the
 * brackets that wrap all of it ("(Quyết định 12/QĐ-UBND)") and without closing punctuation, so the sentence
 * around it adds its own; brackets inside it stay. Empty when nothing is left.
 */
export function quotableReference(value: string): string {
  let text = value.replace(/[\s.;,:]+$/u, "").trim();
  for (;;) {
    const inner = text.match(/^[([](.*)[)\]]$/s)?.[1];
    if (inner === undefined || !balanced(inner)) return text;
    text = inner.replace(/[\s.;,:]+$/u, "").trim();
  }
}

/** Every "(" and "[" closed in order: "(a) (b)" is not one pair around "a) (b". */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
