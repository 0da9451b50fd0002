// The national framework: imported from CSV/XLSX by the national administrator only; each kind of bad file
// is refused line by line and changes nothing; edited on the page through the same checks.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadFrameworkOfYear, loadFrameworks } from "@/lib/frameworks/data";
import { editFrameworkMutation, importFrameworkMutation } from "@/lib/frameworks/mutations";
import { encode, freshYear, GOOD_FRAMEWORK_CSV, makeProvince, makeUser } from "./framework-fixtures";

let national: SessionUser;
let homeAffairs: SessionUser;
let leadership: SessionUser;
let agencyHead: SessionUser;

beforeAll(async () => {
  const province = await makeProvince();
  const agency = await db.agency.create({
    data: { provinceId: province.id, name: "Sở Tài chính", kind: "DEPARTMENT" },
  });
  national = await makeUser("NATIONAL_ADMIN", null);
  homeAffairs = await makeUser("HOME_AFFAIRS", province);
  leadership = await makeUser("LEADERSHIP", province);
  agencyHead = await makeUser("AGENCY_HEAD", province, agency.id);
});

const upload = (year: number, text: string, fileName = "bo-chi-so.csv") => ({
  year: String(year),
  decisionNumber: "876/QĐ-BNV",
  fileName,
  bytes: encode(text),
});

async function snapshot() {
  const [frameworks, criteria, audits] = await Promise.all([
    db.framework.count(),
    db.criterion.count(),
    db.auditLog.count(),
  ]);
  return { frameworks, criteria, audits };
}

describe("importing a national framework", () => {
  it("stores a good file: tree, maxima, survey flags, decision, and a national audit row", async () => {
    const year = await freshYear();
    const result = await importFrameworkMutation(national, upload(year, GOOD_FRAMEWORK_CSV));
    expect(result).toMatchObject({ ok: true, data: { year, created: true, criteria: 7 } });
    const framework = await db.framework.findFirstOrThrow({
      where: { year, provinceId: null },
      include: { criteria: { orderBy: { sortKey: "asc" } } },
    });
    expect([framework.partial, framework.decisionNumber, framework.maxPoints.toString()]).toEqual([
      false,
      "876/QĐ-BNV",
      "15.5",
    ]);
    const byCode = new Map(framework.criteria.map((c) => [c.code, c]));
    expect(framework.criteria.map((c) => c.code)).toEqual(["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"]);
    expect(byCode.get("1.1.1")?.parentId).toBe(byCode.get("1.1")?.id);
    expect(byCode.get("2.1")?.survey).toBe(true); // a blank cell inherits the survey-scored field
    expect(byCode.get("1.2")?.survey).toBe(false);
    expect(byCode.get("2")?.standardPoints.toString()).toBe("5.5");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Framework", entityId: framework.id } });
    expect([audit.action, audit.provinceId, audit.userId]).toEqual(["framework.create", null, national.id]);
  });

  it("re-importing changes the framework in place (same rows), never duplicates it", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, upload(year, GOOD_FRAMEWORK_CSV));
    const before = await db.criterion.findMany({
      where: { framework: { year, provinceId: null } },
      orderBy: { sortKey: "asc" },
    });
    const renamed = GOOD_FRAMEWORK_CSV.replace("Tiêu chí thử 1.2", "Tiêu chí 1.2 (đổi tên)");
    const result = await importFrameworkMutation(national, upload(year, renamed));
    expect(result).toMatchObject({
      ok: true,
      data: { created: false, counts: { created: 0, updated: 7, removed: 0 } },
    });
    const after = await db.criterion.findMany({
      where: { framework: { year, provinceId: null } },
      orderBy: { sortKey: "asc" },
    });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.find((c) => c.code === "1.2")?.title).toBe("Tiêu chí 1.2 (đổi tên)");
    expect(await db.framework.count({ where: { year } })).toBe(1);
  });

  it("reads an XLSX with its columns in another order and other names", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bộ chỉ số");
    sheet.addRow(["BỘ CHỈ SỐ THỬ"]);
    sheet.addRow(["Điểm chuẩn", "STT", "Nội dung", "Phương pháp chấm"]);
    sheet.addRow([10, "1", "Lĩnh vực một", "Tự chấm"]);
    sheet.addRow([10, "1.1", "Tiêu chí một", ""]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const year = await freshYear();
    const result = await importFrameworkMutation(national, { year: String(year), fileName: "khung.xlsx", bytes });
    expect(result).toMatchObject({ ok: true, data: { criteria: 2 } });
  });

  const BAD: [string, string, string, number][] = [
    [
      "children that do not add up",
      GOOD_FRAMEWORK_CSV.replace("1.2;Tiêu chí thử 1.2;4;", "1.2;Tiêu chí thử 1.2;3;"),
      "CHILDREN_SUM_MISMATCH",
      2,
    ],
    ["a duplicate code", `${GOOD_FRAMEWORK_CSV}\n1.2;Lặp lại;4;`, "DUPLICATE_CODE", 9],
    [
      "a maximum that is not a number",
      GOOD_FRAMEWORK_CSV.replace("1.2;Tiêu chí thử 1.2;4;", "1.2;Tiêu chí thử 1.2;bốn;"),
      "NOT_A_NUMBER",
      6,
    ],
    ["a child without its parent", GOOD_FRAMEWORK_CSV.replace("1.1;Tiêu chí thử 1.1;6;\n", ""), "PARENT_MISSING", 3],
    [
      "an unreadable survey cell",
      GOOD_FRAMEWORK_CSV.replace("1.2;Tiêu chí thử 1.2;4;", "1.2;Tiêu chí thử 1.2;4;có lẽ"),
      "INVALID_SURVEY",
      6,
    ],
    ["a missing column", GOOD_FRAMEWORK_CSV.replace("Điểm tối đa", "Ghi chú"), "MISSING_COLUMN", 1],
  ];
  it.each(BAD)(
    "refuses %s with a Vietnamese error on its line, and changes nothing",
    async (_name, text, code, line) => {
      const year = await freshYear();
      const before = await snapshot();
      const result = await importFrameworkMutation(national, upload(year, text));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe("INVALID");
      const errors = (result.current as { errors: { line: number; code: string; message: string }[] }).errors;
      expect(errors.find((e) => e.code === code)).toMatchObject({ line });
      expect(errors.every((e) => /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(e.message))).toBe(true);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("refuses a bad file for a year that already has a framework and leaves that framework as it was", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, upload(year, GOOD_FRAMEWORK_CSV));
    const before = await db.criterion.findMany({
      where: { framework: { year } },
      orderBy: { sortKey: "asc" },
      select: { code: true, title: true, standardPoints: true },
    });
    const bad = GOOD_FRAMEWORK_CSV.replace("Tiêu chí thử 1.2;4;", "Tiêu chí mới;x;");
    expect((await importFrameworkMutation(national, upload(year, bad))).ok).toBe(false);
    const after = await db.criterion.findMany({
      where: { framework: { year } },
      orderBy: { sortKey: "asc" },
      select: { code: true, title: true, standardPoints: true },
    });
    expect(after).toEqual(before);
  });
});

