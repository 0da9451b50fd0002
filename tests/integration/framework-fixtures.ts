// Fixtures for the national framework tests: provinces, users of every role (the national administrator
// too), framework files and small plan appendices. Every figure here is test data made up for the test,
// not an official framework.
import type { Role } from "@/lib/auth/permissions";
import { NO_PROVINCE } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { IMPORT_TRANSACTION_OPTIONS, importPlanAsSystem } from "@/lib/plans/import/run";
import { loadSelfAssessment } from "@/lib/self-assessment/data";

/** An index year (2030–2099, inside what the forms accept) that no framework or assessment uses yet. */
/** The self-assessment table the user sees, or null when the loader refuses (it answers Loaded). */
export async function selfView(user: SessionUser, year: number) {
  const loaded = await loadSelfAssessment(user, year);
  return loaded.status === "ok" ? loaded.data : null;
}

export async function freshYear(): Promise<number> {
  const [frameworks, assessments] = await Promise.all([
    db.framework.findMany({ where: { year: { gte: 2030, lt: 2100 } }, select: { year: true } }),
    db.assessment.findMany({ where: { year: { gte: 2030, lt: 2100 } }, select: { year: true } }),
  ]);
  const used = new Set([...frameworks, ...assessments].map((r) => r.year));
  const free = Array.from({ length: 70 }, (_, i) => 2030 + i).filter((y) => !used.has(y));
  const year = free[Math.floor(Math.random() * free.length)];
  if (year === undefined) throw new Error("no free test year left in 2030–2099");
  return year;
}

const tag = () => Math.random().toString(36).slice(2, 8);

export async function makeProvince(name = `Tỉnh thử ${tag()}`) {
  return db.province.create({ data: { code: `thu-${tag()}`, name } });
}

export async function makeUser(
  role: Role,
  province: { id: string; name: string } | null,
  agencyId: string | null = null,
): Promise<SessionUser> {
  const email = `${role.toLowerCase()}.${tag()}@fw.test.vn`;
  const row = await db.user.create({
    data: { email, name: `Người dùng ${role}`, role, provinceId: province?.id ?? null, agencyId, passwordHash: "x" },
  });
  return {
    id: row.id,
    email,
    name: row.name,
    role,
    provinceId: province?.id ?? NO_PROVINCE,
    provinceName: province?.name ?? "Toàn quốc",
    agencyId,
    agencyName: null,
  };
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A small made-up framework: field 1 (self-scored) with two criteria, field 2 (survey) with one. */
export const GOOD_FRAMEWORK_CSV = [
  "Mã;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm tối đa;Nguồn điểm",
  "1;Lĩnh vực thử một;10;Tự đánh giá",
  "1.1;Tiêu chí thử 1.1;6;",
  "1.1.1;Tiêu chí thành phần 1.1.1;4;",
  "1.1.2;Tiêu chí thành phần 1.1.2;2;",
  "1.2;Tiêu chí thử 1.2;4;",
  "2;Lĩnh vực thử hai (điều tra);5,5;Điều tra XHH",
  "2.1;Tiêu chí thử 2.1;5,5;",
].join("\n");

/** A plan appendix as CSV (the plan importer's columns), rows: [code, title, standard, assessed]. */
export function planCsv(rows: [string, string, string, string][], lead = "Sở Nội vụ"): Uint8Array {
  const header = "STT;Lĩnh vực/Tiêu chí;Điểm chuẩn;Điểm thẩm định;Giải pháp;Cơ quan chủ trì";
  return encode([header, ...rows.map((r) => [...r, `Giải pháp cho ${r[0]}`, lead].join(";"))].join("\n"));
}

export function importPlanCsv(
  province: { id: string; name: string },
  year: number,
  bytes: Uint8Array,
  number = `${tag()}/KH-UBND`,
) {
  return db.$transaction(
    (tx) =>
      importPlanAsSystem(tx, {
        provinceId: province.id,
        provinceName: province.name,
        fileName: "phu-luc.csv",
        bytes,
        meta: { number, issuedOn: `${year + 1}-03-01`, indexYear: year },
      }),
    IMPORT_TRANSACTION_OPTIONS,
  );
}
