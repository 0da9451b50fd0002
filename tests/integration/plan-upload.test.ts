// The upload path (server action → importPlanMutation): who may import, what bad input says, and that the
// audit row is written once, with the user, in the import's transaction.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { lamDongDirectory, lamDongProvince } from "@/lib/agencies/lam-dong";
import { syncDirectory } from "@/lib/agencies/sync-directory";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { IMPORT_TRANSACTION_OPTIONS } from "@/lib/plans/import/run";
import { importPlanMutation, previewPlanUpload } from "@/lib/plans/mutations";

const bytes = new Uint8Array(readFileSync("prisma/seed-data/6006-KH-UBND-2021-lam-dong.txt"));
const users = {} as Record<Role, SessionUser>;

beforeAll(async () => {
  const province = await db.province.upsert({
    where: { code: lamDongProvince.code },
    create: { code: lamDongProvince.code, name: lamDongProvince.name },
    update: {},
  });
  await db.$transaction((tx) => syncDirectory(tx, province.id, lamDongDirectory), IMPORT_TRANSACTION_OPTIONS);
  const agency = await db.agency.findUniqueOrThrow({
    where: { provinceId_name: { provinceId: province.id, name: "Sở Tài chính" } },
  });
  for (const role of ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[]) {
    const agencyId = role.startsWith("AGENCY") ? agency.id : null;
    const email = `upload-${role.toLowerCase()}@test.vn`;
    const user = await db.user.upsert({
      where: { email },
      create: { email, name: role, role, provinceId: province.id, agencyId, passwordHash: "x" },
      update: {},
    });
    users[role] = {
      id: user.id,
      email,
      name: role,
      role,
      provinceId: province.id,
      provinceName: province.name,
      agencyId,
      agencyName: agency.name,
    };
  }
});

const planCount = () => db.plan.count();
const auditsOf = (userId: string) => db.auditLog.count({ where: { userId, action: "plan.import" } });

describe("plan upload", () => {
  it.each(["LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[])("refuses %s and writes nothing", async (role) => {
    const before = await planCount();
    const result = await importPlanMutation(users[role], { fileName: "kh.txt", bytes });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await previewPlanUpload(users[role], { fileName: "kh.txt", bytes })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await planCount()).toBe(before);
    expect(await auditsOf(users[role].id)).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    expect(await importPlanMutation(null, { fileName: "kh.txt", bytes })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("explains bad input in Vietnamese next to the field", async () => {
    const result = await importPlanMutation(users.HOME_AFFAIRS, {
      fileName: "kh.pdf",
      bytes: new Uint8Array(),
      issuedOn: "31/02/2021",
      indexYear: "20x0",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors?.fileName).toEqual(["Chỉ nhận tệp văn bản (.txt), CSV (.csv) hoặc Excel (.xlsx)."]);
    expect(result.fieldErrors?.bytes).toEqual(["Tệp rỗng: vui lòng chọn lại tệp."]);
    expect(result.fieldErrors?.issuedOn).toEqual(["Ngày không tồn tại trong lịch."]);
    expect(result.fieldErrors?.indexYear).toEqual(["Năm gồm 4 chữ số, ví dụ 2020."]);
  });

  it("a CSV table without its document header asks for the plan number, writing nothing", async () => {
    const before = await planCount();
    const csv = "STT;Tiêu chí;Điểm chuẩn;Điểm thẩm định;Điểm bị mất\n1;CÔNG TÁC CHỈ ĐẠO;8,50;7,47;1,03\n";
    const result = await importPlanMutation(users.HOME_AFFAIRS, {
      fileName: "phu-luc.csv",
      bytes: new TextEncoder().encode(csv),
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (!result.ok) expect(result.message).toMatch(/số hiệu kế hoạch/);
    expect(await planCount()).toBe(before);
  });

  it("previews without writing, then Home Affairs imports with one audit row of their own", async () => {
    const before = await planCount();
    const preview = await previewPlanUpload(users.HOME_AFFAIRS, { fileName: "6006.txt", bytes });
    expect(preview.ok && preview.data.totals).toMatchObject({ lost: "16.07", score: "83.93" });
    expect(await planCount()).toBe(before);
    const audits = await auditsOf(users.HOME_AFFAIRS.id);
    const result = await importPlanMutation(users.HOME_AFFAIRS, { fileName: "6006.txt", bytes });
    expect(result.ok).toBe(true);
    expect(await auditsOf(users.HOME_AFFAIRS.id)).toBe(audits + 1);
    const plan = await db.plan.findFirstOrThrow({ where: { number: "6006/KH-UBND" } });
    expect(plan.sourceFileName).toBe("6006.txt");
  });
});
