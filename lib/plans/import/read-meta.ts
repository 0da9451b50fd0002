// Reads the plan's identity and the published PAR Index headline from the document body.
// Regexes follow the fixed parts of the administrative style (Nghị định 30/2020/NĐ-CP): "Số: …",
// "<Địa danh>, ngày … tháng … năm …", "(Kèm theo Kế hoạch số … của UBND tỉnh …)", and the usual
// "Chỉ số CCHC năm 2020 … đạt 83,93/100 điểm … xếp thứ 32/63" sentence in its common variants.
import { readScoreSentence } from "./read-score";
import type { PlanMeta } from "./types";

const NAME = String.raw`\p{Lu}\p{Ll}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*){0,3}`;
const DATE_WORDS = String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;

export function readPlanMeta(text: string): PlanMeta {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const caption = lines.find((l) => /^\(?\s*kèm theo\b/iu.test(l)) ?? "";
  const appendixTitle = readAppendixTitle(lines, caption);
  const headline = readScoreSentence(lines);
  return {
    number: readNumber(text, caption),
    issuedOn: readIssuedOn(text, caption),
    province: readProvince(text, caption),
    title: planTitle(appendixTitle, text),
    appendixTitle,
    frameworkDecisionNumber: /\b(\d+\/QĐ-BNV)\b/u.exec(text)?.[1] ?? null,
    ...headline,
  };
}

function readNumber(text: string, caption: string): string | null {
  const numberPattern = String.raw`(\d+\s*\/\s*[\p{Lu}\d][\p{Lu}\d-]*)`;
  const match =
    new RegExp(String.raw`(?:^|\s)Số\s*:\s*${numberPattern}`, "u").exec(text) ??
    new RegExp(String.raw`Kế hoạch số\s+${numberPattern}`, "iu").exec(caption);
  return match?.[1]?.replace(/\s+/g, "") ?? null;
}

function readIssuedOn(text: string, caption: string): string | null {
  const dateline = new RegExp(String.raw`[\p{L} .-]+,\s*${DATE_WORDS}`, "u").exec(text);
  const inCaption =
    new RegExp(DATE_WORDS, "iu").exec(caption) ?? /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu.exec(caption);
  const m = dateline ?? inCaption;
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

function readProvince(text: string, caption: string): string | null {
  const patterns = [
    [caption, String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)\s+(${NAME})`],
    [text, String.raw`của\s+(?:tỉnh|thành phố)\s+(${NAME})\s+(?:đạt|xếp|là)`],
    [text, String.raw`(?:^|\|)\s*(${NAME}),\s*ngày\s+\d{1,2}\s+tháng`],
  ] as const;
  for (const [source, pattern] of patterns) {
    const found = new RegExp(pattern, "mu").exec(source)?.[1];
    if (found) return found.trim();
  }
  return null;
}

// The appendix title is the capitalised line just above "(Kèm theo Kế hoạch số …)".
function readAppendixTitle(lines: string[], caption: string): string | null {
  const at = caption ? lines.indexOf(caption) : -1;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const line = lines[i] ?? "";
    if (line && !line.includes("|") && line === line.toLocaleUpperCase("vi") && /\p{L}{3}/u.test(line)) return line;
  }
  return null;
}

const ACRONYMS = new Set(["CCHC", "UBND", "HĐND", "TTHC", "KT-XH", "CBCCVC", "CNTT", "PAR", "PCI", "PAPI", "SIPAS"]);
const keepCase = (word: string) => ACRONYMS.has(word.replace(/[,.;:()]/g, ""));

/** "KHẮC PHỤC … CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 …" → "Kế hoạch khắc phục … Chỉ số cải cách hành chính năm 2021 …". */
function planTitle(appendixTitle: string | null, text: string): string | null {
  if (appendixTitle) {
    const words = appendixTitle.split(/\s+/).map((w) => (keepCase(w) ? w : w.toLocaleLowerCase("vi")));
    const sentence = words.join(" ").replace(/\bchỉ số (?=cải cách|CCHC|PAR)/gu, "Chỉ số ");
    return /^kế hoạch\b/u.test(sentence) ? `K${sentence.slice(1)}` : `Kế hoạch ${sentence}`;
  }
  const issued = /ban hành\s+(Kế hoạch\s+[^.]{10,200})\./u.exec(text)?.[1];
  return issued?.trim() ?? null;
}

export function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
