import type { Metadata } from "next";
import { HeadApproval } from "@/components/tasks/HeadApproval";
import { MarkSeen } from "@/components/tasks/MarkSeen";
import { ResponsibleForm } from "@/components/tasks/ResponsibleForm";
import { TaskActions } from "@/components/tasks/TaskActions";
import { TaskCycles } from "@/components/tasks/TaskCycles";
import { TaskHistory } from "@/components/tasks/TaskHistory";
import { TaskSummary } from "@/components/tasks/TaskSummary";
import { Link } from "@/components/ui/Link";
import { requireAction } from "@/lib/auth/session";
import { provinceToday } from "@/lib/format";
import { dataOrRefuse } from "@/lib/server/refuse";
import { loadAgencyOptions, loadNextReviewId, loadTaskDetail } from "@/lib/tasks/data";
import { safeBoardPath, taskPageTitle } from "@/lib/tasks/navigation";
import { loadAgencyMembers } from "@/lib/tasks/responsible";
import { proposedDeadline } from "@/lib/tasks/status";
import { TASK_TEXT } from "@/lib/tasks/strings";

/** The assignment form's earliest and proposed deadlines, in the province's calendar. */
function dueDates() {
  const today = provinceToday();
  return { today: today.toISOString().slice(0, 10), proposed: proposedDeadline(today).toISOString().slice(0, 10) };
}

type Props = {
  params: Promise<{ taskId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The tab names the task (and its criterion), so two open tasks are told apart; nothing is shown to a refused reader. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireAction("task.read");
  const loaded = await loadTaskDetail(user, (await params).taskId);
  if (loaded.status !== "ok") return { title: TASK_TEXT.detailTitle };
  return { title: taskPageTitle(loaded.data.title, loaded.data.criterion?.code ?? null) };
}

/** One task: what it is, the forms the caller may use, and its history. */
export default async function TaskPage({ params, searchParams }: Props) {
  const user = await requireAction("task.read");
  const { taskId } = await params;
  const from = safeBoardPath((await searchParams).tu);
  const task = dataOrRefuse(await loadTaskDetail(user, taskId));
  const [agencies, nextReviewId, members] = await Promise.all([
    task.can.assign ? loadAgencyOptions(user) : [],
    task.can.reviewer ? loadNextReviewId(user, task.id) : null,
    task.can.responsible && task.lead ? loadAgencyMembers(user, task.lead.id) : [],
  ]);
  const back = from ?? (task.involvement !== "none" ? "/nhiem-vu" : task.lead ? `/co-quan/${task.lead.id}` : "/duyet");
  return (
    <div className="space-y-4">
      {task.unseen && <MarkSeen taskId={task.id} />}
      <Link href={back} className="text-sm text-blue-800 underline">
        {TASK_TEXT.backToBoard}
      </Link>
      {/* DOM order summary → forms → history, so on a phone the form comes right after what the task is. */}
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <div className="lg:col-span-2">
          <TaskSummary task={task} />
        </div>
        <div className="space-y-4 lg:col-start-3 lg:row-span-2 lg:row-start-1">
          {/* A staff member's "hoàn thành" waiting for the head comes first: it is the head's decision to make. */}
          {(task.headApproval || task.can.approver || task.can.submitToHead) && (
            <HeadApproval
              taskId={task.id}
              version={task.version}
              waiting={task.headApproval}
              approve={task.can.approve}
              withdraw={task.can.withdraw}
            />
          )}
          {task.can.responsible && (
            <ResponsibleForm
              taskId={task.id}
              version={task.version}
              current={task.responsible?.id ?? ""}
              members={members}
            />
          )}
          <TaskActions
            task={task}
            agencies={agencies}
            nextReviewId={nextReviewId}
            dueDates={task.can.assign ? dueDates() : undefined}
          />
        </div>
        <div className="space-y-4 lg:col-span-2">
          <TaskCycles cycles={task.cycles} />
          <TaskHistory entries={task.history} canDownload={task.can.evidence} />
        </div>
      </div>
    </div>
  );
}
