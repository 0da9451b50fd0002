// Issue #12: "Người phụ trách" (the lead agency's head names an active user of that agency; shown on cards, the
// task page and the staff member's "Việc của tôi") and the per-user "Mới" / "Trả lại · Mới" markers, which stay
// until that user opens the task.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { provinceToday } from "@/lib/format";
import { setResponsibleAction } from "@/lib/tasks/actions";
import { assignTasks } from "@/lib/tasks/assign";
import { loadAgencyBoard, loadBoardLayout, loadMyTasks } from "@/lib/tasks/data";
import { loadTaskDetail } from "@/lib/tasks/detail-data";
import { reviewTask } from "@/lib/tasks/mutations";
import { loadAgencyMembers, markTaskSeen, setTaskResponsible } from "@/lib/tasks/responsible";
import { boardFiltersSchema } from "@/lib/tasks/schema";
import { TASK_ERRORS } from "@/lib/tasks/strings";
import { buildTaskWorld, day, makeTask, type TaskWorld, taskState } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let other: TaskWorld;
beforeAll(async () => {
  [w, other] = await Promise.all([buildTaskWorld(), buildTaskWorld()]);
});
beforeEach(() => signInAs(w.users.financeHead));

const financeTask = () => makeTask(w, { agencyId: w.agencies.finance.id, supporters: [w.agencies.district.id] });
/** Whether the task page records this user's visit (TaskDetail.unseen). */
async function unseen(user: SessionUser, taskId: string) {
  const detail = await loadTaskDetail(user, taskId);
  if (detail.status !== "ok") throw new Error(`trang nhiệm vụ: ${detail.status}`);
  return detail.data.unseen;
}

/** The card as the board draws it, with its details (every role, as a list). */
async function card(user: SessionUser, agencyId: string, taskId: string) {
  const board = await loadAgencyBoard(user, agencyId);
  if (board.status !== "ok") throw new Error(board.status);
  const layout = await loadBoardLayout(user, board.data.cards, boardFiltersSchema.parse({ view: "list", role: "all" }));
  return layout.list?.rows.find((c) => c.id === taskId);
}

describe("the person in charge", () => {
  it("is named by the head among the agency's users, shown on the card, the page and the staff's own list", async () => {
    const t = await financeTask();
    const members = await loadAgencyMembers(w.users.financeHead, w.agencies.finance.id);
    expect(members.map((m) => m.id).sort()).toEqual([w.users.financeHead.id, w.users.financeStaff.id].sort());
    const result = await setTaskResponsible(w.users.financeHead, {
      taskId: t.id,
      version: 0,
      userId: w.users.financeStaff.id,
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    expect((await card(w.users.financeHead, w.agencies.finance.id, t.id))?.responsibleName).toBe(
      w.users.financeStaff.name,
    );
    const detail = await loadTaskDetail(w.users.financeStaff, t.id);
    expect(detail.status === "ok" && detail.data.responsible).toEqual({
      id: w.users.financeStaff.id,
      name: w.users.financeStaff.name,
    });
    expect((await loadMyTasks(w.users.financeStaff)).items.map((c) => c.id)).toEqual([t.id]);
    expect((await loadMyTasks(w.users.financeHead)).items).toEqual([]);
    const s = await taskState(t.id);
    expect(s.audits).toMatchObject([{ action: "task.responsible", after: { responsible: w.users.financeStaff.name } }]);
    // Cleared with an empty choice from the form.
    const form = new FormData();
    form.set("taskId", t.id);
    form.set("version", "1");
    form.set("userId", "");
    expect(await setResponsibleAction({ status: "idle" }, form)).toMatchObject({ status: "ok" });
    expect((await loadMyTasks(w.users.financeStaff)).items).toEqual([]);
  });

  it("must be an active user of the lead agency: another agency's, another province's or a deactivated one is refused", async () => {
    const t = await financeTask();
    const before = await taskState(t.id);
    const inactive = await db.user.create({
      data: {
        provinceId: w.provinceId,
        agencyId: w.agencies.finance.id,
        email: `nghi.${w.tag}@test.par.vn`,
        name: "Cán bộ đã nghỉ",
        role: "AGENCY_STAFF",
        passwordHash: "x",
        active: false,
      },
    });
    for (const userId of [w.users.districtHead.id, other.users.financeStaff.id, inactive.id, "khong-co"]) {
      expect(await setTaskResponsible(w.users.financeHead, { taskId: t.id, version: 0, userId })).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors: { userId: [TASK_ERRORS.responsibleNotMember] },
      });
    }
    expect(await taskState(t.id)).toEqual(before);
  });

  it("is set by the lead agency's head only: staff, a supporting head, another agency, Sở Nội vụ are refused", async () => {
    const t = await financeTask();
    const before = await taskState(t.id);
    for (const user of [
      w.users.financeStaff,
      w.users.districtHead,
      w.users.healthHead,
      w.users.homeAffairs,
      other.users.financeHead,
    ]) {
      const result = await setTaskResponsible(user, { taskId: t.id, version: 0, userId: w.users.financeStaff.id });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await loadAgencyMembers(user, w.agencies.finance.id)).toEqual([]);
    }
    expect(await taskState(t.id)).toEqual(before);
  });
});

