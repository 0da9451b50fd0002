import { AssignForm } from "@/components/tasks/AssignForm";
import { ReviewForm } from "@/components/tasks/ReviewForm";
import { taskHref } from "@/components/tasks/TaskCard";
import { TaskUpdateForm } from "@/components/tasks/TaskUpdateForm";
import { Card } from "@/components/ui/Card";
import { APPROVAL_TEXT } from "@/lib/tasks/approval-strings";
import type { AgencyRef, TaskDetail } from "@/lib/tasks/data";
import { FORM_TEXT, TASK_TEXT } from "@/lib/tasks/strings";

/** The forms this caller may use on this task, or why there are none. */
export function TaskActions({
  task,
  agencies,
  dueDates,
  nextReviewId = null,
}: {
  task: TaskDetail;
  agencies: AgencyRef[];
  /** the assignment form's earliest and proposed deadline (YYYY-MM-DD) */
  dueDates?: { today: string; proposed: string };
  nextReviewId?: string | null;
}) {
  const { can } = task;
  const nothing = !can.edit && !can.review && !can.assign && !task.headApproval;
  // Outside the lead agency, a status form means acting for it (the server insists on the same rule).
  const onBehalf = can.edit === "status" && task.involvement !== "lead" && task.status !== "ACCEPTED";
  return (
    <>
      {/* Mounted for every reviewer/assigner so the outcome stays on screen once the task has moved on. */}
      {can.reviewer && (
        <ReviewForm
          taskId={task.id}
          version={task.version}
          open={can.review}
          nextHref={nextReviewId ? taskHref(nextReviewId, "/duyet") : null}
        />
      )}
      {can.assigner && (
        <AssignForm
          taskId={task.id}
          version={task.version}
          agencies={agencies}
          open={can.assign}
          dueDates={dueDates}
          oldDuePassed={task.overdue}
        />
      )}
      {onBehalf && task.lead && (
        // Sở Nội vụ after a return: the agency's full form is not one click away; opening it is a deliberate step.
        <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="on-behalf">
          <summary className="cursor-pointer font-semibold text-slate-800">
            {FORM_TEXT.onBehalfTitle(task.lead.name)}
          </summary>
          <p className="my-3 text-sm text-slate-600">{FORM_TEXT.onBehalfIntro}</p>
          <TaskUpdateForm
            taskId={task.id}
            version={task.version}
            mode="status"
            status={task.status}
            progress={task.progress}
            nextStatuses={can.nextStatuses}
            onBehalfOf={task.lead.name}
          />
        </details>
      )}
      {can.edit && !onBehalf && (
        <Card title={can.edit === "status" ? FORM_TEXT.updateTitle : FORM_TEXT.commentTitle} id="update">
          {task.involvement === "support" && can.edit === "comment" && !can.review && (
            <p className="mb-3 text-sm text-slate-600">{TASK_TEXT.supporterHint}</p>
          )}
          {task.status === "SUBMITTED" && task.involvement === "lead" && (
            <p className="mb-3 text-sm text-slate-600">{TASK_TEXT.awaitingReview}</p>
          )}
          {can.submitToHead && !task.headApproval && can.nextStatuses.includes("SUBMITTED") && (
            <p className="mb-3 text-sm text-slate-600" data-testid="submit-to-head-hint">
              {APPROVAL_TEXT.staffHint}
            </p>
          )}
          <TaskUpdateForm
            taskId={task.id}
            version={task.version}
            mode={can.edit}
            status={task.status}
            progress={task.progress}
            nextStatuses={can.nextStatuses}
            submitLabel={can.submitToHead ? APPROVAL_TEXT.submitForHead : undefined}
            lockedMessage={TASK_TEXT.acceptedFinal}
          />
        </Card>
      )}
      {nothing && (
        <p
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm"
          data-testid="read-only-notice"
        >
          {task.status === "ACCEPTED" ? TASK_TEXT.acceptedFinal : TASK_TEXT.readOnly}
        </p>
      )}
    </>
  );
}
