// Test support: the seeded plan's lead tasks as the dashboard's task aggregate would return them
// (one row per task, count 1), with the statuses a test chooses.
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import type { TaskStatusValue } from "@/lib/tasks/schema";
import type { AgencyTaskCount } from "../agency-split";
import { readAppendix } from "./appendix";
import { leadTasksFromAppendix } from "./lead-tasks";

export type TaskState = { status: TaskStatusValue; pastDue?: boolean; progress?: number };

/** `states` is keyed "criterionCode|agencyName" ("6.1.2|Sở Tài chính"; unassigned: "6.1.2|"); default NOT_STARTED. */
export function seededTaskCounts(states: Record<string, TaskState> = {}): AgencyTaskCount[] {
  return leadTasksFromAppendix(readAppendix(), lamDongDirectory).map((t) => {
    const state = states[`${t.criterionCode}|${t.agencyName ?? ""}`] ?? { status: "NOT_STARTED" };
    return {
      criterionCode: t.criterionCode,
      agencyId: t.agencyName, // names double as ids here
      agencyName: t.agencyName,
      status: state.status,
      pastDue: state.pastDue ?? false,
      count: 1,
      progressSum: state.status === "SUBMITTED" || state.status === "ACCEPTED" ? 100 : (state.progress ?? 0),
    };
  });
}
