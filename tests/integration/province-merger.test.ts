// Issue 11, provinces: the national administrator merges two provinces (each with a plan and tasks) into a
// third that has its own. Open tasks are carried into the successor's plan or closed as "không còn áp dụng"
// with a reason, users move with their sessions ended, nothing is lost (row counts), and the successor's
// dashboard shows its own years and its predecessors', labelled. Province users cannot merge; bad input and a
// province merging itself change nothing and say why in Vietnamese; an unrelated province sees nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const { db } = await import("@/lib/db");
const { loadDashboard } = await import("@/lib/dashboard/dashboard");
const { applyProvinceMerger } = await import("@/lib/province-merger/mutations");
const { loadMergerAdmin, loadMergerPreview } = await import("@/lib/province-merger/data");
const { loadHistoryPlan, loadProvinceHistory } = await import("@/lib/province-merger/history");
const { MERGER_ERRORS } = await import("@/lib/province-merger/messages");
const { syncPlanTasks } = await import("@/lib/tasks/generate");
const { openDueCycles } = await import("@/lib/cycles/open");
const { loadTaskDetail } = await import("@/lib/tasks/detail-data");
const { buildTaskWorld, day, makeTask, removeEvidenceDir } = await import("./tasks-fixtures");
const { makeUser } = await import("./framework-fixtures");

type World = Awaited<ReturnType<typeof buildTaskWorld>>;
type SessionUser = World["users"]["homeAffairs"];
let a: World; // predecessor
let c: World; // predecessor
let b: World; // successor (existing, with its own plan)
let d: World; // unrelated
let national: SessionUser;
const tasks = {
  carried: "",
  closed: "",
  accepted: "",
  unassigned: "",
  fromC: "",
  own: "",
  copied: "",
  yearlyAccepted: "",
  yearlyClosed: "",
};
const today = new Date().toISOString().slice(0, 10);

const merger = (over: Record<string, unknown> = {}) => ({
  predecessorIds: [a.provinceId, c.provinceId],
  successorId: b.provinceId,
  newSuccessorName: "",
  effectiveOn: "2025-07-01",
  decision: "Nghị quyết thử số 1/NQ-TEST",
  ...over,
});

/** Rows of every table a merger could lose, for the three provinces together. */
async function counts() {
  const provinceId = { in: [a.provinceId, b.provinceId, c.provinceId] };
  const plan = { provinceId };
  return {
    plans: await db.plan.count({ where: plan }),
    measures: await db.measure.count({ where: { plan } }),
    tasks: await db.task.count({ where: { plan } }),
    cycles: await db.taskCycle.count({ where: { task: { plan } } }),
    supporters: await db.taskSupporter.count({ where: { task: { plan } } }),
    assessments: await db.assessment.count({ where: { provinceId } }),
    scores: await db.criterionScore.count({ where: { assessment: { provinceId } } }),
    users: await db.user.count({ where: { provinceId } }),
    agencies: await db.agency.count({ where: { provinceId } }),
  };
}

/** Everything a refused merger must leave as it was. */
async function snapshot() {
  const ids = [a.provinceId, b.provinceId, c.provinceId];
  return JSON.stringify([
    await counts(),
    await db.province.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
    await db.task.findMany({ where: { plan: { provinceId: { in: ids } } }, orderBy: { id: "asc" } }),
    await db.user.findMany({ where: { provinceId: { in: ids } }, orderBy: { id: "asc" } }),
    await db.taskUpdate.count({ where: { task: { plan: { provinceId: { in: ids } } } } }),
    await db.provinceMerger.count({ where: { successorId: { in: ids } } }),
  ]);
}

