// syncPlanTasks against a real Postgres. Each test builds its own small province inside a transaction that
// is rolled back at the end, so nothing leaks into the shared test database.
import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { syncPlanTasks } from "@/lib/tasks/generate";
import { buildFixture, type Fixture, Rollback } from "./tasks-generate.fixture";

async function withFixture(run: (tx: Tx, f: Fixture) => Promise<void>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        await run(tx, await buildFixture(tx));
        throw new Rollback();
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

const tasksOf = (tx: Tx, planId: string) =>
  tx.task.findMany({
    where: { planId },
    include: { supporters: { select: { agencyId: true } } },
    orderBy: [{ sourceRef: "asc" }, { createdAt: "asc" }],
  });
const agencyIds = (tasks: { agencyId: string | null }[]) => tasks.map((t) => t.agencyId).sort();
const sorted = (ids: (string | null)[]) => [...ids].sort();

describe("syncPlanTasks", () => {
  it("creates one task per lead agency and body duty, with the counts", async () => {
    await withFixture(async (tx, f) => {
      const result = await syncPlanTasks(tx, f.planId);
      expect(result).toMatchObject({
        created: 19,
        updated: 0,
        unchanged: 0,
        unassigned: 7,
        deleted: 0,
        kept: 0,
        warnings: [],
      });
      expect(await tx.task.count({ where: { planId: f.planId } })).toBe(19);
    });
  });

  it("fans a group out to its active members and gives each the measure's supporters", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const tasks = (await tasksOf(tx, f.planId)).filter((t) => t.measureId === f.measures.byDistricts.id);
      const { hA, hB, hC, snv, post } = f.agencies;
      expect(agencyIds(tasks)).toEqual(sorted([hA.id, hB.id, hC.id]));
      for (const t of tasks) {
        expect(t).toMatchObject({
          source: "MEASURE",
          sourceRef: "M:3.4.1:1",
          criterionId: f.criteria.c341.id,
          title: "Giải quyết hồ sơ đúng hạn 100%",
          recurrence: "YEARLY",
        });
        expect(t.dueOn?.toISOString().slice(0, 10)).toBe("2021-12-31");
        expect(sorted(t.supporters.map((s) => s.agencyId))).toEqual(sorted([snv.id, post.id]));
      }
    });
  });

  it("merges a lead named twice and leaves a task's own agency out of its supporters", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const tasks = (await tasksOf(tx, f.planId)).filter((t) => t.measureId === f.measures.byDepartments.id);
      const { snv, stc, stt } = f.agencies;
      expect(agencyIds(tasks)).toEqual(sorted([snv.id, stc.id, stt.id]));
      expect(tasks.find((t) => t.agencyId === stt.id)?.supporters).toEqual([]);
      expect(tasks.find((t) => t.agencyId === stc.id)?.supporters).toEqual([{ agencyId: stt.id }]);
    });
  });

  it("keeps an unresolved lead and an empty group as one unassigned task each", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const tasks = (await tasksOf(tx, f.planId)).filter((t) => t.measureId === f.measures.lost.id);
      expect(tasks.map((t) => t.agencyId)).toEqual([null, null]);
      for (const t of tasks) expect(t.supporters).toEqual([{ agencyId: f.agencies.snv.id }]);
    });
  });

  it("turns the body into targets linked to their field and duties of the named agencies", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const body = (await tasksOf(tx, f.planId)).filter((t) => t.source !== "MEASURE");
      const at = (ref: string) => body.filter((t) => t.sourceRef === ref);
      expect([...new Set(body.map((t) => t.sourceRef))]).toEqual([
        "II:1.a",
        "II:2.a",
        "II:3.a",
        "III:1.a",
        "III:2.a",
        "III:3.a",
        "III:4.a",
        "IV:1",
      ]);
      expect(at("II:1.a")).toMatchObject([{ source: "TARGET", agencyId: null, criterionId: f.criteria.field1.id }]);
      expect(at("II:1.a")[0]?.dueOn?.toISOString().slice(0, 10)).toBe("2021-12-31");
      // Field 2 is not in this framework: the target stays, unlinked.
      expect(at("II:2.a")).toMatchObject([{ agencyId: null, criterionId: null }]);
      expect(at("II:3.a")).toMatchObject([{ criterionId: f.criteria.field3.id }]);
      expect(at("III:1.a")).toMatchObject([{ source: "DUTY", agencyId: null, dueOn: null, criterionId: null }]);
      expect(at("III:2.a").map((t) => t.agencyId)).toEqual([f.agencies.stt.id]);
      expect(agencyIds(at("III:3.a"))).toEqual(sorted([f.agencies.hA.id, f.agencies.hB.id, f.agencies.hC.id]));
      expect(at("III:4.a").map((t) => t.agencyId)).toEqual([null]);
      expect(at("IV:1")).toMatchObject([
        { agencyId: f.agencies.snv.id, title: expect.stringMatching(/^Ủy ban nhân dân tỉnh giao Sở Nội vụ/) },
      ]);
    });
  });

  it("is idempotent: a second run creates, changes and deletes nothing", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const before = await tasksOf(tx, f.planId);
      const again = await syncPlanTasks(tx, f.planId);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 19, unassigned: 7, deleted: 0, kept: 0 });
      const after = await tasksOf(tx, f.planId);
      expect(after.map((t) => [t.id, t.updatedAt.getTime()])).toEqual(before.map((t) => [t.id, t.updatedAt.getTime()]));
    });
  });

  it("keeps a task with progress when its agency leaves the group, and deletes an untouched one", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const { hA, hB, hC } = f.agencies;
      const mine = (agencyId: string) =>
        tx.task.findFirstOrThrow({ where: { measureId: f.measures.byDistricts.id, agencyId } });
      const worked = await mine(hA.id);
      await tx.task.update({ where: { id: worked.id }, data: { status: "IN_PROGRESS", progress: 40 } });
      await tx.taskUpdate.create({
        data: { taskId: worked.id, userId: f.user.id, toStatus: "IN_PROGRESS", progress: 40 },
      });
      await tx.agencyGroupMember.deleteMany({
        where: { groupId: f.groups.districts.id, agencyId: { in: [hA.id, hB.id] } },
      });
      await tx.measure.update({
        where: { id: f.measures.byDistricts.id },
        data: { text: "Giải quyết hồ sơ đúng và trước hạn" },
      });

      const result = await syncPlanTasks(tx, f.planId);
      // Untouched tasks of A and B go (B's measure task, both III:3.a duties); A's worked-on task stays as it was.
      expect(result).toMatchObject({ created: 0, updated: 1, deleted: 3, kept: 1 });
      expect(await tx.task.findUniqueOrThrow({ where: { id: worked.id } })).toMatchObject({
        status: "IN_PROGRESS",
        progress: 40,
        title: worked.title,
      });
      expect((await mine(hC.id)).title).toBe("Giải quyết hồ sơ đúng và trước hạn");
      expect(await tx.task.count({ where: { planId: f.planId, agencyId: hB.id } })).toBe(0);
    });
  });

  it("follows membership changes: a group that gains a member replaces its unassigned tasks", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const commune = await tx.agency.create({
        data: { provinceId: f.agencies.snv.provinceId, name: "UBND xã X", kind: "COMMUNE" },
      });
      await tx.agencyGroupMember.create({ data: { groupId: f.groups.communes.id, agencyId: commune.id } });
      const result = await syncPlanTasks(tx, f.planId);
      // Measure "lost": the commune's task is new, one unassigned slot (the unresolved lead) remains.
      // III:4.a (UBND cấp xã): the commune's task replaces the unassigned one.
      expect(result).toMatchObject({ created: 2, deleted: 2, unassigned: 5 });
      const lost = await tasksOf(tx, f.planId).then((ts) => ts.filter((t) => t.measureId === f.measures.lost.id));
      expect(lost.map((t) => t.agencyId).sort()).toEqual(sorted([commune.id, null]));
    });
  });

  it("does not recreate an unassigned task that Home Affairs has since assigned", async () => {
    await withFixture(async (tx, f) => {
      await syncPlanTasks(tx, f.planId);
      const orphan = await tx.task.findFirstOrThrow({ where: { planId: f.planId, sourceRef: "III:1.a" } });
      await tx.task.update({ where: { id: orphan.id }, data: { agencyId: f.agencies.snv.id } });
      const result = await syncPlanTasks(tx, f.planId);
      expect(result).toMatchObject({ created: 0, updated: 0, deleted: 0, unassigned: 6 });
      expect(
        await tx.task.findMany({ where: { planId: f.planId, sourceRef: "III:1.a" }, select: { agencyId: true } }),
      ).toEqual([{ agencyId: f.agencies.snv.id }]);
    });
  });
});
