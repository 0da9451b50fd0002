// The PAR Index headline sentence. Parentheses and semicolons separate the years it talks about:
// "… năm 2020 … đạt 83,93/100 điểm, tăng 3,27 điểm so với năm 2019 (năm 2019, đạt 80,66/100 điểm,
// xếp thứ 40/63 …) và xếp thứ 32/63 …" — each clause binds its own year, score and rank.
import { metaDecimal } from "./numbers";
import type { Headline, PlanMeta } from "./types";

type HeadlineMeta = Pick<PlanMeta, "indexYear" | "score" | "rank" | "rankOf" | "previous">;
type Clause = { year: number | null; score: string; rank: number | null; rankOf: number | null };

const SCORE =
  /đạt(?:\s+được)?(?:\s+tổng)?(?:\s+số)?(?:\s+điểm)?(?:\s+là)?\s+(\d{1,3}(?:[,.]\d{1,3})?)\s*(?:\/\s*100\b|điểm|%)/iu;
const RANK = /(?:xếp|đứng)\s+(?:ở\s+)?(?:vị trí\s+)?(?:thứ|hạng)?\s*(\d{1,2})\s*\/\s*(\d{1,2})\b/iu;
const YEAR = /năm\s+(\d{4})/giu;

const EMPTY: HeadlineMeta = { indexYear: null, score: null, rank: null, rankOf: null, previous: null };

export function readScoreSentence(lines: string[]): HeadlineMeta {
  const sentence = lines.find((l) => /chỉ số/iu.test(l) && SCORE.test(l));
  if (!sentence) return EMPTY;
  const clauses = splitClauses(sentence)
    .map(readClause)
    .filter((c): c is Clause => c !== null);
  const statedYear = /chỉ số[^.;]{0,80}?năm\s+(\d{4})/iu.exec(sentence)?.[1];
  const years = clauses.map((c) => c.year ?? 0).filter((y) => y > 0);
  const indexYear = statedYear ? Number(statedYear) : years.length > 0 ? Math.max(...years) : null;
  const current = clauses.find((c) => c.year === indexYear) ?? clauses.find((c) => c.year === null);
  const earlier = clauses.filter((c) => c.year !== null && indexYear !== null && c.year < indexYear);
  const previous = earlier.sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  return {
    indexYear,
    score: current?.score ?? null,
    rank: current?.rank ?? null,
    rankOf: current?.rankOf ?? null,
    previous: previous?.year ? ({ ...previous, year: previous.year } satisfies Headline) : null,
  };
}

/** Top-level text, each parenthesised part and each ";"-separated part become separate clauses. */
function splitClauses(sentence: string): string[] {
  const done: string[] = [];
  const stack: string[] = [""];
  for (const ch of sentence) {
    if (ch === "(") stack.push("");
    else if (ch === ")" && stack.length > 1) done.push(stack.pop() ?? "");
    else if (ch === ";") {
      done.push(stack.pop() ?? "");
      stack.push("");
    } else stack[stack.length - 1] += ch;
  }
  return [...done, ...stack];
}

function readClause(text: string): Clause | null {
  const score = SCORE.exec(text);
  if (!score) return null;
  const before = text.slice(0, score.index);
  const yearsBefore = [...before.matchAll(YEAR)];
  const year = yearsBefore[yearsBefore.length - 1]?.[1] ?? [...text.matchAll(YEAR)][0]?.[1];
  const rank = RANK.exec(text.slice(score.index)) ?? RANK.exec(text);
  return {
    year: year ? Number(year) : null,
    score: metaDecimal(score[1]) ?? "",
    rank: rank ? Number(rank[1]) : null,
    rankOf: rank ? Number(rank[2]) : null,
  };
}
