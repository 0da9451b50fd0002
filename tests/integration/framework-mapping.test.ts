// The code mapping between two years' national frameworks, edited by the national administrator: the default
// same code, a renamed code, a split, a merge, a dropped code and a new one; provinces cannot change it.
// All figures are made-up test data.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadMapping, saveCriterionMapping } from "@/lib/frameworks/mapping";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import { encode, freshYear, GOOD_FRAMEWORK_CSV, makeProvince, makeUser } from "./framework-fixtures";

// The later year renumbers and splits field 1: 1.1 becomes 1.3 (rename), 1.2 splits into 1.4 and 1.5.
const LATER_CSV = [
  "Mã;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm tối đa;Nguồn điểm",
  "1;Lĩnh vực thử một;10;Tự đánh giá",
  "1.3;Tiêu chí thử 1.3;6;",
  "1.4;Tiêu chí thử 1.4;2;",
  "1.5;Tiêu chí thử 1.5;2;",
  "2;Lĩnh vực thử hai (điều tra);5,5;Điều tra XHH",
  "2.1;Tiêu chí thử 2.1;5,5;",
].join("\n");

let year: number;
let national: SessionUser;
let homeAffairs: SessionUser;

beforeAll(async () => {
  do year = await freshYear();
  while (await db.framework.count({ where: { year: year - 1 } }));
  national = await makeUser("NATIONAL_ADMIN", null);
  homeAffairs = await makeUser("HOME_AFFAIRS", await makeProvince());
  expect(
    await importFrameworkMutation(national, {
      year: String(year - 1),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    }),
  ).toMatchObject({ ok: true });
  expect(
    await importFrameworkMutation(national, { year: String(year), fileName: "khung.csv", bytes: encode(LATER_CSV) }),
  ).toMatchObject({ ok: true });
});

/** The national administrator's mapping view (the loader answers Loaded; null when refused). */
const view = async () => {
  const loaded = await loadMapping(national, year);
  return loaded.status === "ok" ? loaded.data : null;
};
const kinds = async () =>
  Object.fromEntries((await view())?.rows.map((r) => [r.code, [r.kind, r.targets.join(",")]]) ?? []);

describe("criterion code mapping between two years", () => {
  it("defaults to the same code; a code the later year lacks has no counterpart yet", async () => {
    expect(await kinds()).toMatchObject({
      "1": ["same", "1"],
      "1.1": ["missing", ""],
      "1.2": ["missing", ""],
      "2.1": ["same", "2.1"],
    });
    expect((await view())?.newCodes.map((c) => c.code)).toEqual(["1.3", "1.4", "1.5"]);
  });

  it("records a rename, a split, a merge and a drop; the same code again goes back to the default", async () => {
    expect(await saveCriterionMapping(national, { year: String(year), fromCode: "1.1", toCodes: "1.3" })).toMatchObject(
      { ok: true },
    );
    expect(
      await saveCriterionMapping(national, { year: String(year), fromCode: "1.2", toCodes: "1.4, 1.5" }),
    ).toMatchObject({ ok: true });
    expect(await kinds()).toMatchObject({ "1.1": ["one-to-one", "1.3"], "1.2": ["split", "1.4,1.5"] });
    // 1.1.1 and 1.1.2 merge into 1.3 (with 1.1).
    for (const code of ["1.1.1", "1.1.2"])
      await saveCriterionMapping(national, { year: String(year), fromCode: code, toCodes: "1.3" });
    expect(await kinds()).toMatchObject({ "1.1": ["merged", "1.3"], "1.1.1": ["merged", "1.3"] });
    expect(await saveCriterionMapping(national, { year: String(year), fromCode: "2", toCodes: "" })).toMatchObject({
      ok: true,
    });
    expect(await kinds()).toMatchObject({ "2": ["dropped", ""] });
    expect((await view())?.newCodes.map((c) => c.code)).toEqual(["2"]);
    expect(await saveCriterionMapping(national, { year: String(year), fromCode: "2", toCodes: "2" })).toMatchObject({
      ok: true,
    });
    expect(await kinds()).toMatchObject({ "2": ["same", "2"] });
    const stored = await db.criterionMapping.findMany({
      where: { toFramework: { year, provinceId: null } },
      orderBy: [{ fromCode: "asc" }, { toCode: "asc" }],
    });
    expect(stored.map((m) => [m.fromCode, m.toCode])).toEqual([
      ["1.1", "1.3"],
      ["1.1.1", "1.3"],
      ["1.1.2", "1.3"],
      ["1.2", "1.4"],
      ["1.2", "1.5"],
    ]);
    expect(
      await db.auditLog.count({ where: { action: "framework.mapping", provinceId: null } }),
    ).toBeGreaterThanOrEqual(6);
  });

  it("refuses an unknown code and any province's user, changing nothing", async () => {
    const before = await db.criterionMapping.count();
    const unknown = await saveCriterionMapping(national, { year: String(year), fromCode: "1", toCodes: "1, 9.9" });
    expect(unknown).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { toCodes: [`Bộ chỉ số năm ${year} không có mã 9.9.`] },
    });
    expect(await saveCriterionMapping(national, { year: String(year), fromCode: "7.7", toCodes: "1" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await saveCriterionMapping(homeAffairs, { year: String(year), fromCode: "1", toCodes: "" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await loadMapping(homeAffairs, year)).toEqual({ status: "forbidden" });
    expect(await db.criterionMapping.count()).toBe(before);
  });
});
