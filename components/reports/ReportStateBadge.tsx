import type { ReportState } from "@/lib/reports/consolidated-types";
import { LATE_LABEL, REPORT_STATE_LABELS } from "@/lib/reports/state";

const TONES: Record<ReportState, string> = {
  accepted: "bg-emerald-100 text-emerald-900",
  submitted: "bg-blue-100 text-blue-900",
  returned: "bg-amber-100 text-amber-900",
  draft: "bg-slate-100 text-slate-800",
  not_started: "bg-white text-slate-700 border border-slate-300",
};

/** The state of an agency's report, and "Quá hạn" beside it when the deadline passed without it. */
export function ReportStateBadge({ state, late }: { state: ReportState; late?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONES[state]}`}>{REPORT_STATE_LABELS[state]}</span>
      {late && <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{LATE_LABEL}</span>}
    </span>
  );
}
