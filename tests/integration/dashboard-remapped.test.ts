// The dashboard's year-over-year view says when a field is not comparable with the year before: the code mapping
// between the two years' national frameworks merged, split, renumbered or dropped it. Same code by default: no
// mapping row, comparable. Every framework and figure here is made up for the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadYearRows } from "@/lib/dashboard/data";
import { dashboardText } from "@/lib/dashboard/messages";
import { yearView } from "@/lib/dashboard/views-scores";
import { db } from "@/lib/db";
import { makeProvince } from "./framework-fixtures";

let year = 0;
let provinceId = "";
let otherId = "";
const frameworkIds: string[] = [];

/** Two consecutive index years no framework or assessment uses yet. */
async function freshYearPair(): Promise<number> {
  const used = new Set(
    [
      ...(await db.framework.findMany({ where: { year: { gte: 2030, lt: 2100 } }, select: { year: true } })),
      ...(await db.assessment.findMany({ where: { year: { gte: 2030, lt: 2100 } }, select: { year: true } })),
    ].map((r) => r.year),
  );
  const free = Array.from({ length: 69 }, (_, i) => 2030 + i).filter((y) => !used.has(y) && !used.has(y + 1));
  const pick = free[Math.floor(Math.random() * free.length)];
  if (pick === undefined) throw new Error("no two free test years left in 2030–2099");
  return pick;
}

async function framework(y: number) {
  const fw = await db.framework.create({ data: { year: y, title: `Bộ chỉ số thử ${y}` } });
  frameworkIds.push(fw.id);
  const field = (code: string) =>
    db.criterion.create({
      data: {
        frameworkId: fw.id,
        code,
        sortKey: code.padStart(3, "0"),
        level: "FIELD",
        title: `Lĩnh vực thử ${code}`,
        standardPoints: "10",
      },
    });
  return { fw, fields: [await field("3"), await field("4"), await field("5")] };
}

async function assess(province: string, y: number, fw: Awaited<ReturnType<typeof framework>>) {
  await db.assessment.create({
    data: {
      provinceId: province,
      year: y,
      frameworkId: fw.fw.id,
      totalScore: "80",
      scores: { create: fw.fields.map((c) => ({ criterionId: c.id, assessedPoints: "8" })) },
    },
  });
}

beforeAll(async () => {
  year = await freshYearPair();
  const before = await framework(year);
  const after = await framework(year + 1);
  // field 4 merged into field 3; field 5 kept its code (no row: the default)
  await db.criterionMapping.createMany({
    data: [
      { fromFrameworkId: before.fw.id, toFrameworkId: after.fw.id, fromCode: "3", toCode: "3" },
      { fromFrameworkId: before.fw.id, toFrameworkId: after.fw.id, fromCode: "4", toCode: "3" },
    ],
  });
  provinceId = (await makeProvince()).id;
  otherId = (await makeProvince()).id;
  await assess(provinceId, year, before);
  await assess(provinceId, year + 1, after);
  await assess(otherId, year, before);
});

afterAll(async () => {
  await db.province.deleteMany({ where: { id: { in: [provinceId, otherId] } } });
  await db.framework.deleteMany({ where: { id: { in: frameworkIds } } });
});

describe("fields the code mapping changed between two years", () => {
  it("are listed on the later year only, and only for codes an explicit row moves", async () => {
    const rows = await loadYearRows({ provinceId });
    expect(rows.map((r) => [r.year, r.remappedFields])).toEqual([
      [year, []],
      [year + 1, ["3", "4"]],
    ]);
  });

  it("mark the year as not comparable for that field, and leave the others comparable", async () => {
    const view = yearView(await loadYearRows({ provinceId }), "3");
    expect(view.years.map((y) => y.changed)).toEqual([[], ["3", "4"]]);
    expect(view.years[1]?.changed.includes("5")).toBe(false);
    expect(dashboardText.notComparableNote([{ year: year + 1, codes: ["3", "4"] }])).toBe(
      `† Không so sánh được với năm trước (bảng ánh xạ mã giữa hai bộ chỉ số): năm ${year + 1}, lĩnh vực 3, 4.`,
    );
  });

  it("are not shown for a province with a single year", async () => {
    const rows = await loadYearRows({ provinceId: otherId });
    expect(rows.map((r) => r.remappedFields)).toEqual([[]]);
  });
});
