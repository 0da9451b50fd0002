// The duties page's bulk assignment (issue #12): Sở Nội vụ gives several duties a lead agency, supporting
// agencies and a new deadline in one step, all or nothing. A duty due 31/12/2021 assigned today must not land
// overdue, so the deadline is required and never before today. Another province's task ids and agency users
// are refused, changing nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { formatIsoDate, provinceToday, provinceTodayIso } from "@/lib/format";
import { assignTasksAction } from "@/lib/tasks/actions";
import { assignTasks } from "@/lib/tasks/assign";
import { loadAgencyBoard } from "@/lib/tasks/data";
import { countUnassigned, loadDutyList } from "@/lib/tasks/duties";
import { assignTask } from "@/lib/tasks/mutations";
import { dutyFiltersSchema } from "@/lib/tasks/schema";
import { dueState } from "@/lib/tasks/status";
import { ASSIGN_TEXT, TASK_ERRORS } from "@/lib/tasks/strings";
import { buildTaskWorld, day, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let other: TaskWorld;
beforeAll(async () => {
  [w, other] = await Promise.all([buildTaskWorld(), buildTaskWorld()]);
});
beforeEach(() => signInAs(w.users.homeAffairs));

const todayIso = () => provinceTodayIso();
const inDays = (n: number) => new Date(provinceToday().getTime() + n * 86_400_000).toISOString().slice(0, 10);
const oldDuty = (world = w, title?: string) =>
  makeTask(world, { agencyId: null, criterion: null, dueOn: day("2021-12-31"), title });
const selection = (...tasks: { id: string; version: number }[]) =>
  tasks.map((t) => ({ taskId: t.id, version: t.version }));

describe("bulk assignment", () => {
  it("gives every selected duty the lead, the supporters and the new deadline, none overdue, audited one by one", async () => {
    const a = await oldDuty();
    const b = await oldDuty();
    const due = inDays(60);
    const result = await assignTasks(w.users.homeAffairs, {
      tasks: selection(a, b),
      agencyId: w.agencies.finance.id,
      supportAgencyIds: [w.agencies.district.id, w.agencies.health.id],
      dueOn: due,
    });
    expect(result).toEqual({ ok: true, data: { assigned: 2, taskIds: [a.id, b.id].sort() } });
    for (const t of [a, b]) {
      const s = await taskState(t.id);
      expect(s.task).toMatchObject({ agencyId: w.agencies.finance.id, dueOn: day(due), version: 1 });
      expect(s.task?.assignedAt).toBeInstanceOf(Date);
      expect(dueState(s.task!, provinceToday()).overdue).toBe(false);
      const supporters = await db.taskSupporter.findMany({ where: { taskId: t.id } });
      expect(supporters.map((x) => x.agencyId).sort()).toEqual([w.agencies.district.id, w.agencies.health.id].sort());
      const cycle = await db.taskCycle.findFirst({ where: { taskId: t.id } });
      expect(cycle?.dueOn).toEqual(day(due));
      expect(s.updates).toHaveLength(1);
      expect(s.updates[0]?.note).toContain(w.agencies.finance.name);
      expect(s.audits).toMatchObject([
        { action: "task.assign", agencyId: w.agencies.finance.id, userId: w.users.homeAffairs.id },
      ]);
    }
    // The lead's board now holds them, not overdue; the supporters see them too.
    const board = await loadAgencyBoard(w.users.financeHead, w.agencies.finance.id);
    const cards = board.status === "ok" ? board.data.cards.filter((c) => [a.id, b.id].includes(c.id)) : [];
    expect(cards.map((c) => c.overdue)).toEqual([false, false]);
  });

  it("accepts today as the deadline and refuses yesterday, with the message on the field, changing nothing", async () => {
    const t = await oldDuty();
    const before = await taskState(t.id);
    const refused = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.finance.id,
      dueOn: inDays(-1),
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { dueOn: [TASK_ERRORS.duePast(formatIsoDate(todayIso()))] },
    });
    expect(await taskState(t.id)).toEqual(before);
    for (const dueOn of ["", "2026-02-30", "31/12/2026"]) {
      const bad = await assignTasks(w.users.homeAffairs, {
        tasks: selection(t),
        agencyId: w.agencies.finance.id,
        dueOn,
      });
      expect(bad).toMatchObject({ ok: false, code: "INVALID" });
      expect(bad.ok ? [] : Object.keys(bad.fieldErrors ?? {})).toEqual(["dueOn"]);
    }
    expect(await taskState(t.id)).toEqual(before);
    const ok = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.finance.id,
      dueOn: todayIso(),
    });
    expect(ok.ok).toBe(true);
  });

  it("is all or nothing: one stale or duplicate task refuses the whole selection", async () => {
    const a = await oldDuty();
    const b = await oldDuty();
    await db.task.update({ where: { id: b.id }, data: { version: 5 } });
    const [beforeA, beforeB] = await Promise.all([taskState(a.id), taskState(b.id)]);
    const result = await assignTasks(w.users.homeAffairs, {
      tasks: selection(a, b),
      agencyId: w.agencies.finance.id,
      dueOn: inDays(10),
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect([await taskState(a.id), await taskState(b.id)]).toEqual([beforeA, beforeB]);
  });

  it("refuses a supporter that is the lead, or an agency of another province", async () => {
    const t = await oldDuty();
    const before = await taskState(t.id);
    const asLead = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.finance.id,
      supportAgencyIds: [w.agencies.finance.id],
      dueOn: inDays(10),
    });
    expect(asLead).toMatchObject({ ok: false, fieldErrors: { supportAgencyIds: [TASK_ERRORS.leadIsSupport] } });
    const foreign = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.finance.id,
      supportAgencyIds: [other.agencies.health.id],
      dueOn: inDays(10),
    });
    expect(foreign).toMatchObject({
      ok: false,
      fieldErrors: { supportAgencyIds: [TASK_ERRORS.supportAgencyNotFound] },
    });
    const foreignLead = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: other.agencies.finance.id,
      dueOn: inDays(10),
    });
    expect(foreignLead).toMatchObject({ ok: false, fieldErrors: { agencyId: [TASK_ERRORS.agencyNotFound] } });
    expect(await taskState(t.id)).toEqual(before);
  });

  it("refuses another province's task ids, even mixed with own ones, and leaves both provinces unchanged", async () => {
    const mine = await oldDuty();
    const theirs = await oldDuty(other);
    const [beforeMine, beforeTheirs] = await Promise.all([taskState(mine.id), taskState(theirs.id)]);
    const result = await assignTasks(w.users.homeAffairs, {
      tasks: selection(mine, theirs),
      agencyId: w.agencies.finance.id,
      dueOn: inDays(10),
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect([await taskState(mine.id), await taskState(theirs.id)]).toEqual([beforeMine, beforeTheirs]);
  });

  it("refuses agency users and leadership, in the mutation and the form action", async () => {
    const t = await oldDuty();
    const before = await taskState(t.id);
    for (const user of [w.users.financeHead, w.users.financeStaff, w.users.leader]) {
      const result = await assignTasks(user, {
        tasks: selection(t),
        agencyId: user.agencyId ?? w.agencies.finance.id,
        dueOn: inDays(5),
      });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      signInAs(user);
      const form = new FormData();
      form.append("task", `${t.id}:0`);
      form.set("agencyId", w.agencies.finance.id);
      form.set("dueOn", inDays(5));
      expect(await assignTasksAction({ status: "idle" }, form)).toMatchObject({ status: "error" });
      expect(await loadDutyList(user, dutyFiltersSchema.parse({}))).toEqual({ status: "forbidden" });
      expect(await countUnassigned(user)).toBeNull();
    }
    expect(await taskState(t.id)).toEqual(before);
  });

  it("works from the form: several tasks as id:version, supporters as a list", async () => {
    const a = await oldDuty();
    const b = await oldDuty();
    const form = new FormData();
    form.append("task", `${a.id}:0`);
    form.append("task", `${b.id}:0`);
    form.set("agencyId", w.agencies.health.id);
    form.append("supportAgencyIds", w.agencies.district.id);
    form.set("dueOn", inDays(30));
    expect(await assignTasksAction({ status: "idle" }, form)).toMatchObject({
      status: "ok",
      message: ASSIGN_TEXT.done(2),
    });
    const empty = new FormData();
    empty.set("agencyId", w.agencies.health.id);
    empty.set("dueOn", inDays(30));
    expect(await assignTasksAction({ status: "idle" }, empty)).toMatchObject({
      status: "error",
      fieldErrors: { tasks: [TASK_ERRORS.selectTasks] },
    });
  });
});

