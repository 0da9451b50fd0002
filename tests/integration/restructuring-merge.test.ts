// Merging Sở Kế hoạch và Đầu tư into Sở Tài chính (1/3/2025) on a copy of the seed: open tasks (with their
// points at stake), open reports and obligations, users and group memberships move; accepted work stays under
// the planning department's name; the planning department's copies of duties Sở Tài chính already holds (both
// were members of "Các Sở, ban, ngành") are folded: closed as "không còn áp dụng" with a reason naming the event,
// not moved; the task generator keeps what moved; undo restores every row exactly, the closing notes gone.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { db } = await import("@/lib/db");
const { applyRestructuring, undoRestructuringEvent } = await import("@/lib/restructuring/mutations");
const { loadRestructuringPreview } = await import("@/lib/restructuring/data");
const { loadAgencyBoard } = await import("@/lib/tasks/data");
const { summarizeBoard } = await import("@/lib/tasks/board-view");
const { syncPlanTasks } = await import("@/lib/tasks/generate");
const { loadTaskDetail } = await import("@/lib/tasks/detail-data");
const { buildSeedCopy, dumpProvince } = await import("./restructuring-fixtures");

let w: Awaited<ReturnType<typeof buildSeedCopy>>;
let planning: string;
let finance: string;
let acceptedId: string;
let reportId: string;
let notedId: string;
/** open tasks of the planning department that duplicate one of Sở Tài chính's own (same plan, same sourceRef) */
let dupIds: string[];

beforeAll(async () => {
  w = await buildSeedCopy("gop");
  planning = w.agencyId("Sở Kế hoạch và Đầu tư");
  finance = w.agencyId("Sở Tài chính");
  const tasks = await db.task.findMany({ where: { agencyId: planning }, orderBy: { sourceRef: "asc" } });
  const financeRefs = new Set(
    (await db.task.findMany({ where: { agencyId: finance }, select: { planId: true, sourceRef: true } })).map(
      (t) => `${t.planId}|${t.sourceRef}`,
    ),
  );
  const isDup = (t: { planId: string; sourceRef: string }) => financeRefs.has(`${t.planId}|${t.sourceRef}`);
  acceptedId = tasks[0]!.id;
  await db.task.update({ where: { id: acceptedId }, data: { status: "ACCEPTED", progress: 100 } });
  dupIds = tasks.filter((t) => t.id !== acceptedId && isDup(t)).map((t) => t.id);
  // a note written by the planning department's staff before the merger, on a duty only it held
  notedId = tasks.find((t) => t.id !== acceptedId && !isDup(t))!.id;
  await db.task.update({ where: { id: notedId }, data: { responsibleUserId: w.users.planningStaff.id } });
  await db.taskUpdate.create({
    data: { taskId: notedId, userId: w.users.planningStaff.id, note: "Đã họp triển khai" },
  });
  const q3 = await db.reportingPeriod.findFirstOrThrow({ where: { planId: w.planId, key: "2026-Q3" } });
  reportId = (await db.agencyReport.create({ data: { periodId: q3.id, agencyId: planning, results: "Bản nháp" } })).id;
}, 240_000);

afterAll(async () => {
  await w?.remove();
});

const merge = () => ({
  kind: "MERGE" as const,
  effectiveOn: "2025-03-01",
  decision: "Sắp xếp các sở từ 01/3/2025",
  fromAgencyIds: [planning],
  to: [{ agencyId: finance }],
});

async function boardPoints(agencyId: string) {
  const board = await loadAgencyBoard(w.users.homeAffairs, agencyId);
  if (board.status !== "ok") throw new Error(board.status);
  return summarizeBoard(board.data.cards).pointsAtStake;
}

