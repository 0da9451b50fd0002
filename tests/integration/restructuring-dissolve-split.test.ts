// On a copy of the seed: dissolving every "UBND huyện …" with the group "UBND cấp huyện" on 1/7/2025 leaves no
// open task with an agency that no longer exists; a split asks for each task's successor and refuses to apply
// (writing nothing) until every task has one.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { CLOSED_STATUSES } = await import("@/lib/tasks/status");
const { db } = await import("@/lib/db");
const { applyRestructuring } = await import("@/lib/restructuring/mutations");
const { loadRestructuringPreview } = await import("@/lib/restructuring/data");
const { syncPlanTasks } = await import("@/lib/tasks/generate");
const { buildSeedCopy, dumpProvince } = await import("./restructuring-fixtures");
const { importPlan } = await import("@/lib/plans/import/run");
const { readFileSync } = await import("node:fs");
const { Rollback } = await import("./tasks-generate.fixture");

let w: Awaited<ReturnType<typeof buildSeedCopy>>;

beforeAll(async () => {
  w = await buildSeedCopy("giai-the");
}, 240_000);

afterAll(async () => {
  await w?.remove();
});

const openWithEndedAgency = () =>
  db.task.count({
    where: {
      plan: { provinceId: w.provinceId },
      status: { notIn: [...CLOSED_STATUSES] },
      agency: { endedOn: { not: null } },
    },
  });

