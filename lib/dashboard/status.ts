// Task statuses as the dashboard groups them. Pure: client components may import the labels.

// The statuses and their labels are the task feature's (lib/tasks/schema.ts, lib/tasks/strings.ts).
import type { TaskStatusValue } from "@/lib/tasks/schema";

export const PROGRESS_BUCKETS = ["accepted", "inProgress", "notStarted", "overdue"] as const;
export type ProgressBucket = (typeof PROGRESS_BUCKETS)[number];

export const BUCKET_LABELS: Record<ProgressBucket, string> = {
  accepted: "Đã xác nhận",
  inProgress: "Đang thực hiện",
  notStarted: "Chưa thực hiện",
  overdue: "Quá hạn",
};

/**
 * Accepted work is done whatever its due date; anything else past its due date is overdue; the rest is
 * in progress (IN_PROGRESS, SUBMITTED, RETURNED) or not started. `pastDue` = dueOn before today in the province.
 */
export function progressBucket(status: TaskStatusValue, pastDue: boolean): ProgressBucket {
  if (status === "ACCEPTED") return "accepted";
  if (pastDue) return "overdue";
  return status === "NOT_STARTED" ? "notStarted" : "inProgress";
}