describe("Mới and Trả lại markers", () => {
  it("a returned task reads “Trả lại · Mới” for each agency user until that user opens it", async () => {
    const t = await makeTask(w, { agencyId: w.agencies.finance.id, status: "SUBMITTED" });
    await reviewTask(w.users.homeAffairs, { taskId: t.id, version: 0, decision: "RETURN", reason: "Thiếu tài liệu" });
    const unread = async (u: SessionUser) => (await card(u, w.agencies.finance.id, t.id))?.returnedUnread;
    // the task page records a visit exactly while the board shows the marker to that user
    const both = async (u: SessionUser) => [await unread(u), await unseen(u, t.id)];
    expect([await both(w.users.financeHead), await both(w.users.financeStaff)]).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(await markTaskSeen(w.users.financeHead, { taskId: t.id })).toMatchObject({ ok: true });
    expect([await both(w.users.financeHead), await both(w.users.financeStaff)]).toEqual([
      [false, false],
      [true, true],
    ]);
    // Returned again after the visit: new again.
    await db.task.update({ where: { id: t.id }, data: { status: "SUBMITTED" } });
    await new Promise((r) => setTimeout(r, 5));
    await reviewTask(w.users.homeAffairs, { taskId: t.id, version: 1, decision: "RETURN", reason: "Vẫn thiếu" });
    expect(await both(w.users.financeHead)).toEqual([true, true]);
  });

  it("a duty just assigned reads “Mới” on the lead's and the supporters' boards until opened; seeded tasks do not", async () => {
    const plain = await financeTask();
    const duty = await makeTask(w, { agencyId: null, criterion: null, dueOn: day("2021-12-31") });
    const due = new Date(provinceToday().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    await assignTasks(w.users.homeAffairs, {
      tasks: [{ taskId: duty.id, version: 0 }],
      agencyId: w.agencies.finance.id,
      supportAgencyIds: [w.agencies.district.id],
      dueOn: due,
    });
    expect((await card(w.users.financeStaff, w.agencies.finance.id, plain.id))?.isNew).toBe(false);
    expect((await card(w.users.financeStaff, w.agencies.finance.id, duty.id))?.isNew).toBe(true);
    expect((await card(w.users.districtHead, w.agencies.district.id, duty.id))?.isNew).toBe(true);
    expect([await unseen(w.users.financeStaff, plain.id), await unseen(w.users.financeStaff, duty.id)]).toEqual([
      false,
      true,
    ]);
    expect(await unseen(w.users.districtHead, duty.id)).toBe(true);
    await markTaskSeen(w.users.financeStaff, { taskId: duty.id });
    expect((await card(w.users.financeStaff, w.agencies.finance.id, duty.id))?.isNew).toBe(false);
    expect((await card(w.users.financeHead, w.agencies.finance.id, duty.id))?.isNew).toBe(true);
    expect([await unseen(w.users.financeStaff, duty.id), await unseen(w.users.financeHead, duty.id)]).toEqual([
      false,
      true,
    ]);
  });

  it("a visit is recorded only for a user who may read the task", async () => {
    const t = await financeTask();
    for (const user of [w.users.healthHead, other.users.homeAffairs]) {
      expect(await markTaskSeen(user, { taskId: t.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.taskView.count({ where: { taskId: t.id } })).toBe(0);
    expect(await markTaskSeen(w.users.districtHead, { taskId: t.id })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { entityId: t.id } })).toBe(0); // a visit changes nothing to audit
  });
});
