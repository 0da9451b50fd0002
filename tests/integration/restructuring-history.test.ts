// History after a restructuring, on a copy of the seed: task history, the audit log, /tien-do and the dashboard's
// agency split name an agency as it was at the time, with a link to its successor; "Gộp theo cơ cấu hiện tại"
// (?gop=1) adds the predecessors' past figures into the successor exactly, and is off by default.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { db } = await import("@/lib/db");
const { Dec } = await import("@/lib/decimal");
const { applyRestructuring } = await import("@/lib/restructuring/mutations");
const { loadTaskDetail } = await import("@/lib/tasks/detail-data");
const { loadAuditPage } = await import("@/lib/audit/data");
const { ACTION_LABELS } = await import("@/lib/audit/labels");
const { loadOverviewPage } = await import("@/lib/overview/data");
const { loadPeriodMatrix } = await import("@/lib/reports/data");
const { loadDashboard } = await import("@/lib/dashboard/dashboard");
const { loadPlanChoices, loadScoreRows, loadTaskCounts, loadAgencyLineage } = await import("@/lib/dashboard/data");
const { splitByAgency } = await import("@/lib/dashboard/agency-split");
const { mergeIntoSuccessors } = await import("@/lib/dashboard/agency-lineage");
const { itemResolver, pointsItems } = await import("@/lib/dashboard/items");
const { buildSeedCopy, departmentMerger } = await import("./restructuring-fixtures");

let w: Awaited<ReturnType<typeof buildSeedCopy>>;
let planning: string;
let finance: string;
let health: string;
let notedId: string;
let healthNoteId: string;
const TODAY = "2026-06-15";

beforeAll(async () => {
  w = await buildSeedCopy("lich-su");
  planning = w.agencyId("Sở Kế hoạch và Đầu tư");
  finance = w.agencyId("Sở Tài chính");
  health = w.agencyId("Sở Y tế");
  // the planning department finished some measures before the merger: that work (and its points) stays its own
  const measures = await db.task.findMany({
    where: { agencyId: planning, measureId: { not: null } },
    orderBy: { sourceRef: "asc" },
  });
  await db.task.updateMany({
    where: { id: { in: measures.slice(0, 3).map((t) => t.id) } },
    data: { status: "ACCEPTED", progress: 100 },
  });
  notedId = measures[0]!.id;
  await db.taskUpdate.create({
    data: {
      taskId: notedId,
      userId: w.users.planningStaff.id,
      note: "Đã hoàn thành",
      createdAt: new Date("2024-05-02T03:00:00Z"),
    },
  });
  const healthUser = await db.user.create({
    data: {
      provinceId: w.provinceId,
      email: `yte.${planning}@test.par.vn`,
      name: "Cán bộ Sở Y tế",
      role: "AGENCY_STAFF",
      agencyId: health,
      passwordHash: "x",
    },
  });
  healthNoteId = (await db.task.findFirstOrThrow({ where: { agencyId: health }, orderBy: { sourceRef: "asc" } })).id;
  await db.taskUpdate.create({
    data: { taskId: healthNoteId, userId: healthUser.id, note: "Ghi chú", createdAt: new Date("2024-05-02T03:00:00Z") },
  });
  const merged = await applyRestructuring(w.users.homeAffairs, departmentMerger(planning, finance));
  if (!merged.ok) throw new Error(merged.message);
  const renamed = await applyRestructuring(w.users.homeAffairs, {
    kind: "RENAME",
    effectiveOn: "2025-03-01",
    decision: "Đổi tên thử",
    fromAgencyIds: [health],
    to: [{ name: "Sở Y tế và Dân số" }],
  });
  if (!renamed.ok) throw new Error(renamed.message);
}, 240_000);

afterAll(async () => {
  await w?.remove();
});

describe("history names agencies as they were, with a link to the successor", () => {
  it("in a task's history: the writer's agency then, and who carries it on now", async () => {
    const noted = await loadTaskDetail(w.users.homeAffairs, notedId);
    if (noted.status !== "ok") throw new Error(noted.status);
    expect(noted.data.history.map((h) => [h.byAgency, h.byAgencySuccessor])).toEqual([
      ["Sở Kế hoạch và Đầu tư", { id: finance, name: "Sở Tài chính" }],
    ]);
    // a rename: the old name, linked to the same agency under its new name
    const renamed = await loadTaskDetail(w.users.homeAffairs, healthNoteId);
    if (renamed.status !== "ok") throw new Error(renamed.status);
    expect(renamed.data.history.map((h) => [h.byAgency, h.byAgencySuccessor])).toEqual([
      ["Sở Y tế", { id: health, name: "Sở Y tế và Dân số" }],
    ]);
  });

  it("in the audit log: an agency's rows under its name then, linked to its successor", async () => {
    const page = await loadAuditPage({ provinceId: w.provinceId }, { kind: "agency", agencyId: planning });
    const ended = page.entries.find((e) => e.actionLabel === ACTION_LABELS["agency.end"]);
    expect(ended).toMatchObject({ subject: "Sở Kế hoạch và Đầu tư", subjectSuccessor: { id: finance } });
    const all = await loadAuditPage({ provinceId: w.provinceId }, { kind: "province" });
    const rename = all.entries.find((e) => e.actionLabel === ACTION_LABELS["agency.rename"]);
    // the rename's own row was written the moment the new name took over: named as then, no link to itself
    expect(rename?.subject).toBe("Sở Y tế và Dân số");
    const fold = all.entries.find((e) => e.actionLabel === ACTION_LABELS["task.fold"]);
    expect(fold?.agency).toMatchObject({ name: "Sở Kế hoạch và Đầu tư", successor: { id: finance } });
  });

  it("on the report pages: a period's agencies as named then, an ended one linked to its successor", async () => {
    const matrix = await loadPeriodMatrix(w.users.homeAffairs, "2024");
    if (matrix.status !== "ok") throw new Error(matrix.status);
    const row = (id: string) => matrix.data.rows.find((r) => r.agencyId === id);
    expect(row(planning)).toMatchObject({ name: "Sở Kế hoạch và Đầu tư", successor: { id: finance } });
    expect(row(health)).toMatchObject({ name: "Sở Y tế", successor: { id: health, name: "Sở Y tế và Dân số" } });
    expect(row(w.agencyId("Sở Xây dựng"))?.successor).toBeNull();
  });
});