describe("merging Sở Kế hoạch và Đầu tư into Sở Tài chính", () => {
  it("previews, applies, keeps accepted work, and undo restores the exact previous state", async () => {
    const before = await dumpProvince(w.provinceId);
    const openAll = await db.task.findMany({ where: { agencyId: planning, status: { not: "ACCEPTED" } } });
    const openBefore = openAll.filter((t) => !dupIds.includes(t.id));
    const planningPoints = await boardPoints(planning);
    const updatesBefore = await db.taskUpdate.findMany({ where: { task: { plan: { provinceId: w.provinceId } } } });
    expect(openAll.length).toBeGreaterThan(10);
    expect(dupIds.length).toBeGreaterThan(0);
    expect(openBefore.length).toBeGreaterThan(0);

    const preview = await loadRestructuringPreview(w.users.homeAffairs, {
      ...merge(),
      fromGroupIds: [],
      usersTo: 0,
      choices: {},
    });
    if (preview.status !== "ok") throw new Error(preview.status);
    expect(preview.data.errors).toEqual([]);
    expect(preview.data.counts).toMatchObject({
      tasksMoved: openBefore.length,
      tasksFolded: dupIds.length,
      tasksKept: 1,
      usersMoved: 1,
      reportsMoved: 1,
    });
    // the points at stake the planning department's board showed are exactly the points that go on with Sở Tài chính
    expect(preview.data.counts.pointsMoved).toBe(planningPoints);
    expect(await dumpProvince(w.provinceId)).toEqual(before); // a preview writes nothing

    const result = await applyRestructuring(w.users.homeAffairs, merge());
    if (!result.ok) throw new Error(result.message);
    expect(result.data.counts.tasksMoved).toBe(openBefore.length);

    const moved = await db.task.findMany({ where: { id: { in: openBefore.map((t) => t.id) } } });
    expect(moved.every((t) => t.agencyId === finance && t.originAgencyId === planning)).toBe(true);
    // the duplicates stay with the planning department, closed, each with its reason in its history
    const folded = await db.task.findMany({
      where: { id: { in: dupIds } },
      include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } },
    });
    expect(folded.map((t) => [t.agencyId, t.status, t.originAgencyId])).toEqual(
      dupIds.map(() => [planning, "NOT_APPLICABLE", null]),
    );
    for (const t of folded)
      expect(t.updates[0]).toMatchObject({
        toStatus: "NOT_APPLICABLE",
        userId: w.users.homeAffairs.id,
        note: "Không còn áp dụng: hợp nhất / sáp nhập từ ngày 01/03/2025 theo «Sắp xếp các sở từ 01/3/2025»; nhiệm vụ này do Sở Tài chính tiếp tục thực hiện.",
      });
    const folds = await db.auditLog.findMany({ where: { provinceId: w.provinceId, action: "task.fold" } });
    expect(folds.map((a) => a.entityId).sort()).toEqual([...dupIds].sort());
    // the successor's board shows each duty once
    const board = await loadAgencyBoard(w.users.homeAffairs, finance);
    if (board.status !== "ok") throw new Error(board.status);
    const refs = board.data.cards.filter((c) => c.role === "lead").map((c) => c.id);
    const leadRefs = await db.task.findMany({ where: { id: { in: refs } }, select: { planId: true, sourceRef: true } });
    const keys = leadRefs.map((t) => `${t.planId}|${t.sourceRef}`);
    expect(new Set(keys).size).toBe(keys.length);
    // the task page names the agency the plan gave it to, as named then
    const detail = await loadTaskDetail(w.users.homeAffairs, moved[0]!.id);
    expect(detail.status === "ok" && [detail.data.lead?.name, detail.data.origin?.name]).toEqual([
      "Sở Tài chính",
      "Sở Kế hoạch và Đầu tư",
    ]);
    // the person answering for it moved with it, so they still do
    expect((await db.task.findUniqueOrThrow({ where: { id: notedId } })).responsibleUserId).toBe(
      w.users.planningStaff.id,
    );
    // its history names the writer's agency as it was when they wrote, though they have moved since
    const noted = await loadTaskDetail(w.users.homeAffairs, notedId);
    expect(noted.status === "ok" && noted.data.history.map((h) => h.byAgency)).toEqual(["Sở Kế hoạch và Đầu tư"]);
    const accepted = await db.task.findUniqueOrThrow({ where: { id: acceptedId } });
    expect(accepted).toMatchObject({ agencyId: planning, status: "ACCEPTED", originAgencyId: null });
    const ended = await db.agency.findUniqueOrThrow({ where: { id: planning } });
    expect(ended).toMatchObject({ active: false, successorId: finance, name: "Sở Kế hoạch và Đầu tư" });
    expect(ended.endedOn?.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect((await db.agencyReport.findUniqueOrThrow({ where: { id: reportId } })).agencyId).toBe(finance);
    const obligations = await db.reportingPeriodAgency.findMany({
      where: { agencyId: planning },
      include: { period: true },
    });
    expect(obligations.map((o) => o.period.key)).toEqual(["2024"]); // the period over before the merger stays
    const staff = await db.user.findUniqueOrThrow({ where: { id: w.users.planningStaff.id } });
    expect(staff).toMatchObject({ agencyId: finance, active: true, sessionVersion: 1 });
    expect(await boardPoints(planning)).toBe("0");
    const stillOpen = {
      agency: { endedOn: { not: null } },
      status: { notIn: ["ACCEPTED" as const, "NOT_APPLICABLE" as const] },
    };
    expect(await db.task.count({ where: stillOpen })).toBe(0);
    const audit = await db.auditLog.findMany({
      where: { provinceId: w.provinceId, action: { startsWith: "restructure" } },
    });
    expect(audit.map((a) => a.action)).toEqual(["restructure.apply"]);

    // the generator (run after any import or membership change) keeps every moved task and makes none for the ended agency
    const sync = await syncPlanTasks(db as never, w.planId);
    expect(sync).toMatchObject({ created: 0, deleted: 0 });
    expect(await db.task.count({ where: { agencyId: planning } })).toBe(1 + dupIds.length);

    const undo = await undoRestructuringEvent(w.users.homeAffairs, { eventId: result.data.eventId });
    expect(undo.ok).toBe(true);
    expect(await dumpProvince(w.provinceId)).toEqual(before);
    // the closing notes are gone: every task's history is as it was
    expect(await db.taskUpdate.findMany({ where: { task: { plan: { provinceId: w.provinceId } } } })).toEqual(
      updatesBefore,
    );
    const again = await undoRestructuringEvent(w.users.homeAffairs, { eventId: result.data.eventId });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "Sắp xếp này đã được hoàn tác." });
  });

  it("merges two departments into a new one, and refuses undo once a moved task has been worked on", async () => {
    const farming = w.agencyId("Sở Nông nghiệp và Phát triển nông thôn");
    const environment = w.agencyId("Sở Tài nguyên và Môi trường");
    const input = {
      kind: "MERGE" as const,
      effectiveOn: "2025-03-01",
      fromAgencyIds: [farming, environment],
      to: [{ name: "Sở Nông nghiệp và Môi trường" }],
    };
    // applied and undone at once: the new agency goes, everything else is as it was
    const before = await dumpProvince(w.provinceId);
    const first = await applyRestructuring(w.users.homeAffairs, input);
    if (!first.ok) throw new Error(first.message);
    const undone = await undoRestructuringEvent(w.users.homeAffairs, { eventId: first.data.eventId });
    expect(undone.ok || undone.message).toBe(true);
    expect(await dumpProvince(w.provinceId)).toEqual(before);

    const result = await applyRestructuring(w.users.homeAffairs, input);
    if (!result.ok) throw new Error(result.message);
    const created = await db.agency.findFirstOrThrow({
      where: { provinceId: w.provinceId, name: "Sở Nông nghiệp và Môi trường" },
    });
    expect(created.validFrom?.toISOString().slice(0, 10)).toBe("2025-03-01");
    const inGroup = await db.agencyGroupMember.count({
      where: { agencyId: created.id, group: { name: "Các Sở, ban, ngành" } },
    });
    expect(inGroup).toBe(1); // the group's fan-out follows the new list
    // both departments held the group's duties: the new one gets each duty once, the other copy folded into it
    const own = await db.task.findMany({ where: { agencyId: created.id }, select: { planId: true, sourceRef: true } });
    const keys = own.map((t) => `${t.planId}|${t.sourceRef}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.data.counts.tasksFolded).toBeGreaterThan(0);
    expect(result.data.counts.tasksMoved + result.data.counts.tasksFolded).toBe(
      first.data.counts.tasksMoved + first.data.counts.tasksFolded,
    );
    const task = await db.task.findFirstOrThrow({ where: { agencyId: created.id } });
    await db.task.update({ where: { id: task.id }, data: { progress: 30, status: "IN_PROGRESS" } });
    const undo = await undoRestructuringEvent(w.users.homeAffairs, { eventId: result.data.eventId });
    expect(undo).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(undo.ok || undo.message).toContain("nhiệm vụ đã thay đổi sau khi áp dụng");
    // refused: nothing was put back
    const event = await db.restructuringEvent.findUniqueOrThrow({ where: { id: result.data.eventId } });
    expect(event.status).toBe("APPLIED");
    expect((await db.agency.findUniqueOrThrow({ where: { id: farming } })).active).toBe(false);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).agencyId).toBe(created.id);
  });

  it("undoes only the newest event", async () => {
    const transport = w.agencyId("Sở Giao thông vận tải");
    const first = await applyRestructuring(w.users.homeAffairs, {
      kind: "MERGE",
      effectiveOn: "2025-03-01",
      fromAgencyIds: [transport],
      to: [{ agencyId: w.agencyId("Sở Xây dựng") }],
    });
    if (!first.ok) throw new Error(first.message);
    const earlier = await db.restructuringEvent.findFirstOrThrow({
      where: { provinceId: w.provinceId, id: { not: first.data.eventId }, status: "APPLIED" },
    });
    const refused = await undoRestructuringEvent(w.users.homeAffairs, { eventId: earlier.id });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(refused.ok || refused.message).toContain("đã có sắp xếp khác áp dụng sau");
  });
});