describe("assigning one duty from its page", () => {
  it("asks for a new deadline when the old one has passed, never before today, and keeps a future one", async () => {
    const t = await oldDuty();
    const before = await taskState(t.id);
    const base = { taskId: t.id, version: 0, agencyId: w.agencies.finance.id };
    expect(await assignTask(w.users.homeAffairs, base)).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: [TASK_ERRORS.dueNeeded] },
    });
    expect(await assignTask(w.users.homeAffairs, { ...base, dueOn: inDays(-3) })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: [TASK_ERRORS.duePast(formatIsoDate(todayIso()))] },
    });
    expect(await taskState(t.id)).toEqual(before);
    expect(await assignTask(w.users.homeAffairs, { ...base, dueOn: inDays(15) })).toMatchObject({ ok: true });
    const after = await taskState(t.id);
    expect(after.task?.dueOn).toEqual(day(inDays(15)));
    expect(dueState(after.task!, provinceToday()).overdue).toBe(false);
    // A duty whose plan deadline is still ahead keeps it when no new one is typed.
    const future = await makeTask(w, { agencyId: null, criterion: null });
    expect(
      await assignTask(w.users.homeAffairs, { taskId: future.id, version: 0, agencyId: w.agencies.finance.id }),
    ).toMatchObject({ ok: true });
    expect((await taskState(future.id)).task?.dueOn).toEqual(day("2099-12-31"));
  });
});

