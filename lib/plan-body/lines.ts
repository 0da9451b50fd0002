// Classifies each line of a published plan text by its list marker. Copies published on legal-document sites
// keep the "1.", "a)" and "- " markers but may drop the Roman section headings and some numbered headings,
// so structure must be read from the markers alone.
import { normalizeText } from "@/lib/text/vietnamese";

export type Line =
  | { kind: "roman"; line: number; numeral: string; text: string }
  | { kind: "heading"; line: number; number: number; text: string }
  | { kind: "letter"; line: number; letter: string; text: string }
  | { kind: "bullet"; line: number; text: string }
  | { kind: "paragraph"; line: number; text: string }
  | { kind: "end"; line: number };

// Vietnamese legal lists skip the letters that are not in the alphabet (f, j, w, z) and use đ after d.
const LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
];

/** Position of a list letter in the alphabet, so a restart ("a)" after "d)") can be told from a continuation. */
export const letterOrder = (letter: string): number => LETTERS.indexOf(letter);

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)$/;
const HEADING = /^(\d{1,2})\.\s+(.+)$/;
const LETTER = new RegExp(`^(${LETTERS.join("|")})\\)\\s*(.+)$`);
const BULLET = /^[-–+•]\s*(.+)$/;
// The signature block ("| CHỦ TỊCH |", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:") ends the body;
// the appendix follows it.
const END = /^\|?\s*(?:(?:TM|KT)\.\s|(?:PHÓ\s+)?CHỦ\s+TỊCH\b)|^Nơi nhận\s*:/;

export function classifyLine(raw: string, line: number): Line | null {
  const text = normalizeText(raw);
  if (text.length === 0) return null;
  if (END.test(text)) return { kind: "end", line };
  let m = ROMAN.exec(text);
  if (m) return { kind: "roman", line, numeral: m[1] ?? "", text: m[2] ?? "" };
  m = HEADING.exec(text);
  if (m) return { kind: "heading", line, number: Number(m[1]), text: m[2] ?? "" };
  m = LETTER.exec(text);
  if (m) return { kind: "letter", line, letter: m[1] ?? "", text: m[2] ?? "" };
  m = BULLET.exec(text);
  if (m) return { kind: "bullet", line, text: m[1] ?? "" };
  return { kind: "paragraph", line, text };
}

/**
 * The body: from the first numbered (or Roman) heading to the signature. What comes before (the list of
 * related documents, the letterhead, the opening paragraphs) and after (the appendix) is not the body.
 */
export function bodyLines(source: string): Line[] {
  const all: Line[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const classified = classifyLine(raw, index + 1);
    if (classified) all.push(classified);
  });
  const start = all.findIndex((l) => l.kind === "heading" || l.kind === "roman");
  if (start < 0) return [];
  const end = all.findIndex((l, i) => i > start && l.kind === "end");
  return all.slice(start, end < 0 ? all.length : end);
}
