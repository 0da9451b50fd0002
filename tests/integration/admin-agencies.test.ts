// agency.manage: every role × every agency/group write, allowed and refused (nothing changed on refusal), and
// the field messages for input only the database can judge (alias collisions, a commune's district).
import { beforeAll, describe, expect, it } from "vitest";
import { createGroup, setAgencyGroups, setGroupMembers, updateGroup } from "@/lib/agency-admin/group-mutations";
import { createAgency, setAgencyActive, updateAgency } from "@/lib/agency-admin/mutations";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resultFieldErrors } from "@/lib/server/form-result";
import type { MutationResult } from "@/lib/server/mutation";
import { type AdminWorld, buildWorld, otherProvinceAdmin, provinceState, tag } from "./admin-fixtures";

let w: AdminWorld;
let outsider: SessionUser;
beforeAll(async () => {
  w = await buildWorld();
  outsider = await otherProvinceAdmin();
});

type Case = { name: string; action: string; call: (u: SessionUser) => Promise<MutationResult<unknown>> };
const cases = (): Case[] => [
  {
    name: "add an agency",
    action: "agency.create",
    call: (u) => createAgency(u, { name: `Ban Quản lý ${tag()}`, kind: "OTHER", aliases: "" }),
  },
  {
    name: "edit an agency",
    action: "agency.update",
    call: (u) =>
      updateAgency(u, {
        agencyId: w.agencies.health.id,
        name: "Sở Y tế",
        kind: "DEPARTMENT",
        aliases: [`SYT ${tag()}`],
      }),
  },
  {
    name: "deactivate an agency",
    action: "agency.deactivate",
    call: (u) => setAgencyActive(u, { agencyId: w.agencies.district.id, active: "false" }),
  },
  { name: "add a group", action: "group.create", call: (u) => createGroup(u, { name: `Nhóm ${tag()}`, aliases: [] }) },
  {
    name: "edit a group",
    action: "group.update",
    call: (u) =>
      updateGroup(u, {
        groupId: w.group.id,
        name: "Các Sở, ban, ngành",
        aliases: ["Sở, ban, ngành", `Nhóm sở ${tag()}`],
      }),
  },
  {
    name: "change a group's members",
    action: "group.member_add",
    call: async (u) => {
      const current = await db.agencyGroupMember.findMany({ where: { groupId: w.group.id } });
      const ids = current.map((m) => m.agencyId);
      const toggled = ids.includes(w.agencies.health.id)
        ? ids.filter((id) => id !== w.agencies.health.id)
        : [...ids, w.agencies.health.id];
      return setGroupMembers(u, { groupId: w.group.id, agencyIds: toggled });
    },
  },
  {
    name: "change an agency's groups",
    action: "group.member_",
    call: async (u) => {
      const inGroup = await db.agencyGroupMember.count({
        where: { groupId: w.group.id, agencyId: w.agencies.district.id },
      });
      return setAgencyGroups(u, { agencyId: w.agencies.district.id, groupIds: inGroup ? [] : [w.group.id] });
    },
  },
];

const ROLES = ["homeAffairs", "leader", "financeHead", "financeStaff"] as const;

