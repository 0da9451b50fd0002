// The published result of a year, entered as points or as a percentage of the maximum, and the comparison:
// self-score vs appraised vs published per criterion, and which criteria the previous plan remediated won
// points back (through the code mapping; same code by default). All figures are made-up test data.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import { provincesRankedIn } from "@/lib/frameworks/years";
import { loadComparison } from "@/lib/results/comparison";
import { enterPublishedResult } from "@/lib/results/mutations";
import {
  appraiseSelfScore,
  openSelfAssessment,
  saveSelfScoreWithFiles,
  submitSelfScore,
} from "@/lib/self-assessment/mutations";
import {
  encode,
  freshYear,
  GOOD_FRAMEWORK_CSV,
  importPlanCsv,
  makeProvince,
  makeUser,
  planCsv,
  selfView,
} from "./framework-fixtures";

let year: number;
let admin: SessionUser;
let staff: SessionUser;
let other: SessionUser;

beforeAll(async () => {
  do year = await freshYear();
  while (await db.framework.count({ where: { year: year - 1 } }));
  const province = await makeProvince();
  const agency = await db.agency.create({
    data: { provinceId: province.id, name: "Sở Tài chính", kind: "DEPARTMENT" },
  });
  const national = await makeUser("NATIONAL_ADMIN", null);
  for (const y of [year - 1, year])
    await importFrameworkMutation(national, {
      year: String(y),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    });
  // Last year's result and plan: 1.1 lost 2 points, 1.2 lost 1; both have measures.
  await importPlanCsv(
    province,
    year - 1,
    planCsv(
      [
        ["1", "Lĩnh vực thử một", "10", "7"],
        ["1.1", "Tiêu chí thử 1.1", "6", "4"],
        ["1.2", "Tiêu chí thử 1.2", "4", "3"],
      ],
      "Sở Tài chính",
    ),
  );
  admin = await makeUser("HOME_AFFAIRS", province);
  staff = await makeUser("AGENCY_STAFF", province, agency.id);
  other = await makeUser("HOME_AFFAIRS", await makeProvince());
  await openSelfAssessment(admin, { year });
  for (const [code, points] of [
    ["1.1.1", "4"],
    ["1.2", "3"],
  ] as const) {
    let row = (await selfView(staff, year))?.rows.find((r) => r.code === code);
    await saveSelfScoreWithFiles(staff, { selfScoreId: row?.id, version: row?.version, proposedPoints: points }, []);
    row = (await selfView(staff, year))?.rows.find((r) => r.code === code);
    await submitSelfScore(staff, { selfScoreId: row?.id, version: row?.version });
    row = (await selfView(admin, year))?.rows.find((r) => r.code === code);
    await appraiseSelfScore(admin, {
      selfScoreId: row?.id,
      version: row?.version,
      decision: "accept",
      acceptedPoints: points,
    });
  }
});

describe("published result and comparison", () => {
  it("the number of provinces ranked is a property of the year", () => {
    expect([provincesRankedIn(2020), provincesRankedIn(2024), provincesRankedIn(2025)]).toEqual([63, 63, 34]);
  });

  it("refuses a value over the maximum and a rank beyond the provinces ranked, writing nothing", async () => {
    const before = await db.assessment.count();
    const over = await enterPublishedResult(admin, {
      year: String(year),
      mode: "points",
      totalScore: "80",
      rank: "",
      values: { "1.2": "4,5" },
    });
    expect(over).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { "1.2": [expect.stringMatching(/vượt điểm tối đa 4/)] },
    });
    const rank = await enterPublishedResult(admin, {
      year: String(year),
      mode: "points",
      totalScore: "80",
      rank: "35",
      values: {},
    });
    expect(rank).toMatchObject({
      ok: false,
      fieldErrors: { rank: [expect.stringMatching(/từ 1 đến 34/)] /* test years are after 2025 */ },
    });
    expect(
      await enterPublishedResult(staff, { year: String(year), mode: "points", totalScore: "80", rank: "", values: {} }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.assessment.count()).toBe(before);
  });

  it("takes percentages of the maximum, exactly, and sums parents whose children are all given", async () => {
    const values = { "1.1.1": "62,5", "1.1.2": "100", "1.2": "50", "2.1": "80" };
    const saved = await enterPublishedResult(admin, {
      year: String(year),
      mode: "percent",
      totalScore: "11,9",
      rank: "12",
      values,
    });
    expect(saved).toMatchObject({ ok: true });
    const assessment = await db.assessment.findUniqueOrThrow({
      where: { provinceId_year: { provinceId: admin.provinceId, year } },
      include: { scores: { include: { criterion: true } } },
    });
    const byCode = Object.fromEntries(assessment.scores.map((s) => [s.criterion.code, s.assessedPoints.toString()]));
    expect(byCode).toEqual({
      "1.1.1": "2.5",
      "1.1.2": "2",
      "1.1": "4.5",
      "1.2": "2",
      "1": "6.5",
      "2.1": "4.4",
      "2": "4.4",
    });
    expect([assessment.rank, assessment.rankOf]).toEqual([12, 34]);
  });

  it("compares self-score, appraised and published per criterion, and shows what remediation won back", async () => {
    const view = await loadComparison(admin, year);
    expect(view?.rows.map((r) => [r.code, r.proposed, r.accepted, r.published, r.gap])).toEqual([
      ["1.1.1", "4", "4", "2.5", "1.5"], // over-estimated by 1,5
      ["1.1.2", null, null, "2", null],
      ["1.2", "3", "3", "2", "1"],
    ]);
    expect(view?.totals).toEqual({ proposed: "7", accepted: "7", published: "6.5" });
    // Field 1 lost 3, now 3,5; 1.1 lost 2 last year and 1,5 now (won 0,5); 1.2 lost 1 and now 2 (lost 1 more).
    expect(view?.remediation.map((r) => [r.code, r.lostBefore, r.lostNow, r.won])).toEqual([
      ["1", "3", "3.5", "-0.5"],
      ["1.1", "2", "1.5", "0.5"],
      ["1.2", "1", "2", "-1"],
    ]);
    expect(await loadComparison(other, year)).toBeNull();
    expect(await loadComparison(staff, year)).toBeNull();
  });

  it("a mapping that drops or renames a code is followed; a dropped criterion is not comparable", async () => {
    const [before, now] = await Promise.all([
      db.framework.findFirstOrThrow({ where: { year: year - 1, provinceId: null } }),
      db.framework.findFirstOrThrow({ where: { year, provinceId: null } }),
    ]);
    await db.criterionMapping.createMany({
      data: [
        { fromFrameworkId: before.id, toFrameworkId: now.id, fromCode: "1.1", toCode: "1.2" }, // renumbered
        { fromFrameworkId: before.id, toFrameworkId: now.id, fromCode: "1.2", toCode: null }, // dropped
      ],
    });
    const view = await loadComparison(admin, year);
    expect(view?.remediation.map((r) => [r.code, r.mappedTo, r.lostNow])).toEqual([
      ["1", ["1"], "3.5"],
      ["1.1", ["1.2"], "2"],
      ["1.2", [], null],
    ]);
    await db.criterionMapping.deleteMany({ where: { fromFrameworkId: before.id } });
  });
});