describe("who may write a framework", () => {
  it.each(["homeAffairs", "leadership", "agencyHead"] as const)(
    "%s of a province is refused and nothing is written",
    async (who) => {
      const user = { homeAffairs, leadership, agencyHead }[who];
      const before = await snapshot();
      const result = await importFrameworkMutation(user, upload(await freshYear(), GOOD_FRAMEWORK_CSV));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("a province user cannot edit a national framework; the national administrator can, through the same checks", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, upload(year, GOOD_FRAMEWORK_CSV));
    const view = await loadFrameworkOfYear(homeAffairs, year);
    const rows = (view?.criteria ?? []).map((c) => ({
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      survey: c.survey,
    }));
    expect(rows).toHaveLength(7);
    const edited = rows.map((r) => (r.code === "1.2" ? { ...r, title: "Tiêu chí 1.2 sửa trên trang" } : r));
    expect(await editFrameworkMutation(homeAffairs, { year, rows: edited })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await editFrameworkMutation(national, { year, rows: edited })).toMatchObject({ ok: true });
    expect((await loadFrameworkOfYear(leadership, year))?.criteria.find((c) => c.code === "1.2")?.title).toBe(
      "Tiêu chí 1.2 sửa trên trang",
    );
    const unbalanced = rows.map((r) => (r.code === "1.2" ? { ...r, maxPoints: "5" } : r));
    const refused = await editFrameworkMutation(national, { year, rows: unbalanced });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect((await loadFrameworkOfYear(leadership, year))?.criteria.find((c) => c.code === "1.2")?.maxPoints).toBe("4");
  });

  it("every province reads the national framework", async () => {
    const year = await freshYear();
    await importFrameworkMutation(national, upload(year, GOOD_FRAMEWORK_CSV));
    const other = await makeUser("AGENCY_STAFF", await makeProvince(), null).catch(() => null);
    expect(other).toBeNull(); // an agency role needs an agency (database CHECK)
    for (const user of [homeAffairs, leadership, agencyHead, national]) {
      expect((await loadFrameworks(user)).some((f) => f.year === year && !f.partial)).toBe(true);
    }
  });
});