describe("agency.manage: role × action", () => {
  for (const c of cases()) {
    for (const role of ROLES) {
      const allowed = role === "homeAffairs";
      it(`${role} ${allowed ? "may" : "may not"} ${c.name}`, async () => {
        const before = await provinceState(w.provinceId);
        const result = await c.call(w.users[role]);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          const audit = await db.auditLog.findFirst({
            where: { provinceId: w.provinceId, userId: w.users.homeAffairs.id },
            orderBy: { createdAt: "desc" },
          });
          expect(audit?.action.startsWith(c.action)).toBe(true);
          return;
        }
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await provinceState(w.provinceId)).toEqual(before);
      });
    }
  }

  it("refuses Sở Nội vụ of another province on this province's agencies and groups", async () => {
    const before = await provinceState(w.provinceId);
    for (const c of cases().filter((x) => !x.action.endsWith(".create")))
      expect(await c.call(outsider)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await provinceState(w.provinceId)).toEqual(before);
  });

  it("refuses a signed-out caller", async () => {
    expect(await createAgency(null, { name: "Sở mới", kind: "DEPARTMENT" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});

describe("agency input the database must judge", () => {
  const expectRefused = async (call: () => Promise<MutationResult<unknown>>, field: string, text: string) => {
    const before = await provinceState(w.provinceId);
    const result = await call();
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(resultFieldErrors(result)[field]?.join(" ")).toContain(text);
    expect(await provinceState(w.provinceId)).toEqual(before);
  };
  const ha = () => w.users.homeAffairs;

  it("refuses an alias that is another agency's name, ignoring case and diacritics", async () => {
    await expectRefused(
      () =>
        updateAgency(ha(), {
          agencyId: w.agencies.health.id,
          name: "Sở Y tế",
          kind: "DEPARTMENT",
          aliases: "Y tế tỉnh\nso tai CHINH",
        }),
      "aliases",
      "«so tai CHINH» trùng với tên của cơ quan «Sở Tài chính»",
    );
  });

  it("refuses an alias that is another agency's alias or a group's alias", async () => {
    await expectRefused(
      () => createAgency(ha(), { name: "Sở Tư pháp", kind: "DEPARTMENT", aliases: ["SỞ TC"] }),
      "aliases",
      "tên gọi khác «Sở TC» của cơ quan «Sở Tài chính»",
    );
    await expectRefused(
      () => createAgency(ha(), { name: "Sở Tư pháp", kind: "DEPARTMENT", aliases: ["so, ban, nganh"] }),
      "aliases",
      "của nhóm «Các Sở, ban, ngành»",
    );
  });

  it("refuses a name already used, and a group named like an agency", async () => {
    await expectRefused(
      () => createAgency(ha(), { name: "SỞ Y TẾ", kind: "DEPARTMENT" }),
      "name",
      "trùng với tên của cơ quan «Sở Y tế»",
    );
    await expectRefused(() => createGroup(ha(), { name: "Sở Y Tế", aliases: [] }), "name", "cơ quan «Sở Y tế»");
  });

  it("needs a district as a commune's parent", async () => {
    const missing = await createAgency(ha(), { name: "UBND xã Hiệp An", kind: "COMMUNE" });
    expect(missing).toMatchObject({ ok: false, code: "INVALID" });
    expect(resultFieldErrors(missing).parentId).toEqual(["UBND cấp xã phải thuộc một UBND cấp huyện: hãy chọn huyện."]);
    await expectRefused(
      () => createAgency(ha(), { name: "UBND xã Hiệp An", kind: "COMMUNE", parentId: w.agencies.finance.id }),
      "parentId",
      "phải là một UBND cấp huyện",
    );
    const ok = await createAgency(ha(), {
      name: `UBND xã Hiệp An ${tag()}`,
      kind: "COMMUNE",
      parentId: w.agencies.district.id,
    });
    expect(ok).toMatchObject({ ok: true });
  });

  it("refuses a parent below the agency itself", async () => {
    const child = await createAgency(ha(), {
      name: `Trung tâm ${tag()}`,
      kind: "OTHER",
      parentId: w.agencies.finance.id,
    });
    if (!child.ok) throw new Error(child.message);
    await expectRefused(
      () =>
        updateAgency(ha(), {
          agencyId: w.agencies.finance.id,
          name: "Sở Tài chính",
          kind: "DEPARTMENT",
          aliases: ["Sở TC"],
          parentId: child.data.agencyId,
        }),
      "parentId",
      "cơ quan cấp dưới",
    );
  });

  it("keeps an agency's own spellings, drops repeated aliases and audits only what changed", async () => {
    const result = await updateAgency(ha(), {
      agencyId: w.agencies.finance.id,
      name: "Sở Tài chính",
      kind: "DEPARTMENT",
      aliases: ["Sở TC", "SỞ TC", "so tai chinh", "STC"],
    });
    expect(result).toMatchObject({ ok: true });
    const agency = await db.agency.findUniqueOrThrow({ where: { id: w.agencies.finance.id } });
    expect(agency.aliases).toEqual(["Sở TC", "STC"]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entity: "Agency", entityId: agency.id, action: "agency.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toEqual({ aliases: ["Sở TC"] });
    expect(audit.after).toEqual({ aliases: ["Sở TC", "STC"] });
    expect(audit.agencyId).toBe(agency.id);
  });
});
