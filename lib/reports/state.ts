// Where an agency stands for a reporting period, and whether it is late. Pure: the matrix, the consolidated
// report and the reminders share it, and the tests drive it with a fake clock. Dates are "YYYY-MM-DD".
import type { ReportState, ReportStatusValue } from "@/lib/reports/consolidated-types";

export function reportState(status: ReportStatusValue | null | undefined): ReportState {
  switch (status) {
    case "ACCEPTED":
      return "accepted";
    case "SUBMITTED":
      return "submitted";
    case "RETURNED":
      return "returned";
    case "DRAFT":
      return "draft";
    default:
      return "not_started";
  }
}

/** A report is in when Sở Nội vụ has it (waiting or accepted); a returned one must be sent again. */
export function isIn(state: ReportState): boolean {
  return state === "submitted" || state === "accepted";
}

/** Late: not in, and the deadline day has passed in the province (due 17/09 → late from 18/09). */
export function isLate(state: ReportState, dueOn: string, today: string): boolean {
  return !isIn(state) && today > dueOn;
}

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  accepted: "Đã tiếp nhận",
  submitted: "Đã gửi, chờ xử lý",
  returned: "Bị trả lại",
  draft: "Đang soạn",
  not_started: "Chưa bắt đầu",
};

export const LATE_LABEL = "Quá hạn";

/** The instant range [from, to) of calendar dates startsOn..endsOn in Việt Nam (UTC+7), as timestamp literals. */
export function vnDayRange(startsOn: string, endsOn: string): { from: string; to: string } {
  const at = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000 - 7 * 3_600_000).toISOString().slice(0, 23);
  return { from: at(startsOn, 0), to: at(endsOn, 1) };
}
