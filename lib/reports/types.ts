// Shapes of the agency reports (issue #9 §2), shared by reads, writes and the pages.
import type { ReportStatusValue } from "@/lib/reports/consolidated-types";
import type { ReportTaskRow } from "@/lib/reports/task-rows";

export type ReportTexts = { results: string; shortcomings: string; difficulties: string; proposals: string };

export const REPORT_TEXT_FIELDS = ["results", "shortcomings", "difficulties", "proposals"] as const;

/** What a submission froze (AgencyReportVersion.snapshot): later edits to tasks or to the draft never change it. */
export type ReportSnapshot = {
  agency: { id: string; name: string };
  period: { key: string; label: string; startsOn: string; endsOn: string; dueOn: string };
  asOf: string;
  texts: ReportTexts;
  tasks: ReportTaskRow[];
  submittedBy: { id: string; name: string };
  /** the agency head who approved a staff member's submission; null when the head submitted */
  approvedBy: { id: string; name: string } | null;
};

export type ReportVersionView = {
  id: string;
  number: number;
  submittedAt: string;
  decision: ReportStatusValue | null;
  reason: string | null;
  reviewedAt: string | null;
  snapshot: ReportSnapshot;
};
