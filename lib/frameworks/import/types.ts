// What the framework importer produces: plain data, decimals as canonical strings with a dot.
export type FrameworkLevel = "field" | "criterion" | "subcriterion";

export type FrameworkRow = {
  code: string;
  title: string;
  level: FrameworkLevel;
  parentCode: string | null;
  maxPoints: string;
  /** scored from the sociological survey (SIPAS, leaders' survey), not self-scored with evidence */
  survey: boolean;
  /** 1-based line of a CSV file, worksheet row of an XLSX file */
  line: number;
};

export type FrameworkErrorCode =
  | "UNREADABLE_FILE"
  | "NO_TABLE"
  | "MISSING_COLUMN"
  | "NO_ROWS"
  | "TOO_MANY_ROWS"
  | "MISSING_CODE"
  | "INVALID_CODE"
  | "MISSING_TITLE"
  | "MISSING_MAX"
  | "NOT_A_NUMBER"
  | "INVALID_POINTS"
  | "INVALID_SURVEY"
  | "DUPLICATE_CODE"
  | "PARENT_MISSING"
  | "CHILDREN_SUM_MISMATCH"
  | "SURVEY_MISMATCH"
  | "CRITERION_IN_USE";

/** line 0: the file as a whole (unreadable, no table). */
export type FrameworkError = { line: number; code: FrameworkErrorCode; message: string };

export type ParsedFramework = {
  fileName: string;
  criteria: FrameworkRow[];
  totals: { maxPoints: string };
  errors: FrameworkError[];
};

/** The stable JSON of `framework:import --dry-run --json`. */
export type FrameworkDryRunJson = {
  criteria: { code: string; title: string; level: FrameworkLevel; maxPoints: string; survey: boolean }[];
  totals: { maxPoints: string };
  errors: FrameworkError[];
};

export function toFrameworkJson(parsed: ParsedFramework): FrameworkDryRunJson {
  return {
    criteria: parsed.criteria.map(({ code, title, level, maxPoints, survey }) => ({
      code,
      title,
      level,
      maxPoints,
      survey,
    })),
    totals: parsed.totals,
    errors: parsed.errors,
  };
}
