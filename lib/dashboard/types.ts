// What the dashboard's cards and charts receive: plain, serialisable data. Points are decimal strings
// ("5.94", "0.175"), rounded to 3 places where a division made them inexact; charts turn them into numbers only
// to draw, and show the strings.
import type { TaskTally } from "./agency-split";
import type { ProjectedRank } from "./projection";
import type { Scenario } from "./scenarios";

export type ScoreHeadline = {
  provinceName: string;
  planNumber: string;
  planIssuedOn: string;
  year: number;
  published: string;
  max: string;
  rank: number | null;
  rankOf: number | null;
  previous: { year: number; totalScore: string; rank: number | null; rankOf: number | null } | null;
  /** published − previous published; null without a previous year */
  change: string | null;
  totalLost: string;
  /** max − Σ field lost: equals the published score unless the data disagree */
  recomputed: string;
};

export type RemediationHeadline = {
  lost: string;
  accepted: string;
  inProgress: string;
  overdue: string;
  tasks: TaskTally;
};

export type FieldBar = { code: string; title: string; standard: string; assessed: string; lost: string; href: string };

export type StandInNote = { code: string; title: string; lost: string; childrenLost: string; childCodes: string[] };

export type ParetoBar = {
  code: string;
  title: string;
  lost: string;
  cumulative: string;
  share: string;
  cumulativeShare: string;
  standIn: boolean;
  href: string;
};

export type ParetoView = { total: string; entries: ParetoBar[]; itemsToEightyPercent: number; standIns: StandInNote[] };

export type AgencyBar = {
  key: string;
  kind: "agency" | "unassigned" | "noTask";
  name: string;
  points: string;
  href: string | null;
  /** an ended agency's successor (its board); the predecessors added into this line (?gop=1) */
  successor: { id: string; name: string } | null;
  predecessors: string[];
  /** how many criteria with lost points it answers for */
  items: number;
  tasks: TaskTally;
};

export type AgencyView = {
  total: string;
  /** Σ of the rounded parts, to show when rounding made it differ from the total */
  roundedSum: string;
  bars: AgencyBar[];
  /** the chart draws the first `chartTop` bars, then `others` folded into one */
  chartTop: number;
  others: AgencyBar | null;
  /** agencies beyond the chart's top ones, folded into one bar (the table lists them all) */
  othersCount: number;
};

export type ProgressBar = {
  key: string;
  label: string;
  href: string;
  lost: string;
  accepted: string;
  inProgress: string;
  notStarted: string;
  overdue: string;
  noTaskItems: string[];
};

export type ProgressView = { groupedBy: "field" | "item"; bars: ProgressBar[]; total: ProgressBar };

export type ItemLine = { code: string; title: string; lost: string; tasks: number; href: string };
/** An item with what each projection rule wins back of it (points, rounded to 0,001). */
export type ProjectionLine = ItemLine & { gains: Record<Scenario, string> };
export type ScenarioView = {
  scenario: Scenario;
  gain: string;
  projected: string;
  capped: boolean;
  rank: ProjectedRank;
};

export type ProjectionView = {
  year: number;
  published: string;
  max: string;
  gain: string;
  projected: string;
  capped: boolean;
  /** max − published: the points lost as published */
  publishedLost: string;
  /** points still lost under the projection */
  remaining: string;
  publishedRank: number | null;
  publishedRankOf: number | null;
  rank: { rank: number; rankOf: number; peers: number } | null;
  /** the three rules side by side; the headline figures above are the "progress" rule's */
  scenarios: ScenarioView[];
  /** items winning something back under the progress rule, then the rest */
  counted: ProjectionLine[];
  notCounted: ProjectionLine[];
};

export type YearPoint = {
  year: number;
  /** null: the province's own year; else the predecessor it belongs to, "Đắk Nông (trước 01/07/2025)" */
  history: string | null;
  total: string;
  rank: number | null;
  rankOf: number | null;
  /** the filtered field's assessed points that year, or null */
  field: { standard: string; assessed: string; lost: string } | null;
  fields: Record<string, { standard: string; assessed: string; lost: string }>;
  /** field codes not comparable with the year before (split, merged, renumbered or dropped in the code mapping) */
  changed: string[];
};

export type YearView = {
  fieldCode: string | null;
  fieldTitle: string | null;
  fields: { code: string; title: string }[];
  years: YearPoint[];
};

/** What the projection chart draws: two bars on the 0–max scale. */
export type ProjectionFiguresView = Pick<
  ProjectionView,
  "year" | "published" | "max" | "gain" | "remaining" | "publishedLost"
>;
