// Other provinces' published totals: only Sở Nội vụ enters them, bad lines write nothing, a province's own
// imported result is never overwritten, and the dashboard's projected rank reads them.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { savePeerScoresMutation } from "@/lib/assessments/mutations";
import { loadPeerScoreList } from "@/lib/assessments/data";
import { loadPeerScores } from "@/lib/dashboard/data";
import { db } from "@/lib/db";

const YEAR = 2040 + Math.floor(Math.random() * 50);
const users = {} as Record<Role, SessionUser>;
let provinceId: string;

beforeAll(async () => {
  const province = await db.province.upsert({ where: { code: "peer-home" }, create: { code: "peer-home", name: "Tỉnh Nhà Thử" }, update: {} });
  provinceId = province.id;
  const agency = await db.agency.upsert({ where: { provinceId_name: { provinceId, name: "Sở Thử" } }, create: { provinceId, name: "Sở Thử", kind: "DEPARTMENT" }, update: {} });
  for (const role of ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[]) {
    const email = `peer-${role.toLowerCase()}@test.vn`;
    const agencyId = role.startsWith("AGENCY") ? agency.id : null;
    const u = await db.user.upsert({ where: { email }, create: { email, name: role, role, provinceId, agencyId, passwordHash: "x" }, update: {} });
    users[role] = { id: u.id, email, name: role, role, provinceId, provinceName: province.name, agencyId, agencyName: null };
  }
});

const count = () => db.assessment.count({ where: { year: YEAR } });

describe("other provinces' published totals", () => {
  it.each(["LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[])("%s may not enter them", async (role) => {
    const result = await savePeerScoresMutation(users[role], { year: String(YEAR), lines: "Xa Xôi; 90" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await count()).toBe(0);
  });

  it("one bad line refuses the whole list with a message per line, writing nothing", async () => {
    const result = await savePeerScoresMutation(users.HOME_AFFAIRS, { year: String(YEAR), lines: "Xa Xôi; 90\nGần Gũi; 9o" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.lines).toEqual(["Dòng 2: «9o» không phải là điểm (ví dụ 91,06)."]);
    expect(await count()).toBe(0);
  });

  it("Sở Nội vụ enters them; entering again updates; the projection's rank reads them", async () => {
    const audits = () => db.auditLog.count({ where: { userId: users.HOME_AFFAIRS.id, action: "assessment.peers" } });
    const auditsBefore = await audits();
    const first = await savePeerScoresMutation(users.HOME_AFFAIRS, { year: String(YEAR), lines: "Xa Xôi; 90,5; 1\nGần Gũi; 70" });
    expect(first).toMatchObject({ ok: true, data: { saved: 2, kept: [] } });
    await savePeerScoresMutation(users.HOME_AFFAIRS, { year: String(YEAR), lines: "Gần Gũi; 71,25" });
    const list = await loadPeerScoreList(provinceId, YEAR);
    expect(list.map((p) => [p.province.name, p.totalScore.toString(), p.rank])).toEqual([["Xa Xôi", "90.5", 1], ["Gần Gũi", "71.25", null]]);
    expect(await loadPeerScores({ provinceId }, YEAR)).toEqual(["90.5", "71.25"]);
    expect(await audits()).toBe(auditsBefore + 2);
  });

  it("never overwrites a province's own imported result", async () => {
    const framework = await db.framework.create({ data: { year: YEAR, title: "Thử" } });
    const own = await db.province.create({ data: { code: `own-${YEAR}`, name: `Có Kế Hoạch ${YEAR}` } });
    await db.assessment.create({ data: { provinceId: own.id, year: YEAR, frameworkId: framework.id, totalScore: "88.1" } });
    const result = await savePeerScoresMutation(users.HOME_AFFAIRS, { year: String(YEAR), lines: `Có Kế Hoạch ${YEAR}; 50` });
    expect(result).toMatchObject({ ok: true, data: { saved: 0, kept: [`Có Kế Hoạch ${YEAR}`] } });
    const kept = await db.assessment.findUniqueOrThrow({ where: { provinceId_year: { provinceId: own.id, year: YEAR } } });
    expect(kept.totalScore.toString()).toBe("88.1");
  });
});
