// What the body parser returns: plain, serialisable data, no Prisma types (CONTRIBUTING.md §6).

/** Mirrors the Prisma enum TaskSource for the two kinds of duty the plan body yields. */
export type BodySource = "TARGET" | "DUTY";
export type BodySection = "II" | "III" | "IV";

export type BodyDuty = {
  source: BodySource;
  /** stable key within the plan: "II:3.b", "III:4.d", "III:9", "IV:1" */
  sourceRef: string;
  section: BodySection;
  number: number;
  letter: string | null;
  /** the numbered heading as published; null when the published text lost it */
  headingText: string | null;
  /** the item with its intro and bullets, one per line */
  text: string;
  /** canonical agency or group names, only where the heading (or a closing "giao …") names them */
  assigneeNames: string[];
  /** section II: the framework field of the same number ("6"); null elsewhere */
  fieldCode: string | null;
  /** 1-based line of the item in the source text */
  line: number;
};

export type BodyWarningCode =
  | "NUMBERING_GAP"
  | "NUMBERING_AMBIGUOUS"
  | "HEADING_NAMES_UNKNOWN"
  | "CLOSING_NAMES_UNKNOWN"
  | "STRAY_LINE"
  | "EXTRA_SECTION"
  | "NO_BODY";

export type BodyWarning = { code: BodyWarningCode; line: number | null; message: string };

export type BodyParse = { duties: BodyDuty[]; warnings: BodyWarning[] };

/** Where a duty's agencies are named: a section III heading, or a closing paragraph ("giao … chịu trách nhiệm"). */
export type NamesSource = { from: "heading" | "closing"; text: string };

/** A duty as read from the text, before its names are looked up in the directory. */
export type DraftDuty = Omit<BodyDuty, "assigneeNames"> & { names: NamesSource | null };

/** A structural warning, or the place where a "names unknown" warning goes if the lookup finds no name. */
export type DraftWarning = BodyWarning | { code: "NAMES_TO_CHECK"; line: number; ref: string; names: NamesSource };

/** What readPlanBody stores with the plan (Plan.body): plain JSON, the same for every later task sync. */
export type BodyDraft = { version: number; duties: DraftDuty[]; warnings: DraftWarning[] };

/** Canonical name of a known agency or group written as `label`, or null; must not guess. */
export type NameLookup = (label: string) => string | null;
