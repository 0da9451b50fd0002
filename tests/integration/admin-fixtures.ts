// A fresh province per test file for the admin, audit and overview tests: agencies, a group and one user per
// role, plus the SessionUser objects the mutations take. Data is committed (the mutations open their own
// transactions), so every name carries a random tag and nothing collides between files or runs.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type AdminWorld = Awaited<ReturnType<typeof buildWorld>>;

export function tag(): string {
  return randomUUID().slice(0, 8);
}

export async function buildWorld() {
  const t = tag();
  const province = await db.province.create({ data: { code: `adm-${t}`, name: `Tỉnh quản trị ${t}` } });
  const provinceId = province.id;
  const agency = (name: string, kind: "DEPARTMENT" | "DISTRICT" | "COMMUNE" = "DEPARTMENT", aliases: string[] = []) =>
    db.agency.create({ data: { provinceId, name, kind, aliases } });
  const homeAffairsAgency = await agency("Sở Nội vụ");
  const finance = await agency("Sở Tài chính", "DEPARTMENT", ["Sở TC"]);
  const health = await agency("Sở Y tế");
  const district = await agency("UBND huyện Đức Trọng", "DISTRICT");
  const group = await db.agencyGroup.create({
    data: {
      provinceId,
      name: "Các Sở, ban, ngành",
      aliases: ["Sở, ban, ngành"],
      members: { create: [{ agencyId: finance.id }] },
    },
  });
  const user = async (role: Role, agencyId: string | null, key: string): Promise<SessionUser> => {
    const row = await db.user.create({
      data: {
        provinceId,
        email: `${key}.${t}@test.par.vn`,
        name: `Người dùng ${key}`,
        role,
        agencyId,
        passwordHash: "x",
      },
      include: { agency: true },
    });
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      provinceId,
      provinceName: province.name,
      agencyId: row.agencyId,
      agencyName: row.agency?.name ?? null,
    };
  };
  const users = {
    homeAffairs: await user("HOME_AFFAIRS", homeAffairsAgency.id, "snv"),
    leader: await user("LEADERSHIP", null, "lanhdao"),
    financeHead: await user("AGENCY_HEAD", finance.id, "tc-truong"),
    financeStaff: await user("AGENCY_STAFF", finance.id, "tc-canbo"),
    healthHead: await user("AGENCY_HEAD", health.id, "yt-truong"),
    healthStaff: await user("AGENCY_STAFF", health.id, "yt-canbo"),
  };
  return { tag: t, province, provinceId, agencies: { homeAffairsAgency, finance, health, district }, group, users };
}

/** A Sở Nội vụ user of another province: province scope must stop at the border. */
export async function otherProvinceAdmin(): Promise<SessionUser & { agencyIdOther: string }> {
  const t = tag();
  const province = await db.province.create({ data: { code: `adm-x-${t}`, name: `Tỉnh khác ${t}` } });
  const agency = await db.agency.create({ data: { provinceId: province.id, name: "Sở Nội vụ", kind: "DEPARTMENT" } });
  const row = await db.user.create({
    data: {
      provinceId: province.id,
      email: `snv.x.${t}@test.par.vn`,
      name: "Sở Nội vụ tỉnh khác",
      role: "HOME_AFFAIRS",
      agencyId: agency.id,
      passwordHash: "x",
    },
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: "HOME_AFFAIRS",
    provinceId: province.id,
    provinceName: province.name,
    agencyId: agency.id,
    agencyName: agency.name,
    agencyIdOther: agency.id,
  };
}

/** Everything a refused mutation must leave untouched, as one comparable snapshot of the province. */
export async function provinceState(provinceId: string) {
  const [agencies, groups, members, users, audits] = await Promise.all([
    db.agency.findMany({ where: { provinceId }, orderBy: { id: "asc" } }),
    db.agencyGroup.findMany({ where: { provinceId }, orderBy: { id: "asc" } }),
    db.agencyGroupMember.findMany({
      where: { group: { provinceId } },
      orderBy: [{ groupId: "asc" }, { agencyId: "asc" }],
    }),
    db.user.findMany({ where: { provinceId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { provinceId } }),
  ]);
  return { agencies, groups, members, users, audits };
}
