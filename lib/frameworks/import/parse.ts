// Reads a national framework (Bộ Chỉ số CCHC of one index year) from CSV or XLSX with the plan importer's
// readers, then checks it line by line. Unlike a plan appendix, which may be imported with warnings, a
// framework is the reference every province scores against: every problem is an error naming its line,
// and one error means nothing is written (the caller refuses to save).
import Decimal from "decimal.js";
import { levelOf, normalizeCode, parentCodeOf, sortKeyOf } from "@/lib/criteria/codes";
import { PlanImportError } from "@/lib/plans/import/errors";
import { canonicalDecimal, parsePointsCell } from "@/lib/plans/import/numbers";
import { readCsv } from "@/lib/plans/import/read-csv";
import { readXlsx } from "@/lib/plans/import/read-xlsx";
import { cellAt, isBlankRow, type Table, type TableRow } from "@/lib/plans/import/table";
import { foldKey, normalizeText } from "@/lib/text/vietnamese";
import { checkFramework } from "./checks";
import { FRAMEWORK_HEADER, type FrameworkColumns, matchFrameworkColumns } from "./columns";
import { frameworkMessages as m } from "./messages";
import type { FrameworkError, FrameworkLevel, FrameworkRow, ParsedFramework } from "./types";

/** A framework has a few hundred rows at most (2020: 8 fields, ~40 criteria, ~80 sub-criteria). */
export const MAX_FRAMEWORK_ROWS = 1000;

const LEVELS: Record<ReturnType<typeof levelOf>, FrameworkLevel> = {
  FIELD: "field",
  CRITERION: "criterion",
  SUBCRITERION: "subcriterion",
};

export async function parseFramework(fileName: string, bytes: Uint8Array): Promise<ParsedFramework> {
  const empty = (error: FrameworkError): ParsedFramework => ({
    fileName,
    criteria: [],
    totals: { maxPoints: "0" },
    errors: [error],
  });
  let table: Table;
  try {
    table = await readTable(fileName, bytes);
  } catch (error) {
    if (!(error instanceof PlanImportError)) throw error;
    const line = error.location?.line ?? error.location?.row ?? 0;
    const code =
      error.code === "MISSING_COLUMN" ? "MISSING_COLUMN" : error.code === "NO_TABLE" ? "NO_TABLE" : "UNREADABLE_FILE";
    return empty({ line, code, message: error.message });
  }
  const columns = matchFrameworkColumns(table.header.cells);
  const rows = table.rows.filter((r) => !isBlankRow(r.cells));
  if (rows.length === 0) return empty({ line: lineOf(table.header), code: "NO_ROWS", message: m.noRows() });
  if (rows.length > MAX_FRAMEWORK_ROWS)
    return empty({ line: 0, code: "TOO_MANY_ROWS", message: m.tooManyRows(MAX_FRAMEWORK_ROWS) });
  const errors: FrameworkError[] = [];
  const read: ReadCriterion[] = [];
  const failedCodes = new Set<string>();
  for (const row of rows) {
    const result = readFrameworkRow(row, columns);
    if ("error" in result) {
      errors.push(result.error);
      const code = normalizeCode(normalizeText(cellAt(row, columns.code)));
      if (code) failedCodes.add(code);
    } else read.push(result);
  }
  const checked = checkFramework(read, failedCodes);
  errors.push(...checked.errors);
  const criteria = checked.criteria;
  errors.sort((a, b) => a.line - b.line);
  criteria.sort((a, b) => (sortKeyOf(a.code) < sortKeyOf(b.code) ? -1 : 1));
  return { fileName, criteria, totals: { maxPoints: totalOf(criteria) }, errors };
}

async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (bytes.length === 0) throw new PlanImportError("EMPTY_FILE", `Tệp «${fileName}» trống.`);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === "xlsx" || zip) return readXlsx(bytes, fileName, FRAMEWORK_HEADER);
  if (extension !== "csv") throw new PlanImportError("UNSUPPORTED_FORMAT", m.onlyTables(fileName));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC");
  } catch {
    throw new PlanImportError(
      "NOT_UTF8",
      `Tệp «${fileName}» không phải văn bản UTF-8. Hãy lưu lại với mã hóa UTF-8 (trong Excel: «CSV UTF-8»).`,
    );
  }
  return readCsv(text, FRAMEWORK_HEADER);
}

export type ReadCriterion = { criterion: FrameworkRow; surveyGiven: boolean };
type RowResult = ReadCriterion | { error: FrameworkError };

export function readFrameworkRow(row: TableRow, columns: FrameworkColumns): RowResult {
  const line = lineOf(row);
  const text = (index: number | undefined) => normalizeText(cellAt(row, index));
  const fail = (code: FrameworkError["code"], message: string): RowResult => ({ error: { line, code, message } });
  const written = text(columns.code);
  if (written === "") return fail("MISSING_CODE", m.missingCode());
  const code = normalizeCode(written);
  if (!code) {
    return fail(
      "INVALID_CODE",
      `«${written}» không phải là mã tiêu chí. Mã gồm 1 đến 3 số ngăn cách bởi dấu chấm, ví dụ «3», «3.4», «3.4.1».`,
    );
  }
  const title = text(columns.title);
  if (title === "") return fail("MISSING_TITLE", m.missingTitle(code));
  const maxWritten = text(columns.maxPoints);
  if (maxWritten === "") return fail("MISSING_MAX", m.missingMax(code));
  let maxPoints: string | null;
  try {
    maxPoints = parsePointsCell(maxWritten, {});
  } catch (error) {
    if (!(error instanceof PlanImportError)) throw error;
    if (error.code === "NOT_A_NUMBER") return fail("NOT_A_NUMBER", m.notANumber(code, maxWritten));
    return fail("INVALID_POINTS", m.invalidPoints(code, error.message));
  }
  if (maxPoints === null || new Decimal(maxPoints).isZero()) return fail("INVALID_POINTS", m.zeroMax(code));
  const survey = readSurvey(text(columns.survey));
  if (survey === "invalid") return fail("INVALID_SURVEY", m.invalidSurvey(code, text(columns.survey)));
  const level = LEVELS[levelOf(code)];
  const criterion = { code, title, level, parentCode: parentCodeOf(code), maxPoints, survey: survey ?? false, line };
  return { criterion, surveyGiven: survey !== null };
}

/** true: survey; false: self-scored; null: left empty (inherits the parent's); "invalid": unreadable. */
function readSurvey(written: string): boolean | null | "invalid" {
  const folded = foldKey(written);
  if (folded === "") return null;
  if (/\b(dieu tra|xhh|xa hoi hoc|khao sat|sipas|survey)\b/.test(folded) || /^(x|co|yes|true|1)$/.test(folded))
    return true;
  if (/\b(tu danh gia|tu cham|tham dinh|kiem chung)\b/.test(folded) || /^(khong|no|false|0)$/.test(folded))
    return false;
  return "invalid";
}

const lineOf = (row: TableRow): number => row.at.line ?? row.at.row ?? 0;

/** Σ of the fields' maxima (the framework's total, 100 for every year so far). */
export function totalOf(criteria: FrameworkRow[]): string {
  const fields = criteria.filter((c) => c.parentCode === null);
  return canonicalDecimal(fields.reduce((acc, c) => acc.plus(c.maxPoints), new Decimal(0)));
}
