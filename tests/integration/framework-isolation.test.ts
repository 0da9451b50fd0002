// Issue #8 item 9: a province's plan import never changes the national framework (criteria and standard
// points of an index year) nor what another province sees. Where the year has no national framework, each
// province's appendix is kept as its own partial list; once the national framework is imported, the lists
// are matched to it; after that, a code the framework lacks is refused and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadFrameworkOfYear, loadFrameworks } from "@/lib/frameworks/data";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import { PlanImportError } from "@/lib/plans/import";
import { loadScoreTotals } from "@/lib/scores/data";
import {
  encode,
  freshYear,
  GOOD_FRAMEWORK_CSV,
  importPlanCsv,
  makeProvince,
  makeUser,
  planCsv,
} from "./framework-fixtures";

type Province = { id: string; name: string };
let a: Province;
let b: Province;
let adminA: SessionUser;
let adminB: SessionUser;
let national: SessionUser;

beforeAll(async () => {
  a = await makeProvince();
  b = await makeProvince();
  adminA = await makeUser("HOME_AFFAIRS", a);
  adminB = await makeUser("HOME_AFFAIRS", b);
  national = await makeUser("NATIONAL_ADMIN", null);
});

const A_ROWS: [string, string, string, string][] = [
  ["1", "Lĩnh vực thử một", "10", "8"],
  ["1.1", "Tiêu chí thử 1.1", "6", "4"],
];
// B's file has a criterion the framework will not have ("1.3"), and restates 1.1 with another standard.
const B_ROWS: [string, string, string, string][] = [
  ["1", "Lĩnh vực thử một", "10", "7"],
  ["1.1", "Tiêu chí thử 1.1", "7", "6"],
  ["1.3", "Tiêu chí tỉnh B tự thêm", "2", "0"],
];

async function codesSeenBy(user: SessionUser, year: number) {
  return (await loadFrameworkOfYear(user, year))?.criteria.map((c) => `${c.code}=${c.maxPoints}`) ?? [];
}

describe("framework isolation between provinces (issue #8 item 9)", () => {
  it("before the national framework: each province keeps its own partial list, unseen by the other", async () => {
    const year = await freshYear();
    await importPlanCsv(a, year, planCsv(A_ROWS));
    const seenByA = await codesSeenBy(adminA, year);
    await importPlanCsv(b, year, planCsv(B_ROWS));
    expect(await codesSeenBy(adminA, year)).toEqual(seenByA);
    expect(seenByA).toEqual(["1=10", "1.1=6"]);
    expect(await codesSeenBy(adminB, year)).toEqual(["1=10", "1.1=7", "1.3=2"]);
    const listsOfA = await loadFrameworks(adminA);
    expect(listsOfA.filter((f) => f.year === year)).toEqual([expect.objectContaining({ partial: true, criteria: 2 })]);
    expect(await db.framework.count({ where: { year, provinceId: null } })).toBe(0);
    // A's plan and dashboard figures come from A's own list only.
    const planA = await db.plan.findFirstOrThrow({ where: { provinceId: a.id }, include: { assessment: true } });
    expect((await loadScoreTotals(planA.assessmentId))?.lost).toBe("2");
  });

  it("importing the national framework matches each complete partial list to it and leaves the others alone", async () => {
    const year = await freshYear();
    await importPlanCsv(a, year, planCsv(A_ROWS));
    await importPlanCsv(b, year, planCsv(B_ROWS));
    const result = await importFrameworkMutation(national, {
      year: String(year),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    });
    expect(result).toMatchObject({ ok: true });
    const nationalFw = await db.framework.findFirstOrThrow({ where: { year, provinceId: null } });
    const assessmentA = await db.assessment.findUniqueOrThrow({
      where: { provinceId_year: { provinceId: a.id, year } },
      include: { scores: { include: { criterion: true } } },
    });
    expect(assessmentA.frameworkId).toBe(nationalFw.id);
    expect(assessmentA.scores.every((s) => s.criterion.frameworkId === nationalFw.id)).toBe(true);
    const measuresA = await db.measure.findMany({
      where: { plan: { provinceId: a.id, assessment: { year } } },
      include: { criterion: true },
    });
    expect(measuresA.length).toBeGreaterThan(0);
    expect(measuresA.every((m) => m.criterion.frameworkId === nationalFw.id)).toBe(true);
    expect(await db.framework.count({ where: { year, provinceId: a.id } })).toBe(0);
    // B's list has "1.3", which the framework lacks: it stays B's own, and the national rows are not B's.
    expect(await db.framework.count({ where: { year, provinceId: b.id, partial: true } })).toBe(1);
    expect(await codesSeenBy(adminA, year)).toEqual([
      "1=10",
      "1.1=6",
      "1.1.1=4",
      "1.1.2=2",
      "1.2=4",
      "2=5.5",
      "2.1=5.5",
    ]);
  });

  it("after the national framework: a province's file with a new criterion is refused, nothing written, framework unchanged", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, {
      year: String(year),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    });
    const frameworkBefore = await db.criterion.findMany({
      where: { framework: { year, provinceId: null } },
      orderBy: { sortKey: "asc" },
      select: { id: true, code: true, title: true, standardPoints: true, parentId: true },
    });
    const countsBefore = await Promise.all([
      db.plan.count(),
      db.criterion.count(),
      db.framework.count(),
      db.assessment.count(),
    ]);
    const error = await importPlanCsv(b, year, planCsv(B_ROWS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanImportError);
    expect((error as PlanImportError).code).toBe("CRITERION_NOT_IN_FRAMEWORK");
    expect((error as Error).message).toMatch(/«1\.3».*không có trong Bộ Chỉ số CCHC năm/);
    expect(
      await Promise.all([db.plan.count(), db.criterion.count(), db.framework.count(), db.assessment.count()]),
    ).toEqual(countsBefore);
    const frameworkAfter = await db.criterion.findMany({
      where: { framework: { year, provinceId: null } },
      orderBy: { sortKey: "asc" },
      select: { id: true, code: true, title: true, standardPoints: true, parentId: true },
    });
    expect(frameworkAfter).toEqual(frameworkBefore);
  });

  it("after the national framework: a province's differing standard is a warning on its plan, never a change to the framework", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, {
      year: String(year),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    });
    const rows = B_ROWS.filter((r) => r[0] !== "1.3");
    const { saved } = await importPlanCsv(b, year, planCsv(rows));
    expect(saved.warnings.map((w) => w.code)).toContain("CRITERION_STANDARD_DIFFERS");
    expect(await codesSeenBy(adminA, year)).toContain("1.1=6");
    expect(await db.framework.count({ where: { year } })).toBe(1);
  });
});
