// One overdue rule, one set of counts: the dashboard, the /tien-do overview, the agency boards and the review
// queue's unassigned list read the same tasks on the same day and must give the same figures. Each page's
// total says what it counts, so the overview's "tasks with points" is the dashboard's task total.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-agree-${process.pid}-${Date.now()}`;
});

import { loadDashboard } from "@/lib/dashboard/dashboard";
import { provinceToday, provinceTodayIso } from "@/lib/format";
import { loadOverview } from "@/lib/overview/data";
import { loadAgencyBoard, loadReviewQueue } from "@/lib/tasks/data";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

let w: TaskWorld;
const today = provinceToday();
const todayIso = provinceTodayIso();
const daysFromToday = (n: number) => new Date(today.getTime() + n * 86_400_000);

beforeAll(async () => {
  w = await buildTaskWorld();
  const { finance, health, district } = w.agencies;
  const specs: Parameters<typeof makeTask>[1][] = [
    // tasks with points (measure tasks on 3.4.3)
    { agencyId: finance.id, status: "IN_PROGRESS", progress: 40, dueOn: daysFromToday(-1) }, // overdue
    { agencyId: finance.id, status: "NOT_STARTED", dueOn: today }, // due today: not overdue
    { agencyId: finance.id, status: "SUBMITTED", dueOn: daysFromToday(-10) }, // overdue until accepted
    { agencyId: finance.id, status: "ACCEPTED", dueOn: daysFromToday(-400) }, // accepted: never overdue
    { agencyId: health.id, status: "NOT_STARTED", dueOn: day("2021-12-31"), recurrence: "YEARLY" }, // current cycle: 31/12 this year
    { agencyId: health.id, status: "RETURNED", progress: 10, dueOn: day("2021-12-31") }, // one-off, long past
    { agencyId: district.id, status: "IN_PROGRESS", dueOn: null },
    { agencyId: null, status: "NOT_STARTED", dueOn: day("2021-12-31") }, // unassigned and overdue, with points
    // duties without points (no measure, no criterion)
    { agencyId: finance.id, criterion: null, status: "NOT_STARTED", dueOn: daysFromToday(-3) },
    { agencyId: null, criterion: null, status: "NOT_STARTED", dueOn: day("2021-12-31") },
    { agencyId: null, criterion: null, status: "NOT_STARTED", dueOn: day("2021-12-31") },
    { agencyId: null, criterion: null, status: "NOT_STARTED", dueOn: null },
  ];
  for (const spec of specs) await makeTask(w, spec);
});

describe("the same figures on every page", () => {
  it("overview rows equal each agency board's lead tasks and their overdue count", async () => {
    const { rows } = await loadOverview({ provinceId: w.provinceId }, w.plan.id, todayIso);
    for (const agency of [w.agencies.finance, w.agencies.health, w.agencies.district]) {
      const board = await loadAgencyBoard(w.users.homeAffairs, agency.id);
      if (board.status !== "ok") throw new Error(board.status);
      const lead = board.data.cards.filter((c) => c.role === "lead");
      const row = rows.find((r) => r.agencyId === agency.id);
      expect({ agency: agency.name, total: row?.total, overdue: row?.overdue }).toEqual({
        agency: agency.name,
        total: lead.length,
        overdue: lead.filter((c) => c.overdue).length,
      });
    }
    expect(rows.find((r) => r.agencyId === w.agencies.finance.id)).toMatchObject({
      total: 5,
      overdue: 3,
      withPoints: 4,
      overdueWithPoints: 2,
    });
    expect(rows.find((r) => r.agencyId === w.agencies.health.id)).toMatchObject({ overdue: 1 });
  });

  it("unassigned and overdue is its own figure, equal to the review page's overdue unassigned duties", async () => {
    const { totals } = await loadOverview({ provinceId: w.provinceId }, w.plan.id, todayIso);
    const queue = await loadReviewQueue(w.users.homeAffairs);
    if (queue.status !== "ok") throw new Error(queue.status);
    expect(totals.unassignedOverdue).toBe(3);
    expect(queue.data.unassigned.overdue).toBe(totals.unassignedOverdue);
    expect(totals).toMatchObject({ total: 12, withPoints: 8, overdue: 7, overdueWithPoints: 4 });
  });

  it("the dashboard counts exactly the overview's tasks with points, with the same overdue count", async () => {
    const { totals } = await loadOverview({ provinceId: w.provinceId }, w.plan.id, todayIso);
    const dashboard = await loadDashboard({ provinceId: w.provinceId }, { planId: w.plan.id }, todayIso);
    if (!dashboard) throw new Error("no dashboard");
    expect(dashboard.remediation.tasks).toMatchObject({
      total: totals.withPoints,
      overdue: totals.overdueWithPoints,
      accepted: 1,
    });
  });
});
