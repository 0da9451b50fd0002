// What a plan drafted from a published result holds (PlanDraft.content): plain, serialisable data, exact
// decimals as strings with a dot. No Prisma imports: the page's client components read it too.

/** An agency or group answering for a measure; "unresolved" keeps a name carried over as written. */
export type DraftRef = { kind: "agency" | "group" | "unresolved"; id: string | null; label: string };

export type DraftCriterion = { code: string; title: string; standard: string; assessed: string; lost: string };

export type DraftMeasure = {
  /** stable key within the draft (for removing a measure) */
  key: string;
  criterionCode: string;
  text: string;
  lead: DraftRef[];
  support: DraftRef[];
  /** "Thời gian thực hiện" as written */
  timeframe: string;
  note: string | null;
  /** the number of the previous plan this measure is carried over from, or null when added here */
  carriedFrom: string | null;
};

export type DraftContent = { criteria: DraftCriterion[]; measures: DraftMeasure[] };
