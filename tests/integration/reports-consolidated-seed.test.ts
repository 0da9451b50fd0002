// loadConsolidatedReport on the real Kế hoạch 6006/KH-UBND (imported through the real importer into a copy of
// Lâm Đồng's directory, under a province name of its own so other tests' Lâm Đồng is untouched): the seed's
// figures — 83,93 published, 16,07 lost — come out exactly, and work done moves points from "at stake" to
// "won back" without changing their total.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import { db } from "@/lib/db";
import { dsum } from "@/lib/decimal";
import { parsePeriodKey } from "@/lib/periods/keys";
import { parsePlan } from "@/lib/plans/import";
import { savePlanImport } from "@/lib/plans/import/persist";
import { createPeriods } from "@/lib/reports/calendar";
import { loadConsolidatedReport } from "@/lib/reports/consolidated";
import { syncPlanTasks } from "@/lib/tasks/generate";

const FILE = "prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt";
const KEY = "2026-Q3";
const NOW = new Date("2026-09-20T03:00:00Z"); // after the Q3 deadline (17/09/2026)
let provinceId: string;
let planId: string;

beforeAll(async () => {
  const tag = randomUUID().slice(0, 8);
  await db.$transaction(
    async (tx) => {
      const province = await tx.province.create({
        data: { code: `lam-dong-bc-${tag}`, name: `Lâm Đồng (báo cáo ${tag})` },
      });
      provinceId = province.id;
      await syncDirectory(tx, province.id, lamDongDirectory);
      const preview = await parsePlan({
        fileName: "6006-KH-UBND-2021-lam-dong.txt",
        bytes: readFileSync(FILE),
        directory: lamDongDirectory,
      });
      // The document names Lâm Đồng; this copy has its own name, so the province check is not asked for here.
      const copy = { ...preview, meta: { ...preview.meta, province: null } };
      planId = (await savePlanImport(tx, { provinceId, preview: copy, fileName: preview.fileName })).planId;
      await syncPlanTasks(tx, planId);
      await createPeriods(tx, planId, [parsePeriodKey(KEY)!]);
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
}, 240_000);

// Other files look the plan up by its number: leave nothing behind (the province's rows go with it).
afterAll(async () => {
  if (provinceId) await db.province.delete({ where: { id: provinceId } });
});

describe("the consolidated report of Lâm Đồng's plan", () => {
  it("carries the seed's figures exactly", async () => {
    const r = await loadConsolidatedReport(provinceId, KEY, { now: NOW });
    expect(r.plan.number).toBe("6006/KH-UBND");
    expect(r.period).toMatchObject({
      key: KEY,
      label: "Quý III năm 2026",
      startsOn: "2026-06-15",
      endsOn: "2026-09-14",
      dueOn: "2026-09-17",
    });
    expect(r.asOf).toBe("2026-09-14");
    expect(r.summary.score).toMatchObject({ year: 2020, published: "83.93", max: "100", rank: 32, rankOf: 63 });
    expect(r.summary.points).toMatchObject({ total: "16.07", wonBack: "0", atStake: "16.07", notStarted: "16.07" });
    expect(dsum(r.scoreGap.map((g) => g.lost)).toString()).toBe("16.07");
    const lines = r.fields.flatMap((f) => f.criteria.flatMap((c) => c.measures.flatMap((m) => m.agencies)));
    expect(r.fields.flatMap((f) => f.criteria.flatMap((c) => c.measures))).toHaveLength(21);
    expect(r.summary.tasks.total).toBe(lines.length);
    expect(r.summary.tasks.byStatus.NOT_STARTED).toBe(lines.length);
    // every agency leading a task was asked, none has reported, all are late after 17/09
    expect(r.summary.reports.expected).toBeGreaterThan(30);
    expect(r.missingAgencies).toHaveLength(r.summary.reports.expected);
    expect(r.missingAgencies.every((a) => a.late && a.state === "not_started")).toBe(true);
    expect(r.difficulties).toEqual([]);
  });

  it("moves points from at stake to won back as the period's cycles are accepted, the total staying 16,07", async () => {
    // accept every lead task of criterion 1.5 (1 point lost) in its current cycle
    const tasks = await db.task.findMany({
      where: { planId, measure: { criterion: { code: "1.5" } }, agencyId: { not: null } },
      select: { id: true },
    });
    expect(tasks.length).toBeGreaterThan(0);
    await db.task.updateMany({
      where: { id: { in: tasks.map((t) => t.id) } },
      data: { status: "ACCEPTED", progress: 100 },
    });
    const r = await loadConsolidatedReport(provinceId, KEY, { now: NOW });
    expect(r.summary.points.wonBack).toBe("1");
    expect(r.summary.points.atStake).toBe("15.07");
    expect(r.summary.tasks.byStatus.ACCEPTED).toBe(tasks.length);
    const field1 = r.scoreGap.find((g) => g.code === "1");
    expect(field1).toMatchObject({ lost: "1.03", wonBack: "1", atStake: "0.03" });
    const line = r.fields.find((f) => f.code === "1")?.criteria.find((c) => c.code === "1.5")?.measures[0]?.agencies[0];
    expect(line).toMatchObject({ status: "ACCEPTED", progress: 100, cycleKey: "2026", reportState: "not_started" });
  });
});