describe("Gộp theo cơ cấu hiện tại (?gop=1)", () => {
  it("on /tien-do: separate by default with a link; merged, the predecessor's row is added into the successor's", async () => {
    const sep = await loadOverviewPage(w.users.homeAffairs, w.planId, TODAY);
    const gop = await loadOverviewPage(w.users.homeAffairs, w.planId, TODAY, undefined, "1");
    if (!sep?.overview || !gop?.overview) throw new Error("no overview");
    expect([sep.merge, gop.merge]).toEqual([false, true]);
    const row = (rows: typeof sep.overview.rows, id: string) => rows.find((r) => r.agencyId === id);
    const oldRow = row(sep.overview.rows, planning);
    const financeRow = row(sep.overview.rows, finance);
    if (!oldRow || !financeRow) throw new Error("rows missing");
    expect(oldRow.successor).toEqual({ id: finance, name: "Sở Tài chính" });
    expect(oldRow.counts.ACCEPTED).toBe(3);
    expect(row(gop.overview.rows, planning)).toBeUndefined();
    const merged = row(gop.overview.rows, finance);
    expect(merged).toMatchObject({
      total: financeRow.total + oldRow.total,
      overdue: financeRow.overdue + oldRow.overdue,
      predecessors: ["Sở Kế hoạch và Đầu tư"],
    });
    expect(merged?.counts.ACCEPTED).toBe(financeRow.counts.ACCEPTED + 3);
    expect(gop.overview.totals).toEqual(sep.overview.totals); // nothing counted twice or lost
  });

  it("on the dashboard's agency split: the predecessor's exact share is added into the successor's", async () => {
    const scope = { provinceId: w.provinceId };
    const choice = (await loadPlanChoices(scope)).find((c) => c.id === w.planId);
    if (!choice) throw new Error("no plan choice");
    const [rows, counts, current] = await Promise.all([
      loadScoreRows(choice),
      loadTaskCounts(choice, TODAY),
      loadAgencyLineage(scope),
    ]);
    const all = pointsItems(rows).items;
    const shares = splitByAgency(all, counts, itemResolver(all));
    const share = (list: typeof shares, id: string) => list.find((s) => s.agencyId === id);
    const oldShare = share(shares, planning);
    const financeShare = share(shares, finance);
    if (!oldShare || !financeShare) throw new Error("shares missing");
    expect(oldShare.points.greaterThan(0)).toBe(true);
    const merged = mergeIntoSuccessors(shares, current);
    expect(share(merged, planning)).toBeUndefined();
    const into = share(merged, finance);
    expect(into?.points.toString()).toBe(financeShare.points.plus(oldShare.points).toString());
    expect(into?.tasks.total).toBe(financeShare.tasks.total + oldShare.tasks.total);
    for (const [code, part] of oldShare.parts)
      expect(into?.parts.get(code)?.toString()).toBe(
        (financeShare.parts.get(code) ?? new Dec(0)).plus(part).toString(),
      );
    // every other agency keeps exactly its share, and the total is unchanged
    for (const s of merged.filter((x) => x.agencyId !== finance))
      expect(s.points.toString()).toBe(share(shares, s.agencyId ?? "")?.points.toString() ?? s.points.toString());
    // (thirds of a point are not finite decimals: the sums agree to far below the 0,001 shown)
    const sum = (list: { points: InstanceType<typeof Dec> }[]) =>
      list.reduce((a, s) => a.plus(s.points), new Dec(0)).toFixed(20);
    expect(sum(merged)).toBe(sum(shares));

    // the page's view: separate by default, with the link; merged with ?gop=1
    const sep = await loadDashboard(scope, { planId: w.planId }, TODAY);
    const gop = await loadDashboard(scope, { planId: w.planId, merge: true }, TODAY);
    const bar = (d: typeof sep, id: string) => d?.agencies.bars.find((b) => b.href?.endsWith(id));
    expect(bar(sep, planning)?.successor).toEqual({ id: finance, name: "Sở Tài chính" });
    expect(bar(gop, planning)).toBeUndefined();
    expect(bar(gop, finance)?.predecessors).toEqual(["Sở Kế hoạch và Đầu tư"]);
  });
});
