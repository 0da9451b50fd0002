// syncPlanTasks on the real Kế hoạch 6006/KH-UBND, imported through the real importer into the Lâm Đồng
// directory, inside a transaction that is rolled back (the shared test database is left as it was).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lamDongDirectory, lamDongProvince } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import { db, type Tx } from "@/lib/db";
import { parsePlan } from "@/lib/plans/import";
import { savePlanImport } from "@/lib/plans/import/persist";
import { type SyncPlanTasksResult, syncPlanTasks } from "@/lib/tasks/generate";
import { Rollback } from "./tasks-generate.fixture";

const FILE = "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt";
const LOST_III = [1, 2, 3, 5, 6, 7, 8, 11];

async function importPlan(tx: Tx) {
  const province =
    (await tx.province.findUnique({ where: { code: lamDongProvince.code } })) ??
    (await tx.province.create({ data: { code: lamDongProvince.code, name: lamDongProvince.name } }));
  await syncDirectory(tx, province.id, lamDongDirectory);
  const preview = await parsePlan({
    fileName: "6006-KH-UBND-2021-lam-dong.txt",
    bytes: readFileSync(FILE),
    directory: lamDongDirectory,
  });
  const saved = await savePlanImport(tx, { provinceId: province.id, preview, fileName: preview.fileName });
  return saved.planId;
}

describe("syncPlanTasks on Kế hoạch 6006/KH-UBND", () => {
  it("fans the measures and the body out to Lâm Đồng's agencies, and a re-run changes nothing", async () => {
    try {
      await db.$transaction(
        async (tx) => {
          const planId = await importPlan(tx);
          const first = await syncPlanTasks(tx, planId);
          const again = await syncPlanTasks(tx, planId);
          await checkTasks(tx, planId, first, again);
          throw new Rollback();
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  });
});

async function checkTasks(tx: Tx, planId: string, first: SyncPlanTasksResult, again: SyncPlanTasksResult) {
  const tasks = await tx.task.findMany({
    where: { planId },
    select: {
      sourceRef: true,
      source: true,
      agencyId: true,
      criterionId: true,
      measure: { select: { criterion: { select: { code: true } } } },
    },
  });
  const groups = await tx.agencyGroup.findMany({
    where: { province: { code: lamDongProvince.code } },
    select: { name: true, members: { select: { agencyId: true } } },
  });
  const members = (name: string) => (groups.find((g) => g.name === name)?.members ?? []).map((m) => m.agencyId).sort();
  const agenciesAt = (ref: string) =>
    tasks
      .filter((t) => t.sourceRef === ref)
      .map((t) => t.agencyId)
      .sort();

  expect(first.warnings).toEqual([]);
  expect(again).toMatchObject({
    created: 0,
    updated: 0,
    deleted: 0,
    kept: 0,
    unchanged: tasks.length,
    unassigned: first.unassigned,
  });
  // 3.4.2 is led by "UBND cấp huyện": one task per district.
  expect(agenciesAt("M:3.4.2:1")).toEqual(members("UBND cấp huyện"));
  expect(members("UBND cấp huyện").length).toBeGreaterThan(1);
  // 3.4.3 is led by "UBND cấp xã", which has no members yet: one unassigned task.
  expect(agenciesAt("M:3.4.3:1")).toEqual([null]);

  const targets = tasks.filter((t) => t.source === "TARGET");
  expect(targets).toHaveLength(36);
  expect(targets.every((t) => t.agencyId === null)).toBe(true);
  // The appendix lists no criterion of field 2, so the framework has no field "2" to link II:2 targets to.
  expect(
    targets
      .filter((t) => t.criterionId === null)
      .map((t) => t.sourceRef)
      .sort(),
  ).toEqual(["II:2.a", "II:2.b"]);

  const lostDuties = tasks.filter(
    (t) => t.source === "DUTY" && LOST_III.includes(Number(/^III:(\d+)/.exec(t.sourceRef)?.[1])),
  );
  expect(lostDuties).toHaveLength(32);
  expect(lostDuties.every((t) => t.agencyId === null)).toBe(true);
  expect(agenciesAt("III:9")).toEqual(members("Các Sở, ban, ngành"));
  expect(agenciesAt("III:10.b")).toEqual(members("Các cơ quan Trung ương đóng trên địa bàn"));
  const named = await tx.agency.findMany({
    where: {
      name: {
        in: ["Đài Phát thanh - Truyền hình tỉnh Lâm Đồng", "Báo Lâm Đồng", "Sở Nội vụ", "Sở Thông tin và Truyền thông"],
      },
      province: { code: lamDongProvince.code },
    },
  });
  const idOf = (name: string) => named.find((a) => a.name === name)?.id;
  expect(agenciesAt("III:12")).toEqual(
    [idOf("Đài Phát thanh - Truyền hình tỉnh Lâm Đồng"), idOf("Báo Lâm Đồng")].sort(),
  );
  expect(agenciesAt("III:4.đ")).toEqual([idOf("Sở Thông tin và Truyền thông")]);
  expect(agenciesAt("IV:1")).toEqual([idOf("Sở Nội vụ")]);
  expect(first.unassigned).toBe(tasks.filter((t) => t.agencyId === null).length);
}
