// "dòng 142" / "trang tính «Phụ lục», dòng 5": where a row came from, inside a sentence.
import type { SourceRef } from "./errors";

export function describeAt(at: SourceRef): string {
  const n = at.line ?? at.row;
  const row = n === undefined ? "" : `dòng ${n}`;
  return at.sheet ? `trang tính «${at.sheet}», ${row}` : row;
}
