// The importer against a real Postgres: migrate (done by the test runner), import the published plan,
// re-import it (no duplicates), totals computed by the database, and failed imports that leave nothing.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory, lamDongProvince } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import { db } from "@/lib/db";
import { loadPlanOverview } from "@/lib/plans/data";
import { PlanImportError } from "@/lib/plans/import";
import { IMPORT_TRANSACTION_OPTIONS, type ImportPlanInput, importPlanAsSystem } from "@/lib/plans/import/run";
import { loadCriterionRows, loadScoreTotals } from "@/lib/scores/data";

const FILE = "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt";
let provinceId: string;

function input(bytes: Uint8Array, fileName = "6006-KH-UBND-2021-lam-dong.txt"): ImportPlanInput {
  return { provinceId, provinceName: lamDongProvince.name, fileName, bytes };
}

const importFile = (i: ImportPlanInput) =>
  db.$transaction((tx) => importPlanAsSystem(tx, i), IMPORT_TRANSACTION_OPTIONS);

async function rowCounts() {
  const [plans, measures, assignments, criteria, scores, assessments, tasks, audits] = await Promise.all([
    db.plan.count({ where: { provinceId } }),
    db.measure.count({ where: { plan: { provinceId } } }),
    db.measureAssignment.count({ where: { measure: { plan: { provinceId } } } }),
    db.criterion.count(),
    db.criterionScore.count({ where: { assessment: { provinceId } } }),
    db.assessment.count({ where: { provinceId } }),
    db.task.count({ where: { plan: { provinceId } } }),
    db.auditLog.count({ where: { provinceId, action: "plan.import" } }),
  ]);
  return { plans, measures, assignments, criteria, scores, assessments, tasks, audits };
}

beforeAll(async () => {
  const province = await db.province.upsert({
    where: { code: lamDongProvince.code },
    create: { code: lamDongProvince.code, name: lamDongProvince.name },
    update: {},
  });
  provinceId = province.id;
  await db.$transaction((tx) => syncDirectory(tx, provinceId, lamDongDirectory), IMPORT_TRANSACTION_OPTIONS);
});

