// The one error the importer throws for a bad file: a Vietnamese message that says where and what,
// so the upload page can show it next to the file and the CLI can print it as is.
import { locationPrefix } from "./messages";

export type SourceRef = {
  /** 1-based line of a text or CSV file */
  line?: number;
  /** 1-based worksheet row of an XLSX file */
  row?: number;
  sheet?: string;
};
export type ImportLocation = SourceRef & { column?: string };

export type PlanImportErrorCode =
  | "EMPTY_FILE"
  | "NOT_UTF8"
  | "UNSUPPORTED_FORMAT"
  | "UNREADABLE_XLSX"
  | "XLSX_TOO_LARGE"
  | "XLSX_TOO_MANY_CELLS"
  | "XLSX_TOO_COMPLEX"
  | "XLSX_BUSY"
  | "CSV_UNTERMINATED_QUOTE"
  | "NO_TABLE"
  | "MISSING_COLUMN"
  | "NO_ROWS"
  | "MISSING_CODE"
  | "INVALID_CODE"
  | "NOT_A_NUMBER"
  | "INVALID_POINTS"
  | "MISSING_POINTS"
  | "PROVINCE_MISMATCH"
  | "MISSING_META"
  | "CRITERION_NOT_IN_FRAMEWORK";

export class PlanImportError extends Error {
  readonly code: PlanImportErrorCode;
  readonly location: ImportLocation | null;

  constructor(code: PlanImportErrorCode, detail: string, location: ImportLocation | null = null) {
    super(location ? `${locationPrefix(location)}: ${detail}` : detail);
    this.name = "PlanImportError";
    this.code = code;
    this.location = location;
  }
}
