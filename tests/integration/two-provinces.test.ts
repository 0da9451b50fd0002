// Item 9 (tenant isolation), "two provinces": every page loader, action/mutation and API route, run as province
// B's users against province A's records, finds nothing readable and nothing writable. A refusal must be a
// FORBIDDEN or NOT_FOUND (not INVALID: a schema refusal would prove nothing), and A's data must be unchanged.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const { GET: getEvidence } = await import("@/app/api/evidence/[id]/route");
const { GET: getTask, PATCH: patchTask } = await import("@/app/api/tasks/[id]/route");
const { default: TaskPage } = await import("@/app/(app)/nhiem-vu/[taskId]/page");
const { default: AgencyBoardPage } = await import("@/app/(app)/co-quan/[agencyId]/page");
const { db } = await import("@/lib/db");
const { loadAgencyForEdit, loadAgencyList, loadGroupForEdit, loadGroups } = await import("@/lib/agency-admin/data");
const { setAgencyActive, updateAgency } = await import("@/lib/agency-admin/mutations");
const { setGroupMembers, updateGroup } = await import("@/lib/agency-admin/group-mutations");
const { loadPeerScoreList } = await import("@/lib/assessments/data");
const { loadAuditFor } = await import("@/lib/audit/data");
const { loadDashboard } = await import("@/lib/dashboard/dashboard");
const { loadEvidenceFile } = await import("@/lib/evidence/data");
const { loadOverviewPage } = await import("@/lib/overview/data");
const { loadPlanOverview } = await import("@/lib/plans/data");
const { loadAgencyBoard, loadReviewQueue } = await import("@/lib/tasks/data");
const { loadTaskDetail } = await import("@/lib/tasks/detail-data");
const { assignTask, commentOnTask, reviewTask, saveTaskUpdate, updateTaskStatus } = await import(
  "@/lib/tasks/mutations"
);
const { loadSignInPressure, loadUserForEdit, loadUsers, loadAgencyStaff } = await import("@/lib/users/data");
const { resetUserPassword, setUserActive, updateUser } = await import("@/lib/users/mutations");
const { createStaff, resetStaffPassword, setStaffActive } = await import("@/lib/users/staff-mutations");
const { buildTaskWorld, makeTask, pdfUpload, removeEvidenceDir } = await import("./tasks-fixtures");
const { signInAs } = await import("./tasks-session-mock");

type World = Awaited<ReturnType<typeof buildTaskWorld>>;
let a: World;
let b: World;
let taskId: string;
let unassignedId: string;
let evidenceId: string;
let groupId: string;

/** Everything of province A a write could touch. */
async function stateOfA() {
  const where = { provinceId: a.provinceId };
  return JSON.stringify(
    await Promise.all([
      db.task.findMany({
        where: { plan: where },
        orderBy: { id: "asc" },
        select: { id: true, status: true, progress: true, version: true, agencyId: true },
      }),
      db.taskUpdate.count({ where: { task: { plan: where } } }),
      db.user.findMany({
        where,
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          role: true,
          agencyId: true,
          active: true,
          passwordHash: true,
          sessionVersion: true,
        },
      }),
      db.agency.findMany({
        where,
        orderBy: { id: "asc" },
        select: { id: true, name: true, active: true, aliases: true },
      }),
      db.agencyGroup.findMany({
        where,
        orderBy: { id: "asc" },
        select: { id: true, name: true, members: { select: { agencyId: true } } },
      }),
      db.auditLog.count({ where }),
    ]),
  );
}

const REFUSED = ["FORBIDDEN", "NOT_FOUND"];
function expectRefused(result: { ok: boolean; code?: string }) {
  expect(result.ok).toBe(false);
  expect(REFUSED).toContain(result.code);
}
const refusedRead = (loaded: { status: string }) => expect(["forbidden", "not_found"]).toContain(loaded.status);

beforeAll(async () => {
  a = await buildTaskWorld();
  b = await buildTaskWorld();
  taskId = (await makeTask(a, { agencyId: a.agencies.finance.id, status: "SUBMITTED", progress: 100 })).id;
  unassignedId = (await makeTask(a, { agencyId: null, criterion: null })).id;
  const saved = await saveTaskUpdate(a.users.financeStaff, "comment", { taskId, version: 0, note: "Báo cáo" }, [
    pdfUpload(),
  ]);
  if (!saved.ok) throw new Error(saved.message);
  evidenceId = (await db.evidence.findFirstOrThrow({ where: { updateId: saved.data.updateId } })).id;
  groupId = (
    await db.agencyGroup.create({
      data: { provinceId: a.provinceId, name: "Các Sở", members: { create: [{ agencyId: a.agencies.finance.id }] } },
    })
  ).id;
});
afterAll(removeEvidenceDir);

const bUsers = () => Object.entries(b.users);