describe("reassigning later", () => {
  it("changes lead, supporters and deadline of an assigned task, clears the person in charge, audited as reassign", async () => {
    const t = await oldDuty();
    await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.finance.id,
      supportAgencyIds: [w.agencies.district.id],
      dueOn: inDays(20),
    });
    await db.task.update({ where: { id: t.id }, data: { responsibleUserId: w.users.financeStaff.id } });
    const result = await assignTasks(w.users.homeAffairs, {
      tasks: [{ taskId: t.id, version: 1 }],
      agencyId: w.agencies.health.id,
      supportAgencyIds: [],
      dueOn: inDays(40),
    });
    expect(result.ok).toBe(true);
    const s = await taskState(t.id);
    expect(s.task).toMatchObject({ agencyId: w.agencies.health.id, dueOn: day(inDays(40)), responsibleUserId: null });
    expect(await db.taskSupporter.count({ where: { taskId: t.id } })).toBe(0);
    expect(s.audits.map((a) => a.action)).toEqual(["task.assign", "task.reassign"]);
  });

  it("refuses to reassign a task waiting for review or accepted", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "SUBMITTED", title: "Đã báo cáo xong" });
    const before = await taskState(t.id);
    const result = await assignTasks(w.users.homeAffairs, {
      tasks: selection(t),
      agencyId: w.agencies.health.id,
      dueOn: inDays(5),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { tasks: [TASK_ERRORS.reassignLocked("Đã báo cáo xong")] },
    });
    expect(await taskState(t.id)).toEqual(before);
  });
});

describe("the duties list", () => {
  it("lists the province's unassigned duties only, filtered by text and by field, and counts them", async () => {
    const mark = `Độc nhất ${w.tag}`;
    const found = await oldDuty(w, `Rà soát thủ tục ${mark}`);
    await oldDuty(other, `Rà soát thủ tục ${mark}`);
    const onField = await makeTask(w, { agencyId: null, criterion: "sub", title: `Theo lĩnh vực ${mark}` });
    const byText = await loadDutyList(w.users.homeAffairs, dutyFiltersSchema.parse({ q: mark.toUpperCase() }));
    expect(byText.status === "ok" && byText.data.rows.map((r) => r.id).sort()).toEqual([found.id, onField.id].sort());
    const byField = await loadDutyList(w.users.homeAffairs, dutyFiltersSchema.parse({ q: mark, field: "3" }));
    expect(byField.status === "ok" && byField.data.rows.map((r) => r.id)).toEqual([onField.id]);
    const general = await loadDutyList(w.users.homeAffairs, dutyFiltersSchema.parse({ q: mark, field: "chung" }));
    expect(general.status === "ok" && general.data.rows.map((r) => r.id)).toEqual([found.id]);
    const all = await loadDutyList(w.users.homeAffairs, dutyFiltersSchema.parse({}));
    expect(all.status === "ok" && all.data.fields.map((f) => f.label)).toContain("Lĩnh vực 3. Tiêu chí 3");
    expect(all.status === "ok" && all.data.counts.unassigned).toBe(await countUnassigned(w.users.homeAffairs));
  });
});
