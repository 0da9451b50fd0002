// A task "không còn áp dụng" (NOT_APPLICABLE: closed by a province merger or an agency merger's fold) is closed
// everywhere: never open, overdue or due on the boards, the review queue, the overview (/tien-do), the dashboard,
// the report pages' task rows, or the reminders. One rule: isClosedStatus / openStatusSql. Each check first sees
// the task overdue while it is open, so it fails if that place counted the closed task again.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { db } = await import("@/lib/db");
const { loadAgencyBoard, loadReviewQueue } = await import("@/lib/tasks/data");
const { summarizeBoard } = await import("@/lib/tasks/board-view");
const { dueState, isClosedStatus } = await import("@/lib/tasks/status");
const { loadOverview } = await import("@/lib/overview/data");
const { loadTaskCounts, loadPlanChoices } = await import("@/lib/dashboard/data");
const { loadReportTaskRows } = await import("@/lib/reports/task-rows");
const { dueTaskNotifications } = await import("@/lib/notifications/task-reminders");
const { buildSeedCopy } = await import("./restructuring-fixtures");

const TODAY = "2026-06-15";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: Awaited<ReturnType<typeof buildSeedCopy>>;
let finance: string;
let leadId: string;
let unassignedId: string;

beforeAll(async () => {
  w = await buildSeedCopy("khong-ap-dung");
  finance = w.agencyId("Sở Tài chính");
  const tasks = await db.task.findMany({
    where: { agencyId: finance, measureId: { not: null } },
    orderBy: { sourceRef: "asc" },
    take: 2,
  });
  leadId = tasks[0]!.id;
  unassignedId = tasks[1]!.id;
  // both open and overdue on TODAY: a one-off task due 31/01/2026, in progress
  const overdue = {
    status: "IN_PROGRESS" as const,
    progress: 40,
    dueOn: day("2026-01-31"),
    recurrence: "NONE" as const,
  };
  await db.taskCycle.deleteMany({ where: { taskId: { in: [leadId, unassignedId] } } });
  await db.task.update({ where: { id: leadId }, data: overdue });
  await db.task.update({ where: { id: unassignedId }, data: { ...overdue, agencyId: null } });
}, 240_000);

afterAll(async () => {
  await w?.remove();
});

/** Every place's view of the two tasks on TODAY. */
async function views() {
  const board = await loadAgencyBoard(w.users.homeAffairs, finance);
  if (board.status !== "ok") throw new Error(board.status);
  const card = board.data.cards.find((c) => c.id === leadId);
  const queue = await loadReviewQueue(w.users.homeAffairs);
  if (queue.status !== "ok") throw new Error(queue.status);
  const overview = await loadOverview({ provinceId: w.provinceId }, w.planId, TODAY);
  const choice = (await loadPlanChoices({ provinceId: w.provinceId })).find((c) => c.id === w.planId);
  if (!choice) throw new Error("no plan choice");
  const counts = await loadTaskCounts(choice, TODAY);
  const rows = await loadReportTaskRows({
    provinceId: w.provinceId,
    planId: w.planId,
    agencyId: finance,
    startsOn: "2026-04-01",
    endsOn: "2026-06-30",
    asOf: TODAY,
  });
  const reminders = await dueTaskNotifications(db as never, TODAY, false);
  return {
    cardOverdue: card?.overdue ?? false,
    boardOverdue: summarizeBoard(board.data.cards).overdue,
    unassignedOverdue: queue.data.unassigned.overdue,
    overviewOverdue: overview.rows.find((r) => r.agencyId === finance)?.overdue ?? 0,
    overviewOpen: overview.totals.total - overview.totals.counts.ACCEPTED - overview.totals.counts.NOT_APPLICABLE,
    dashboardPastDue: counts.filter((c) => c.agencyId === finance && c.pastDue).reduce((n, c) => n + c.count, 0),
    dashboardTasks: counts.filter((c) => c.agencyId === finance).reduce((n, c) => n + c.count, 0),
    reportOverdue: rows.find((r) => r.taskId === leadId)?.overdue ?? null,
    reminded: reminders.filter((r) => r.href.includes(leadId)).length,
  };
}

describe("a task no longer applicable", () => {
  it("is closed in the pure rule", () => {
    expect(isClosedStatus("NOT_APPLICABLE")).toBe(true);
    expect(isClosedStatus("ACCEPTED")).toBe(true);
    expect(isClosedStatus("RETURNED")).toBe(false);
    const task = { dueOn: day("2026-01-31"), recurrence: "NONE" as const };
    expect(dueState({ ...task, status: "IN_PROGRESS" }, day(TODAY)).overdue).toBe(true);
    expect(dueState({ ...task, status: "NOT_APPLICABLE" }, day(TODAY)).overdue).toBe(false);
    expect(
      dueState({ dueOn: day("2026-06-20"), recurrence: "NONE", status: "NOT_APPLICABLE" }, day(TODAY)).dueSoon,
    ).toBe(false);
  });

  it("is neither open nor overdue on the boards, queue, overview, dashboard, report rows or reminders", async () => {
    const open = await views();
    expect(open.cardOverdue).toBe(true);
    expect(open.reportOverdue).toBe(true);
    expect(open.reminded).toBeGreaterThan(0); // the finance department's staff are reminded
    expect(open.boardOverdue).toBeGreaterThan(0);
    expect(open.unassignedOverdue).toBeGreaterThan(0);

    await db.task.updateMany({ where: { id: { in: [leadId, unassignedId] } }, data: { status: "NOT_APPLICABLE" } });
    const closed = await views();
    expect(closed.cardOverdue).toBe(false);
    expect(closed.reportOverdue).toBe(false);
    expect(closed.reminded).toBe(0);
    expect(closed.boardOverdue).toBe(open.boardOverdue - 1);
    expect(closed.unassignedOverdue).toBe(open.unassignedOverdue - 1);
    expect(closed.overviewOverdue).toBe(open.overviewOverdue - 1);
    expect(closed.overviewOpen).toBe(open.overviewOpen - 2);
    expect(closed.dashboardPastDue).toBe(open.dashboardPastDue - 1);
    // and it is not counted among the plan's work on the dashboard at all
    expect(closed.dashboardTasks).toBe(open.dashboardTasks - 1);
  });
});
