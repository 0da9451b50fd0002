// The consolidated report of one province for one reporting period (Sở Nội vụ → UBND tỉnh), as plain,
// serialisable data: what the page, the DOCX/PDF/XLSX exports and `npm run report:export` all render.
// Built by loadConsolidatedReport (lib/reports/consolidated.ts). Conventions:
// - points are exact decimal strings with "." ("16.07", "0.175"); format them with vi-VN at display time;
// - dates are calendar dates "YYYY-MM-DD" (province calendar), instants ISO 8601;
// - task status is the status of the task's cycle in force on `asOf` (a yearly task reads its 2026 cycle in a
//   2026 period), never the status of another cycle.
import type { PeriodKindValue } from "@/lib/periods/keys";
import type { TaskStatusValue } from "@/lib/tasks/schema";

export type ReportStatusValue = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";

/** Where an agency stands for the period: a report sent (accepted, waiting, returned), one being written, none. */
export type ReportState = "accepted" | "submitted" | "returned" | "draft" | "not_started";

export type ConsolidatedReport = {
  province: { id: string; name: string };
  plan: { id: string; number: string; issuedOn: string; title: string };
  period: {
    key: string; // "2026-Q3"
    kind: PeriodKindValue;
    label: string; // "Quý III năm 2026"
    startsOn: string; // data closing dates (Nghị định 09/2019/NĐ-CP Art. 12 unless Sở Nội vụ changed them)
    endsOn: string;
    dueOn: string; // submission deadline
  };
  /** the day task statuses and "overdue" are read on: the period's last day, or today while it is running */
  asOf: string;
  generatedAt: string;
  summary: ConsolidatedSummary;
  /** per field (lĩnh vực) and criterion, the plan's measures with each responsible agency's status and results */
  fields: ConsolidatedField[];
  /** agencies asked to report that have no report accepted or waiting for review */
  missingAgencies: MissingAgency[];
  /** "Khó khăn, vướng mắc" (and the proposals beside them) of the reports sent for this period, latest version */
  difficulties: RaisedDifficulty[];
  /** the score gap by field: lost points, and how much of them the work has won back so far */
  scoreGap: ScoreGapRow[];
};

export type ConsolidatedSummary = {
  /** the lead tasks of the plan's measures (the dashboard counts the same), in the cycle in force on asOf */
  tasks: { total: number; byStatus: Record<TaskStatusValue, number>; overdue: number };
  /** the plan's lost points (16.07 for Lâm Đồng 2020) split by how far the work answering them has come */
  points: { total: string; wonBack: string; inProgress: string; notStarted: string; overdue: string; atStake: string };
  score: { year: number; published: string; max: string | null; rank: number | null; rankOf: number | null };
  reports: { expected: number; late: number } & Record<ReportState, number>;
};

export type ConsolidatedField = {
  code: string;
  title: string;
  standard: string;
  assessed: string | null;
  lost: string | null;
  criteria: ConsolidatedCriterion[];
};

export type ConsolidatedCriterion = {
  code: string; // "3.4" or "3.4.1" (the level a measure names)
  title: string;
  lost: string | null;
  measures: ConsolidatedMeasure[];
};

export type ConsolidatedMeasure = {
  id: string;
  position: number;
  text: string;
  timeframe: string;
  agencies: MeasureAgencyLine[];
};

export type MeasureAgencyLine = {
  taskId: string;
  agencyId: string | null; // null: not yet assigned by Sở Nội vụ
  agencyName: string;
  cycleKey: string | null; // "2026", "once"; null when the task had no cycle yet on asOf
  status: TaskStatusValue;
  progress: number;
  dueOn: string | null; // the cycle's due date
  overdue: boolean;
  /** notes of the updates made in the period (oldest first), as reported */
  changes: string[];
  evidenceAdded: number;
  /** the agency's report state for the period, and the results it reported (null when none was sent) */
  reportState: ReportState | null;
  reportedResults: string | null;
};

export type MissingAgency = { agencyId: string; name: string; state: ReportState; late: boolean };

export type RaisedDifficulty = {
  agencyId: string;
  agencyName: string;
  reportId: string;
  version: number;
  submittedAt: string;
  status: ReportStatusValue;
  difficulties: string;
  proposals: string;
};

/** Why a consolidated report cannot be built; `message` is Vietnamese, for the page and the export command. */
export type ConsolidatedReportErrorCode =
  | "BAD_PERIOD_KEY"
  | "PROVINCE_NOT_FOUND"
  | "PLAN_NOT_FOUND"
  | "PERIOD_NOT_FOUND";

export type ScoreGapRow = {
  code: string;
  title: string;
  standard: string;
  assessed: string;
  lost: string;
  wonBack: string;
  atStake: string;
};