describe("importing Kế hoạch 6006/KH-UBND into Postgres", () => {
  it("a file with a non-numeric point cell writes nothing and names the row and column", async () => {
    const before = await rowCounts();
    const row = "6.1.2 | Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN | 1,00 | 0,00 |";
    const original = readFileSync(FILE, "utf8");
    expect(original).toContain(row);
    const broken = original.replace(row, row.replace("| 0,00 |", "| 0,o0 |"));
    const error = await importFile(input(new TextEncoder().encode(broken))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanImportError);
    expect((error as Error).message).toMatch(/Điểm thẩm định/);
    expect((error as Error).message).toMatch(/0,o0/);
    expect(await rowCounts()).toEqual(before);
  });

  it("a failure after the plan was written rolls every row back", async () => {
    const before = await rowCounts();
    const bytes = new Uint8Array(readFileSync(FILE));
    await expect(
      db.$transaction(async (tx) => {
        await importPlanAsSystem(tx, input(bytes));
        throw new Error("disk full");
      }, IMPORT_TRANSACTION_OPTIONS),
    ).rejects.toThrow("disk full");
    expect(await rowCounts()).toEqual(before);
  });

  it("imports the plan, and the database computes 16,07 lost and 83,93", async () => {
    const { saved } = await importFile(input(new Uint8Array(readFileSync(FILE))));
    const plan = await db.plan.findUniqueOrThrow({ where: { id: saved.planId }, include: { assessment: true } });
    expect(plan.number).toBe("6006/KH-UBND");
    expect(plan.issuedOn.toISOString().slice(0, 10)).toBe("2021-08-23");
    expect(plan.assessment.totalScore.toString()).toBe("83.93");
    expect([plan.assessment.rank, plan.assessment.rankOf]).toEqual([32, 63]);
    const totals = await loadScoreTotals(plan.assessmentId);
    expect(Number(totals.lost)).not.toBeNaN();
    expect(totals).toEqual({ max: "100", lost: "16.07", score: "83.93" });
    const rows = await loadCriterionRows(plan.assessmentId);
    expect(rows).toHaveLength(37);
    expect(rows.find((r) => r.code === "3.4.3")).toMatchObject({ standard: "1", assessed: "0.996", lost: "0.004" });
    expect(rows.find((r) => r.code === "9.2")).toMatchObject({ lost: "5.94", parentCode: "9" });
    const previous = await db.assessment.findUniqueOrThrow({ where: { provinceId_year: { provinceId, year: 2019 } } });
    expect([previous.totalScore.toString(), previous.rank, previous.frameworkId]).toEqual(["80.66", 40, null]);
  });

  it("re-importing the same plan updates it without duplicating anything", async () => {
    const before = await rowCounts();
    const measureIds = (
      await db.measure.findMany({ where: { plan: { provinceId } }, select: { id: true }, orderBy: { id: "asc" } })
    ).map((m) => m.id);
    const { saved, tasks } = await importFile(input(new Uint8Array(readFileSync(FILE))));
    expect(saved.created).toBe(false);
    expect(tasks.created).toBe(0);
    expect(await rowCounts()).toEqual({ ...before, audits: before.audits + 1 });
    const again = (
      await db.measure.findMany({ where: { plan: { provinceId } }, select: { id: true }, orderBy: { id: "asc" } })
    ).map((m) => m.id);
    expect(again).toEqual(measureIds);
  });

  it("the overview loader reads the plan with its measures, agencies and warnings, scoped to the province", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { provinceId } });
    const loaded = await loadPlanOverview({ provinceId }, plan.id);
    const overview = loaded.status === "ok" ? loaded.data : null;
    expect(overview?.appendix.measures).toHaveLength(21);
    expect(overview?.appendix.measureCount).toBe(21);
    const m433 = overview?.appendix.measures.find((m) => m.criterionCode === "4.3.3");
    expect(m433?.support.map((s) => s.name)).toEqual(["Thanh tra tỉnh", "Các Sở, ban, ngành"]);
    const m552 = overview?.appendix.measures.find((m) => m.criterionCode === "5.5.2");
    expect(m552?.lead.find((l) => l.name === null)?.label).toBe("các đơn vị sự nghiệp");
    expect(overview?.warnings.map((w) => w.code)).toContain("CHILDREN_SUM_MISMATCH");
    const other = await db.province.upsert({
      where: { code: "other-province" },
      create: { code: "other-province", name: "Tỉnh khác" },
      update: {},
    });
    expect(await loadPlanOverview({ provinceId: other.id }, plan.id)).toEqual({ status: "not_found" });
  });

  it("reads only the requested page of the appendix, with the whole plan's count", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { provinceId } });
    const first = await db.measure.findFirstOrThrow({ where: { planId: plan.id }, include: { criterion: true } });
    const extra = await db.measure.createManyAndReturn({
      data: Array.from({ length: 120 }, (_, i) => ({
        planId: plan.id,
        criterionId: first.criterionId,
        position: 1000 + i,
        text: `Giải pháp bổ sung ${i}`,
        timeframeText: "Năm 2021",
      })),
      select: { id: true },
    });
    try {
      const pages = await Promise.all(
        [1, 2, 3, 99].map(async (page) => {
          const loaded = await loadPlanOverview({ provinceId }, plan.id, page);
          if (loaded.status !== "ok") throw new Error(loaded.status);
          return loaded.data.appendix;
        }),
      );
      expect(pages.map((p) => p.measureCount)).toEqual([141, 141, 141, 141]);
      const [p1, p2, p3, last] = pages;
      // the criterion with 121 measures has a page of its own; every measure is on exactly one page
      const byPage = pages.slice(0, p1?.pageCount).map((p) => p.measures.map((m) => m.id));
      expect(byPage.flat().sort()).toEqual(
        (await db.measure.findMany({ where: { planId: plan.id }, select: { id: true } })).map((m) => m.id).sort(),
      );
      expect([p1, p2, p3].some((p) => p?.measures.length === 121)).toBe(true);
      expect(Math.max(...pages.map((p) => p.measures.length))).toBe(121);
      expect(last?.page).toBe(last?.pageCount);
    } finally {
      await db.measure.deleteMany({ where: { id: { in: extra.map((m) => m.id) } } });
    }
  });
});