describe("province B reads nothing of province A", () => {
  it("task, board, review queue, evidence, overview, dashboard, plan loaders", async () => {
    for (const [, user] of bUsers()) {
      refusedRead(await loadTaskDetail(user, taskId));
      refusedRead(await loadAgencyBoard(user, a.agencies.finance.id));
      refusedRead(await loadEvidenceFile(user, evidenceId));
      const queue = await loadReviewQueue(user);
      if (queue.status === "ok") expect(JSON.stringify(queue.data)).not.toContain(taskId);
      const overview = await loadOverviewPage(user, a.plan.id);
      if (overview) expect(JSON.stringify(overview)).not.toContain(a.plan.id);
      for (const filter of [
        { kind: "entity", entity: "Task", entityId: taskId },
        { kind: "agency", agencyId: a.agencies.finance.id },
      ] as const) {
        refusedRead(await loadAuditFor(user, filter));
      }
    }
    expect(await loadDashboard({ provinceId: b.provinceId }, { planId: a.plan.id }, "2026-11-30")).toSatisfy(
      (d: unknown) => d === null || !JSON.stringify(d).includes(a.plan.id),
    );
    expect(await loadPlanOverview({ provinceId: b.provinceId }, a.plan.id)).toEqual({ status: "not_found" });
  });

  it("admin loaders: users, staff, agencies, groups, peers, sign-in pressure", async () => {
    const scope = { provinceId: b.provinceId };
    expect(await loadUserForEdit(scope, a.users.financeStaff.id)).toEqual({ status: "not_found" });
    expect((await loadUsers(scope)).rows.map((u) => u.id)).not.toContain(a.users.financeStaff.id);
    expect(await loadAgencyStaff({ ...scope, agencyId: a.agencies.finance.id })).toEqual([]);
    expect(await loadAgencyForEdit(scope, a.agencies.finance.id)).toEqual({ status: "not_found" });
    expect((await loadAgencyList(scope)).map((x) => x.id)).not.toContain(a.agencies.finance.id);
    expect(await loadGroupForEdit(scope, groupId)).toEqual({ status: "not_found" });
    expect((await loadGroups(scope)).map((g) => g.id)).not.toContain(groupId);
    expect((await loadSignInPressure(scope)).map((r) => r.userId)).not.toContain(a.users.financeStaff.id);
    expect(await loadPeerScoreList(b.provinceId, 2020)).toEqual(expect.any(Array));
  });

  it("pages answer 403/404 and API routes 403/404 without the record", async () => {
    for (const [, user] of bUsers()) {
      signInAs(user);
      const page = await TaskPage({ params: Promise.resolve({ taskId }), searchParams: Promise.resolve({}) }).catch(
        (e: { digest?: string }) => e,
      );
      expect(String((page as { digest?: string }).digest)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;40[34]/);
      const board = await AgencyBoardPage({
        params: Promise.resolve({ agencyId: a.agencies.finance.id }),
        searchParams: Promise.resolve({}),
      }).catch((e: { digest?: string }) => e);
      expect(String((board as { digest?: string }).digest)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;40[34]/);
      const task = await getTask(new Request("http://t"), { params: Promise.resolve({ id: taskId }) });
      expect([403, 404]).toContain(task.status);
      expect(await task.text()).not.toContain(a.users.financeStaff.id);
      const file = await getEvidence(new Request("http://t"), { params: Promise.resolve({ id: evidenceId }) });
      expect([403, 404]).toContain(file.status);
    }
  });
});

describe("province B writes nothing of province A", () => {
  it("task writes as every B user: status, comment, review, assign, evidence upload, PATCH", async () => {
    const before = await stateOfA();
    for (const [, user] of bUsers()) {
      expectRefused(await updateTaskStatus(user, { taskId, version: 1, status: "IN_PROGRESS", progress: 10 }));
      expectRefused(await commentOnTask(user, { taskId, version: 1, note: "xâm nhập" }));
      expectRefused(await reviewTask(user, { taskId, version: 1, decision: "ACCEPT" }));
      expectRefused(await assignTask(user, { taskId: unassignedId, version: 0, agencyId: b.agencies.finance.id }));
      expectRefused(await assignTask(user, { taskId: unassignedId, version: 0, agencyId: a.agencies.finance.id }));
      expectRefused(await saveTaskUpdate(user, "comment", { taskId, version: 1, note: "tệp" }, [pdfUpload()]));
      signInAs(user);
      const patch = await patchTask(
        new Request("http://t", { method: "PATCH", body: JSON.stringify({ version: 1, status: "ACCEPTED" }) }),
        { params: Promise.resolve({ id: taskId }) },
      );
      expect([403, 404]).toContain(patch.status);
    }
    expect(await stateOfA()).toBe(before);
  });

  it("admin writes as B's Sở Nội vụ and B's agency head: users, staff, agencies, groups", async () => {
    const before = await stateOfA();
    const admin = b.users.homeAffairs;
    const head = b.users.financeHead;
    const target = a.users.financeStaff;
    expectRefused(
      await updateUser(admin, { userId: target.id, name: "Đổi tên", role: "HOME_AFFAIRS", agencyId: null }),
    );
    expectRefused(await resetUserPassword(admin, { userId: target.id }));
    expectRefused(await setUserActive(admin, { userId: target.id, active: false }));
    expectRefused(await resetStaffPassword(head, { userId: target.id }));
    expectRefused(await setStaffActive(head, { userId: target.id, active: false }));
    const staff = await createStaff(head, {
      email: `lan.${a.tag}@b.vn`,
      name: "Người lạ",
      agencyId: a.agencies.finance.id,
    });
    expectRefused(staff);
    expectRefused(
      await updateAgency(admin, {
        agencyId: a.agencies.finance.id,
        name: "Sở Bị Đổi",
        kind: "DEPARTMENT",
        parentId: null,
        aliases: "",
      }),
    );
    expectRefused(await setAgencyActive(admin, { agencyId: a.agencies.finance.id, active: false }));
    expectRefused(await updateGroup(admin, { groupId, name: "Nhóm bị đổi", aliases: "" }));
    expectRefused(await setGroupMembers(admin, { groupId, agencyIds: [] }));
    expect(await stateOfA()).toBe(before);
    expect(await db.user.count({ where: { email: `lan.${a.tag}@b.vn` } })).toBe(0);
  });
});
