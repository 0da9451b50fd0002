// The edit page's table → the same checked shape as an imported file: one line per row (line = position in
// the table, counted from 1), read and checked by the importer's own rules.
import { checkFramework } from "./import/checks";
import { type ReadCriterion, readFrameworkRow, totalOf } from "./import/parse";
import type { FrameworkError, ParsedFramework } from "./import/types";

export type EditRow = { code: string; title: string; maxPoints: string; survey: boolean };

export function parseEditedRows(rows: EditRow[]): ParsedFramework {
  const errors: FrameworkError[] = [];
  const read: ReadCriterion[] = [];
  const failed = new Set<string>();
  rows.forEach((r, i) => {
    const cells = [r.code, r.title, r.maxPoints, r.survey ? "Điều tra XHH" : "Tự đánh giá"];
    const result = readFrameworkRow({ cells, at: { line: i + 1 } }, { code: 0, title: 1, maxPoints: 2, survey: 3 });
    if ("error" in result) {
      errors.push(result.error);
      failed.add(r.code.trim());
    } else read.push(result);
  });
  const checked = checkFramework(read, failed);
  errors.push(...checked.errors);
  errors.sort((a, b) => a.line - b.line);
  return {
    fileName: "(sửa trên trang)",
    criteria: checked.criteria,
    totals: { maxPoints: totalOf(checked.criteria) },
    errors,
  };
}