beforeAll(async () => {
  [a, c, b, d] = [await buildTaskWorld(), await buildTaskWorld(), await buildTaskWorld(), await buildTaskWorld()];
  national = await makeUser("NATIONAL_ADMIN", null);
  tasks.carried = (await makeTask(a, { agencyId: a.agencies.finance.id, supporters: [a.agencies.district.id] })).id;
  tasks.closed = (await makeTask(a, { agencyId: a.agencies.health.id, status: "IN_PROGRESS", progress: 40 })).id;
  tasks.accepted = (await makeTask(a, { agencyId: a.agencies.finance.id, status: "ACCEPTED" })).id;
  const yearly = { agencyId: a.agencies.finance.id, recurrence: "YEARLY", dueOn: day("2025-12-31") } as const;
  tasks.yearlyAccepted = (await makeTask(a, { ...yearly, status: "ACCEPTED" })).id;
  tasks.yearlyClosed = (await makeTask(a, yearly)).id;
  tasks.unassigned = (await makeTask(a, { agencyId: null, criterion: null })).id;
  tasks.fromC = (await makeTask(c, { agencyId: c.agencies.finance.id })).id;
  tasks.own = (await makeTask(b, { agencyId: b.agencies.finance.id })).id;
  // A predecessor agency with no namesake in the successor: it is copied over with its task and users.
  const only = await db.agency.create({
    data: { provinceId: c.provinceId, name: "UBND huyện Cư Jút", kind: "DISTRICT" },
  });
  tasks.copied = (await makeTask(c, { agencyId: only.id })).id;
  // A's reports and self-assessment: history the successor's Sở Nội vụ reads (a draft never sent is not)
  const period = await db.reportingPeriod.create({
    data: {
      planId: a.plan.id,
      key: "2024-Q4",
      kind: "QUARTER",
      startsOn: day("2024-10-01"),
      endsOn: day("2024-12-31"),
      dueOn: day("2025-01-10"),
    },
  });
  await db.agencyReport.createMany({
    data: [
      { periodId: period.id, agencyId: a.agencies.finance.id, status: "ACCEPTED", results: "Đã làm" },
      { periodId: period.id, agencyId: a.agencies.health.id, status: "SUBMITTED", results: "Đang làm" },
      { periodId: period.id, agencyId: a.agencies.district.id, status: "DRAFT", results: "Nháp" },
    ],
  });
  const { frameworkId } = await db.assessment.findFirstOrThrow({ where: { provinceId: a.provinceId } });
  if (!frameworkId) throw new Error("the fixture's assessment has no framework");
  const criteria = await db.criterion.findMany({ where: { frameworkId }, orderBy: { code: "asc" }, take: 2 });
  await db.selfAssessment.create({
    data: {
      provinceId: a.provinceId,
      frameworkId,
      year: 2024,
      scores: {
        create: [
          { criterionId: criteria[0]!.id, proposedPoints: "1.255", acceptedPoints: "1.25", status: "APPRAISED" },
          { criterionId: criteria[1]!.id, proposedPoints: "0.5", status: "SUBMITTED" },
        ],
      },
    },
  });
}, 60_000); // four provinces with their frameworks and users, on a shared machine
afterAll(removeEvidenceDir);