describe("dissolving the district level on 1/7/2025", () => {
  it("ends every district, retires the group, locks their users and leaves no open task with an ended agency", async () => {
    const groupId = await w.groupId("UBND cấp huyện");
    const districts = await db.agency.findMany({ where: { provinceId: w.provinceId, kind: "DISTRICT" } });
    const districtTasks = await db.task.count({ where: { agencyId: { in: districts.map((d) => d.id) } } });
    expect(districts).toHaveLength(12);
    const ductrong = districts.find((d) => d.name === "UBND huyện Đức Trọng")!;
    const owned = await db.task.findFirstOrThrow({ where: { agencyId: ductrong.id } });
    await db.task.update({ where: { id: owned.id }, data: { responsibleUserId: w.users.districtHead.id } });
    const result = await applyRestructuring(w.users.homeAffairs, {
      kind: "DISSOLVE",
      effectiveOn: "2025-07-01",
      decision: "Kết thúc hoạt động của chính quyền địa phương cấp huyện từ 01/7/2025",
      fromGroupIds: [groupId],
      to: [],
      usersTo: null,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.counts).toMatchObject({ tasksMoved: districtTasks, usersLocked: 1, usersMoved: 0 });
    const after = await db.agency.findMany({ where: { id: { in: districts.map((d) => d.id) } } });
    expect(after.every((a) => !a.active && a.endedOn?.toISOString().startsWith("2025-07-01"))).toBe(true);
    const group = await db.agencyGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect(group.retiredOn?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(await openWithEndedAgency()).toBe(0);
    // the work waits, unassigned, for Sở Nội vụ to give it out again, each task remembering whose it was
    const waiting = await db.task.findMany({ where: { originAgencyId: { in: districts.map((d) => d.id) } } });
    expect(waiting).toHaveLength(districtTasks);
    expect(waiting.every((t) => t.agencyId === null)).toBe(true);
    // a locked account answers for nothing any more
    expect((await db.task.findUniqueOrThrow({ where: { id: owned.id } })).responsibleUserId).toBeNull();
    const head = await db.user.findUniqueOrThrow({ where: { id: w.users.districtHead.id } });
    expect(head).toMatchObject({ active: false, sessionVersion: 1 });
    // a later sync (any import or membership change) gives nothing back to an ended district
    await syncPlanTasks(db as never, w.planId);
    expect(await openWithEndedAgency()).toBe(0);
    expect(await db.task.count({ where: { agencyId: { in: districts.map((d) => d.id) } } })).toBe(0);
  });
});

describe("splitting Sở Lao động - Thương binh và Xã hội", () => {
  it("proposes a successor per item and refuses, writing nothing, until every item has one", async () => {
    const labour = w.agencyId("Sở Lao động - Thương binh và Xã hội");
    const input = {
      kind: "SPLIT" as const,
      effectiveOn: "2025-03-01",
      fromAgencyIds: [labour],
      to: [
        { agencyId: w.agencyId("Sở Nội vụ") },
        { agencyId: w.agencyId("Sở Y tế") },
        { agencyId: w.agencyId("Sở Giáo dục và Đào tạo") },
      ],
    };
    const preview = await loadRestructuringPreview(w.users.homeAffairs, {
      ...input,
      fromGroupIds: [],
      usersTo: 0,
      choices: {},
    });
    if (preview.status !== "ok") throw new Error(preview.status);
    const items = [...preview.data.tasks, ...preview.data.reports, ...preview.data.scores];
    expect(items.length).toBeGreaterThan(5);
    expect(preview.data.errors.join(" ")).toContain(`Còn ${items.length} mục`);

    const before = await dumpProvince(w.provinceId);
    const partial = Object.fromEntries(items.slice(1).map((i) => [i.key, 0]));
    const refused = await applyRestructuring(w.users.homeAffairs, { ...input, choices: partial });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(refused.ok || refused.message).toContain("Còn 1 mục");
    expect(await dumpProvince(w.provinceId)).toEqual(before);

    const choices = Object.fromEntries(items.map((i, n) => [i.key, i.proposed ?? n % 3]));
    // a successor that already holds its own copy of a duty (a group's fan-out) does not get a second one
    const own = await db.task.findMany({
      where: { agencyId: { in: input.to.map((s) => s.agencyId) } },
      select: { agencyId: true, planId: true, sourceRef: true },
    });
    const copies = new Set(own.map((t) => `${t.agencyId}|${t.planId}|${t.sourceRef}`));
    const applied = await applyRestructuring(w.users.homeAffairs, { ...input, choices, usersTo: 1 });
    if (!applied.ok) throw new Error(applied.message);
    let folded = 0;
    for (const item of preview.data.tasks) {
      const task = await db.task.findUniqueOrThrow({ where: { id: item.id } });
      const chosen = input.to[choices[item.key]!]!.agencyId;
      if (copies.has(`${chosen}|${task.planId}|${task.sourceRef}`)) {
        folded += 1;
        expect(task).toMatchObject({ agencyId: labour, originAgencyId: null, status: "NOT_APPLICABLE" });
      } else expect(task).toMatchObject({ agencyId: chosen, originAgencyId: labour });
    }
    expect(applied.data.counts).toMatchObject({ tasksFolded: folded, tasksMoved: preview.data.tasks.length - folded });
    expect((await db.agency.findUniqueOrThrow({ where: { id: labour } })).successorId).toBeNull();
    expect(await openWithEndedAgency()).toBe(0);
  });
});

describe("importing an old plan after a merger", () => {
  it("resolves the name of an agency that no longer exists to its successor, with a warning naming the event", async () => {
    const ict = w.agencyId("Sở Thông tin và Truyền thông");
    const science = w.agencyId("Sở Khoa học và Công nghệ");
    const merged = await applyRestructuring(w.users.homeAffairs, {
      kind: "MERGE",
      effectiveOn: "2025-03-01",
      decision: "Sắp xếp các sở từ 01/3/2025",
      fromAgencyIds: [ict],
      to: [{ agencyId: science }],
    });
    if (!merged.ok) throw new Error(merged.message);
    const province = await db.province.findUniqueOrThrow({ where: { id: w.provinceId } });
    let seen: Awaited<ReturnType<typeof importPlan>> | null = null;
    try {
      await db.$transaction(
        async (tx) => {
          seen = await importPlan(tx, {
            provinceId: w.provinceId,
            provinceName: province.name,
            fileName: "6006-KH-UBND-2021-lam-dong.txt",
            bytes: readFileSync("prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt"),
            meta: { province: province.name },
          });
          throw new Rollback();
        },
        { timeout: 180_000, maxWait: 10_000 },
      );
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const result = seen as unknown as Awaited<ReturnType<typeof importPlan>>;
    const measure = result.preview.measures.find((m) => m.criterionCode === "7.1.3");
    expect(measure?.lead.map((r) => r.name)).toEqual(["Sở Khoa học và Công nghệ"]);
    const warning = result.preview.warnings.find(
      (x) => x.code === "AGENCY_RESTRUCTURED" && x.criterionCode === "7.1.3",
    );
    expect(warning?.message).toBe(
      "«Sở Thông tin và Truyền thông» được giao cho «Sở Khoa học và Công nghệ»: «Sở Thông tin và Truyền thông» đã kết thúc hoạt động từ ngày 01/03/2025 theo sắp xếp cơ cấu tổ chức «Sắp xếp các sở từ 01/3/2025».",
    );
  }, 240_000);
});
