// Other provinces' published totals: only Sở Nội vụ enters them, bad lines write nothing, they are the entering
// province's own reference data (another province's records are never changed, no province is created), and the
// dashboard's projected rank reads them.
import { beforeAll, describe, expect, it } from "vitest";
import { loadPeerScoreList } from "@/lib/assessments/data";
import { savePeerScoresMutation } from "@/lib/assessments/mutations";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadPeerScores } from "@/lib/dashboard/data";
import { db } from "@/lib/db";
import { unusedFrameworkYear } from "./test-years";

const YEAR = 2040 + Math.floor(Math.random() * 50);
const users = {} as Record<Role, SessionUser>;
let provinceId: string;

beforeAll(async () => {
  const province = await db.province.upsert({
    where: { code: "peer-home" },
    create: { code: "peer-home", name: "Tỉnh Nhà Thử" },
    update: {},
  });
  provinceId = province.id;
  const agency = await db.agency.upsert({
    where: { provinceId_name: { provinceId, name: "Sở Thử" } },
    create: { provinceId, name: "Sở Thử", kind: "DEPARTMENT" },
    update: {},
  });
  for (const role of ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[]) {
    const email = `peer-${role.toLowerCase()}@test.vn`;
    const agencyId = role.startsWith("AGENCY") ? agency.id : null;
    const u = await db.user.upsert({
      where: { email },
      create: { email, name: role, role, provinceId, agencyId, passwordHash: "x" },
      update: {},
    });
    users[role] = {
      id: u.id,
      email,
      name: role,
      role,
      provinceId,
      provinceName: province.name,
      agencyId,
      agencyName: null,
    };
  }
});

// What these writes could touch: this province's own records of the year, and any assessment or province under the
// names typed (another test file may hold an assessment of the same random year in a province of its own).
const TYPED = ["Xa Xôi", "Gần Gũi"];
const count = async () =>
  (await db.assessment.count({
    where: { year: YEAR, OR: [{ provinceId }, { province: { name: { in: TYPED } } }] },
  })) +
  (await db.peerScore.count({ where: { year: YEAR, ownerProvinceId: provinceId } })) +
  (await db.province.count({ where: { name: { in: TYPED } } }));

describe("other provinces' published totals", () => {
  it.each(["LEADERSHIP", "AGENCY_HEAD", "AGENCY_STAFF"] as Role[])("%s may not enter them", async (role) => {
    const result = await savePeerScoresMutation(users[role], { year: String(YEAR), lines: "Xa Xôi; 90" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await count()).toBe(0);
  });

  it("one bad line refuses the whole list with a message per line, writing nothing", async () => {
    const result = await savePeerScoresMutation(users.HOME_AFFAIRS, {
      year: String(YEAR),
      lines: "Xa Xôi; 90\nGần Gũi; 9o",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.lines).toEqual(["Dòng 2: «9o» không phải là điểm (ví dụ 91,06)."]);
    expect(await count()).toBe(0);
  });

  it("Sở Nội vụ enters them; entering again updates; the projection's rank reads them", async () => {
    const audits = () => db.auditLog.count({ where: { userId: users.HOME_AFFAIRS.id, action: "assessment.peers" } });
    const auditsBefore = await audits();
    const first = await savePeerScoresMutation(users.HOME_AFFAIRS, {
      year: String(YEAR),
      lines: "Xa Xôi; 90,5; 1\nGần Gũi; 70",
    });
    expect(first).toMatchObject({ ok: true, data: { saved: 2 } });
    await savePeerScoresMutation(users.HOME_AFFAIRS, { year: String(YEAR), lines: "Gần Gũi; 71,25" });
    const list = await loadPeerScoreList(provinceId, YEAR);
    expect(list.map((p) => [p.provinceName, p.totalScore.toString(), p.rank])).toEqual([
      ["Xa Xôi", "90.5", 1],
      ["Gần Gũi", "71.25", null],
    ]);
    expect(await loadPeerScores({ provinceId }, YEAR)).toEqual(["90.5", "71.25"]);
    expect(await audits()).toBe(auditsBefore + 2);
  });

  it("item 8: another province's entry never changes this province's records nor creates provinces", async () => {
    // Province A with its own published result; province B's Sở Nội vụ types "A; 10; 63" for the same year.
    const framework = await db.framework.create({ data: { year: await unusedFrameworkYear(), title: "Thử" } });
    const a = await db.province.create({ data: { code: `own-${YEAR}`, name: `Có Kế Hoạch ${YEAR}` } });
    await db.assessment.create({
      data: { provinceId: a.id, year: YEAR, frameworkId: framework.id, totalScore: "83.93", rank: 32, rankOf: 63 },
    });
    const provincesBefore = await db.province.count();
    const auditsOfA = () => db.auditLog.count({ where: { provinceId: a.id } });
    const auditsBefore = await auditsOfA();
    const result = await savePeerScoresMutation(users.HOME_AFFAIRS, {
      year: String(YEAR),
      lines: `Có Kế Hoạch ${YEAR}; 10; 63\nChưa Có Ai ${YEAR}; 55`,
    });
    expect(result).toMatchObject({ ok: true, data: { saved: 2 } });
    const own = await db.assessment.findUniqueOrThrow({ where: { provinceId_year: { provinceId: a.id, year: YEAR } } });
    expect([own.totalScore.toString(), own.rank]).toEqual(["83.93", 32]);
    expect(await db.province.count()).toBe(provincesBefore);
    expect(await db.province.count({ where: { name: `Chưa Có Ai ${YEAR}` } })).toBe(0);
    expect(await auditsOfA()).toBe(auditsBefore);
    // A's dashboard does not see B's typing; B's projection does.
    expect(await loadPeerScores({ provinceId: a.id }, YEAR)).toEqual([]);
    expect(await loadPeerScores({ provinceId }, YEAR)).toContain("10");
  });
});