describe("who may merge provinces", () => {
  it("refuses every province user, the successor's Sở Nội vụ included, and changes nothing", async () => {
    const before = await snapshot();
    for (const user of [...Object.values(b.users), a.users.homeAffairs]) {
      const result = await applyProvinceMerger(user, { merger: merger(), decisions: {} });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await loadMergerPreview(user, merger())).status).toBe("forbidden");
      expect((await loadMergerAdmin(user)).status).toBe("forbidden");
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("bad input changes nothing and says why", () => {
  const refused = async (input: unknown, field: string, message: string) => {
    const before = await snapshot();
    const result = await applyProvinceMerger(national, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors?.[field]?.join(" ")).toContain(message);
    expect(await snapshot()).toBe(before);
  };

  it("a province merging with itself", async () => {
    await refused(
      { merger: merger({ predecessorIds: [b.provinceId, a.provinceId] }), decisions: {} },
      "merger.predecessorIds",
      MERGER_ERRORS.selfMerge,
    );
    const preview = await loadMergerPreview(national, merger({ predecessorIds: [b.provinceId] }));
    expect(preview).toMatchObject({ status: "ok", data: { ok: false } });
  });

  it("a missing decision, an impossible or future date, a close without a reason", async () => {
    await refused({ merger: merger({ decision: " " }), decisions: {} }, "merger.decision", MERGER_ERRORS.decision);
    await refused({ merger: merger({ effectiveOn: "2025-02-30" }), decisions: {} }, "merger.effectiveOn", "ngày");
    await refused({ merger: merger({ effectiveOn: "2999-01-01" }), decisions: {} }, "effectiveOn", "chưa đến");
    await refused(
      { merger: merger(), decisions: { [tasks.closed]: { action: "close", reason: "" } } },
      `decisions.${tasks.closed}.reason`,
      MERGER_ERRORS.reason,
    );
  });

  it("a new successor with tasks to carry but no plan to carry them into", async () => {
    await refused(
      { merger: merger({ successorId: "", newSuccessorName: `Tỉnh mới ${a.tag}` }), decisions: {} },
      "decisions",
      "chưa có kế hoạch",
    );
  });

  it("a decision about a task that is not an open task of the predecessors", async () => {
    const before = await snapshot();
    const result = await applyProvinceMerger(national, {
      merger: merger(),
      decisions: { [tasks.own]: { action: "close", reason: "x" }, [tasks.accepted]: { action: "carry" } },
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: MERGER_ERRORS.stale });
    expect(await snapshot()).toBe(before);
  });
});

describe("applying a merger", () => {
  let before: Awaited<ReturnType<typeof counts>>;
  let sessionVersions: Map<string, number>;

  it("previews each predecessor's open tasks (accepted work is not listed)", async () => {
    const preview = await loadMergerPreview(national, merger());
    expect(preview.status).toBe("ok");
    if (preview.status !== "ok" || !preview.data.ok) throw new Error("preview refused");
    const [pa, pc] = preview.data.preview.predecessors;
    expect(pa?.tasks.map((t) => t.id).sort()).toEqual(
      [tasks.carried, tasks.closed, tasks.unassigned, tasks.yearlyClosed].sort(),
    );
    expect(pc?.tasks.map((t) => t.id).sort()).toEqual([tasks.fromC, tasks.copied].sort());
    expect(preview.data.preview.targetPlan?.id).toBe(b.plan.id);
    expect(pa?.users).toBe(Object.keys(a.users).length);
  });

  it("carries, closes, moves users and keeps every row", async () => {
    before = await counts();
    const users = await db.user.findMany({ where: { provinceId: { in: [a.provinceId, c.provinceId] } } });
    sessionVersions = new Map(users.map((u) => [u.id, u.sessionVersion]));
    const result = await applyProvinceMerger(national, {
      merger: merger(),
      decisions: {
        [tasks.closed]: { action: "close", reason: "Đơn vị đã giải thể" },
        [tasks.yearlyClosed]: { action: "close", reason: "Tỉnh kế thừa đã có nhiệm vụ này" },
      },
    });
    expect(result).toMatchObject({ ok: true, data: { tasksCarried: 4, tasksClosed: 2, usersMoved: users.length } });
    const after = await counts();
    expect(after).toEqual({ ...before, agencies: before.agencies + 1 }); // the one copied district
  });

  it("carried tasks are in the successor's plan under its agencies, with their history", async () => {
    const carried = await db.task.findUniqueOrThrow({ where: { id: tasks.carried }, include: { supporters: true } });
    expect(carried.planId).toBe(b.plan.id);
    expect(carried.carriedFromPlanId).toBe(a.plan.id);
    expect(carried.agencyId).toBe(b.agencies.finance.id);
    expect(carried.supporters.map((s) => s.agencyId)).toEqual([b.agencies.district.id]);
    const copied = await db.task.findUniqueOrThrow({ where: { id: tasks.copied }, include: { agency: true } });
    expect(copied.agency).toMatchObject({ provinceId: b.provinceId, name: "UBND huyện Cư Jút" });
    // Its page says where it came from, and the successor's Sở Nội vụ reads it like any of its own.
    const detail = await loadTaskDetail(b.users.homeAffairs, tasks.carried);
    if (detail.status !== "ok") throw new Error("carried task refused");
    expect(detail.data.plan.carriedFrom).toBe(`${a.plan.number}, ${a.province.name} (trước 01/07/2025)`);
    // Accepted work stays where it was done.
    expect(await db.task.findUniqueOrThrow({ where: { id: tasks.accepted } })).toMatchObject({
      planId: a.plan.id,
      agencyId: a.agencies.finance.id,
    });
    // The successor's plan sync does not take the carried tasks for stale ones of its own text.
    await db.$transaction((tx) => syncPlanTasks(tx, b.plan.id), { timeout: 60_000 });
    expect(await db.task.count({ where: { id: { in: [tasks.carried, tasks.copied, tasks.fromC] } } })).toBe(3);
  });

  it("a closed task is 'không còn áp dụng' with its reason in its history, in its own plan", async () => {
    const closed = await db.task.findUniqueOrThrow({
      where: { id: tasks.closed },
      include: { updates: { orderBy: { createdAt: "desc" } }, cycles: true },
    });
    expect(closed).toMatchObject({ planId: a.plan.id, status: "NOT_APPLICABLE", progress: 40 });
    expect(closed.updates[0]).toMatchObject({ toStatus: "NOT_APPLICABLE", userId: national.id });
    expect(closed.updates[0]?.note).toContain("Đơn vị đã giải thể");
    expect(closed.cycles.map((cy) => cy.status)).toContain("NOT_APPLICABLE");
  });

  it("a new year opens no cycle of a closed task, nor of any task of a merged province's plans", async () => {
    const before = await db.task.findMany({ where: { planId: a.plan.id }, orderBy: { id: "asc" } });
    await openDueCycles(new Date("2027-01-15T03:00:00Z"), { planIds: [a.plan.id] });
    expect(await db.task.findMany({ where: { planId: a.plan.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.task.findUniqueOrThrow({ where: { id: tasks.yearlyClosed } })).toMatchObject({
      status: "NOT_APPLICABLE",
    });
  });

  it("users moved to the successor, under its agencies, with their sessions ended", async () => {
    const moved = await db.user.findMany({ where: { id: { in: [...sessionVersions.keys()] } } });
    for (const u of moved) {
      expect(u.provinceId).toBe(b.provinceId);
      expect(u.sessionVersion).toBe((sessionVersions.get(u.id) ?? 0) + 1);
    }
    expect(moved.find((u) => u.id === a.users.financeHead.id)?.agencyId).toBe(b.agencies.finance.id);
    expect(await db.user.count({ where: { provinceId: { in: [a.provinceId, c.provinceId] } } })).toBe(0);
  });

  it("the lineage, the merger record and the audit rows (national and the successor's)", async () => {
    const pa = await db.province.findUniqueOrThrow({ where: { id: a.provinceId } });
    expect(pa.mergedIntoId).toBe(b.provinceId);
    expect(pa.mergedOn?.toISOString().slice(0, 10)).toBe("2025-07-01");
    const record = await db.provinceMerger.findFirstOrThrow({
      where: { successorId: b.provinceId },
      include: { predecessors: true },
    });
    expect(record.predecessors.find((p) => p.provinceId === a.provinceId)).toMatchObject({
      tasksCarried: 2,
      tasksClosed: 2,
    });
    expect(await db.auditLog.count({ where: { provinceId: null, entityId: record.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { provinceId: b.provinceId, action: "province.merge" } })).toBe(1);
    expect(await db.auditLog.count({ where: { provinceId: b.provinceId, action: "task.carry" } })).toBe(4);
  });

  it("the successor's dashboard shows its own years and its predecessors', labelled", async () => {
    const dash = await loadDashboard({ provinceId: b.provinceId }, {}, today);
    const years = dash?.years.years ?? [];
    expect(years.map((y) => y.history).sort()).toEqual(
      [null, `${a.province.name} (trước 01/07/2025)`, `${c.province.name} (trước 01/07/2025)`].sort(),
    );
    // The headline compares with the province's own previous year only, never a predecessor's.
    expect(dash?.headline.previous).toBeNull();
    // Current work stays the successor's: its dashboard counts its own plan (carried tasks included).
    expect(dash?.ctx.planId).toBe(b.plan.id);
  });

  it("the successor's Sở Nội vụ and leaders see the predecessors' results and plans as history", async () => {
    for (const user of [b.users.homeAffairs, b.users.leader]) {
      const history = await loadProvinceHistory(user);
      expect(history.status).toBe("ok");
      if (history.status !== "ok") continue;
      const labels = history.data.map((h) => h.label).sort();
      expect(labels).toEqual([`${a.province.name} (trước 01/07/2025)`, `${c.province.name} (trước 01/07/2025)`].sort());
      const ofA = history.data.find((h) => h.id === a.provinceId);
      expect(ofA?.plans.map((p) => p.id)).toEqual([a.plan.id]);
      expect(ofA?.results).toHaveLength(1);
      // its agencies' reports and its self-assessment, under its own label, exact
      expect(ofA?.reports).toEqual([
        {
          periodKey: "2024-Q4",
          periodLabel: "Quý IV năm 2024",
          sent: 2,
          accepted: 1,
          agencies: ["Sở Tài chính", "Sở Y tế"],
        },
      ]);
      expect(ofA?.selfAssessments).toEqual([
        { year: 2024, items: 2, submitted: 2, appraised: 1, proposed: "1.755", accepted: "1.25" },
      ]);
      const ofC = history.data.find((h) => h.id === c.provinceId);
      expect([ofC?.reports, ofC?.selfAssessments]).toEqual([[], []]);
    }
    expect((await loadProvinceHistory(b.users.financeStaff)).status).toBe("forbidden");
    const plan = await loadHistoryPlan(b.users.leader, a.plan.id);
    if (plan.status !== "ok") throw new Error("history plan refused");
    expect(plan.data.label).toBe(`${a.province.name} (trước 01/07/2025)`);
    const byId = new Map(plan.data.tasks.map((t) => [t.id, t]));
    expect(byId.get(tasks.carried)).toMatchObject({ carried: true });
    expect(byId.get(tasks.accepted)).toMatchObject({ carried: false, status: "ACCEPTED" });
    expect(byId.get(tasks.closed)?.note).toContain("Đơn vị đã giải thể");
    // The successor's own plan is not a predecessor's: not reachable as history.
    expect((await loadHistoryPlan(b.users.leader, b.plan.id)).status).toBe("not_found");
  });

  it("an unrelated province sees none of it", async () => {
    const dash = await loadDashboard({ provinceId: d.provinceId }, {}, today);
    expect(dash?.years.years.map((y) => y.history)).toEqual([null]);
    const history = await loadProvinceHistory(d.users.homeAffairs);
    expect(history).toEqual({ status: "ok", data: [] });
    expect((await loadHistoryPlan(d.users.homeAffairs, a.plan.id)).status).toBe("not_found");
    expect(JSON.stringify(dash)).not.toContain(a.plan.id);
  });

  it("refuses to merge a province twice, or into an ended province", async () => {
    const before = await snapshot();
    const twice = await applyProvinceMerger(national, {
      merger: merger({ predecessorIds: [a.provinceId], successorId: d.provinceId }),
      decisions: {},
    });
    expect(twice).toMatchObject({
      ok: false,
      fieldErrors: { predecessorIds: [MERGER_ERRORS.alreadyMerged(a.province.name)] },
    });
    const intoEnded = await applyProvinceMerger(national, {
      merger: merger({ predecessorIds: [d.provinceId], successorId: c.provinceId }),
      decisions: {},
    });
    expect(intoEnded).toMatchObject({
      ok: false,
      fieldErrors: { successorId: [MERGER_ERRORS.successorEnded(c.province.name)] },
    });
    expect(await snapshot()).toBe(before);
  });
});

describe("merging into a new province", () => {
  it("creates it, moves the users under copies of their agencies and closes what cannot be carried", async () => {
    const [e, f] = [await buildTaskWorld(), await buildTaskWorld()];
    const te = (await makeTask(e, { agencyId: e.agencies.finance.id })).id;
    const tf = (await makeTask(f, { agencyId: f.agencies.health.id })).id;
    const name = `Tỉnh Hợp Nhất ${e.tag}`;
    const result = await applyProvinceMerger(national, {
      merger: merger({ predecessorIds: [e.provinceId, f.provinceId], successorId: "", newSuccessorName: name }),
      decisions: { [te]: { action: "close", reason: "Thử" }, [tf]: { action: "close", reason: "Thử" } },
    });
    if (!result.ok) throw new Error(result.message);
    const created = await db.province.findUniqueOrThrow({
      where: { id: result.data.successorId },
      include: { predecessors: true, agencies: true, users: true },
    });
    expect(created.name).toBe(name);
    expect(created.code).toBe(`tinh-hop-nhat-${e.tag.toLowerCase()}`);
    expect(created.predecessors.map((p) => p.id).sort()).toEqual([e.provinceId, f.provinceId].sort());
    // One "Sở Nội vụ" for both: the second province's users join the first's copy (matched by name).
    expect(created.agencies.map((a) => a.name).sort()).toEqual(
      ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "UBND huyện Đức Trọng"].sort(),
    );
    expect(created.users).toHaveLength(Object.keys(e.users).length + Object.keys(f.users).length);
    expect(await db.provinceMerger.count({ where: { successorId: created.id, successorCreated: true } })).toBe(1);
  });
});
