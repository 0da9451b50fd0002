// "Cơ quan chậm tiến độ" (issue #12): the dashboard ranks agencies by overdue work with the same rule and the
// same figures as /tien-do, keeps overdue tasks nobody leads apart, links each agency to its board, and
// shows nothing of another province.
import { beforeAll, describe, expect, it } from "vitest";
import { behindView } from "@/lib/dashboard/behind";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import { provinceToday, provinceTodayIso } from "@/lib/format";
import { loadOverview } from "@/lib/overview/data";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";

const today = provinceTodayIso();
const yesterday = new Date(provinceToday().getTime() - 86_400_000);
const nextMonth = new Date(provinceToday().getTime() + 30 * 86_400_000);

let w: TaskWorld;
let other: TaskWorld;

beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  const { finance, health, district, homeAffairs } = w.agencies;
  // Sở Tài chính: three overdue (one of them returned), one accepted after its date, one not yet due, and a
  // yearly task first due 31/12/2021, which is due at the end of this year's cycle: not overdue.
  await makeTask(w, { agencyId: finance.id, status: "IN_PROGRESS", progress: 30, dueOn: yesterday });
  await makeTask(w, { agencyId: finance.id, dueOn: day("2022-06-30") });
  await makeTask(w, { agencyId: finance.id, status: "RETURNED", dueOn: yesterday, criterion: null });
  await makeTask(w, { agencyId: finance.id, status: "ACCEPTED", dueOn: day("2022-06-30") });
  await makeTask(w, { agencyId: finance.id, dueOn: nextMonth });
  await makeTask(w, { agencyId: finance.id, recurrence: "YEARLY", dueOn: day("2021-12-31") });
  // Sở Y tế: one overdue with points; UBND huyện: one overdue duty without points (ranked after Sở Y tế).
  await makeTask(w, { agencyId: health.id, dueOn: yesterday });
  await makeTask(w, { agencyId: health.id, dueOn: nextMonth });
  await makeTask(w, { agencyId: district.id, dueOn: yesterday, criterion: null });
  // Sở Nội vụ: on track. Two overdue duties nobody leads yet.
  await makeTask(w, { agencyId: homeAffairs.id, dueOn: nextMonth });
  await makeTask(w, { agencyId: null, dueOn: day("2021-12-31"), criterion: null });
  await makeTask(w, { agencyId: null, dueOn: yesterday, criterion: null });
  // The other province has an overdue task of its own.
  await makeTask(other, { agencyId: other.agencies.finance.id, dueOn: yesterday });
});

describe("Cơ quan chậm tiến độ", () => {
  it("ranks the agencies behind by overdue tasks, then those with points, and links each to its board", async () => {
    const dashboard = await loadDashboard({ provinceId: w.provinceId }, { planId: w.plan.id }, today);
    const behind = dashboard?.behind;
    expect(behind?.agencies.map((a) => [a.name, a.overdue, a.overdueWithPoints, a.returned, a.total])).toEqual([
      ["Sở Tài chính", 3, 2, 1, 6],
      ["Sở Y tế", 1, 1, 0, 2],
      ["UBND huyện Đức Trọng", 1, 0, 0, 1],
    ]);
    expect(behind?.agencies[0]?.href).toBe(`/co-quan/${w.agencies.finance.id}`);
    expect([behind?.overdue, behind?.unassignedOverdue, behind?.onTrack]).toEqual([5, 2, 1]);
  });

  it("agrees with /tien-do's figures, agency by agency and in total", async () => {
    const overview = await loadOverview({ provinceId: w.provinceId }, w.plan.id, today);
    const dashboard = await loadDashboard({ provinceId: w.provinceId }, { planId: w.plan.id }, today);
    for (const a of dashboard?.behind.agencies ?? []) {
      const row = overview.rows.find((r) => r.agencyId === a.agencyId);
      expect([a.overdue, a.overdueWithPoints, a.total]).toEqual([row?.overdue, row?.overdueWithPoints, row?.total]);
    }
    expect(dashboard?.behind.overdue).toBe(overview.totals.overdue - overview.totals.unassignedOverdue);
    expect(dashboard?.behind.unassignedOverdue).toBe(overview.totals.unassignedOverdue);
  });

  it("keeps the chosen cycle on the agency links", async () => {
    const overview = await loadOverview({ provinceId: w.provinceId }, w.plan.id, today);
    expect(behindView(overview, "2025").agencies[0]?.href).toBe(`/co-quan/${w.agencies.finance.id}?chu-ky=2025`);
  });

  it("shows nothing of another province, even given its plan id", async () => {
    const dashboard = await loadDashboard({ provinceId: other.provinceId }, { planId: w.plan.id }, today);
    expect(dashboard?.ctx.planId).toBe(other.plan.id);
    expect(dashboard?.behind.agencies.map((a) => a.agencyId)).toEqual([other.agencies.finance.id]);
    expect(dashboard?.behind.unassignedOverdue).toBe(0);
  });
});
