// user.manage (Sở Nội vụ: any user of the province) and staff.manage (an agency head: AGENCY_STAFF of their own
// agency only): every role × action, allowed and refused with nothing changed, and the field messages.
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resultFieldErrors } from "@/lib/server/form-result";
import type { MutationResult } from "@/lib/server/mutation";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { createStaff, resetStaffPassword, setStaffActive } from "@/lib/users/staff-mutations";
import { type AdminWorld, buildWorld, otherProvinceAdmin, provinceState, tag } from "./admin-fixtures";

let w: AdminWorld;
let outsider: SessionUser;
beforeAll(async () => {
  w = await buildWorld();
  outsider = await otherProvinceAdmin();
});

const ROLES = ["homeAffairs", "leader", "financeHead", "financeStaff", "healthHead"] as const;
type Case = { name: string; call: (u: SessionUser) => Promise<MutationResult<unknown>> };
const email = () => `moi.${tag()}@test.par.vn`;

async function expectRefused(call: () => Promise<MutationResult<unknown>>, code = "FORBIDDEN") {
  const before = await provinceState(w.provinceId);
  const result = await call();
  expect(result).toMatchObject({ ok: false, code });
  expect(await provinceState(w.provinceId)).toEqual(before);
  return result;
}

describe("user.manage: role × action", () => {
  const cases: Case[] = [
    {
      name: "create a user",
      call: (u) =>
        createUser(u, { email: email(), name: "Nguyễn Văn An", role: "AGENCY_STAFF", agencyId: w.agencies.health.id }),
    },
    {
      name: "edit a user",
      call: (u) =>
        updateUser(u, {
          userId: w.users.healthStaff.id,
          name: `Trần Thị Bình ${tag()}`,
          role: "AGENCY_STAFF",
          agencyId: w.agencies.health.id,
        }),
    },
    { name: "reset a password", call: (u) => resetUserPassword(u, { userId: w.users.healthStaff.id }) },
    { name: "deactivate a user", call: (u) => setUserActive(u, { userId: w.users.healthStaff.id, active: false }) },
  ];
  for (const c of cases) {
    for (const role of ROLES) {
      const allowed = role === "homeAffairs";
      it(`${role} ${allowed ? "may" : "may not"} ${c.name}`, async () => {
        if (allowed) return void expect(await c.call(w.users[role])).toMatchObject({ ok: true });
        await expectRefused(() => c.call(w.users[role]));
      });
    }
    it(`Sở Nội vụ of another province may not ${c.name} here`, async () => {
      await expectRefused(() => c.call(outsider));
    });
  }
});

describe("staff.manage: role × action", () => {
  const cases: Case[] = [
    {
      name: "create staff of the finance department",
      call: (u) => createStaff(u, { email: email(), name: "Lê Văn Cường", agencyId: w.agencies.finance.id }),
    },
    { name: "reset a finance staff password", call: (u) => resetStaffPassword(u, { userId: w.users.financeStaff.id }) },
    {
      name: "deactivate finance staff",
      call: (u) => setStaffActive(u, { userId: w.users.financeStaff.id, active: "false" }),
    },
  ];
  for (const c of cases) {
    for (const role of ROLES) {
      const allowed = role === "financeHead";
      it(`${role} ${allowed ? "may" : "may not"} ${c.name}`, async () => {
        if (allowed) return void expect(await c.call(w.users[role])).toMatchObject({ ok: true });
        await expectRefused(() => c.call(w.users[role]));
      });
    }
  }

  const head = () => w.users.financeHead;
  it("refuses a head creating a user of ANOTHER agency", async () => {
    await expectRefused(() =>
      createStaff(head(), { email: email(), name: "Người ngoài", agencyId: w.agencies.health.id }),
    );
  });
  it("refuses a head creating a HOME_AFFAIRS, LEADERSHIP or AGENCY_HEAD user, even in their own agency", async () => {
    for (const role of ["HOME_AFFAIRS", "LEADERSHIP", "AGENCY_HEAD"] as const) {
      await expectRefused(() =>
        createStaff(head(), { email: email(), name: "Quản trị giả", agencyId: w.agencies.finance.id, role }),
      );
    }
  });
  it("refuses a head resetting or deactivating another agency's staff, a fellow head or Sở Nội vụ", async () => {
    for (const target of [w.users.healthStaff, w.users.healthHead, w.users.homeAffairs, w.users.financeHead]) {
      await expectRefused(() => resetStaffPassword(head(), { userId: target.id }));
      await expectRefused(() => setStaffActive(head(), { userId: target.id, active: false }));
    }
  });
  it("refuses a head using the Sở Nội vụ user management", async () => {
    await expectRefused(() =>
      createUser(head(), { email: email(), name: "Nhân viên", role: "AGENCY_STAFF", agencyId: w.agencies.finance.id }),
    );
    await expectRefused(() => resetUserPassword(head(), { userId: w.users.financeStaff.id }));
  });
});

describe("bad input gives a Vietnamese field message and writes nothing", () => {
  const ha = () => w.users.homeAffairs;
  const fieldMessage = async (call: () => Promise<MutationResult<unknown>>, field: string) =>
    resultFieldErrors(await expectRefused(call, "INVALID"))[field]?.join(" ");

  it("duplicate email, whatever its case or spaces", async () => {
    const taken = ` ${w.users.financeStaff.email.toUpperCase()} `;
    expect(
      await fieldMessage(() => createUser(ha(), { email: taken, name: "Trùng Email", role: "LEADERSHIP" }), "email"),
    ).toBe("Email này đã được dùng cho một tài khoản khác. Mỗi người dùng một email riêng.");
    expect(
      await fieldMessage(
        () => createStaff(w.users.financeHead, { email: taken, name: "Trùng Email", agencyId: w.agencies.finance.id }),
        "email",
      ),
    ).toContain("đã được dùng");
  });
  it("an agency role without an agency", async () => {
    for (const role of ["AGENCY_HEAD", "AGENCY_STAFF"] as const) {
      expect(
        await fieldMessage(
          () => createUser(ha(), { email: email(), name: "Thiếu Cơ Quan", role, agencyId: "" }),
          "agencyId",
        ),
      ).toBe("Vai trò cơ quan phải gắn với một cơ quan: hãy chọn cơ quan.");
    }
  });
  it("a malformed email and a missing name", async () => {
    expect(
      await fieldMessage(() => createUser(ha(), { email: "nguyenvana@", name: "A", role: "LEADERSHIP" }), "email"),
    ).toContain("Email chưa đúng định dạng");
    expect(await fieldMessage(() => createUser(ha(), { email: email(), name: " ", role: "LEADERSHIP" }), "name")).toBe(
      "Nhập họ và tên (ít nhất 2 ký tự).",
    );
  });
  it("a deactivated agency", async () => {
    const closed = await db.agency.create({
      data: { provinceId: w.provinceId, name: `Ban đã giải thể ${tag()}`, kind: "OTHER", active: false },
    });
    expect(
      await fieldMessage(
        () => createUser(ha(), { email: email(), name: "Cán bộ", role: "AGENCY_STAFF", agencyId: closed.id }),
        "agencyId",
      ),
    ).toContain("ngừng hoạt động");
  });
});

describe("passwords and self-protection", () => {
  it("shows the temporary password once, stores only its bcrypt hash, and it signs in", async () => {
    const result = await createUser(w.users.homeAffairs, { email: email(), name: "Phạm Minh Đức", role: "LEADERSHIP" });
    if (!result.ok) throw new Error(result.message);
    const stored = await db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
    expect(stored.passwordHash).not.toContain(result.data.temporaryPassword);
    expect(await bcrypt.compare(result.data.temporaryPassword, stored.passwordHash)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: stored.id } });
    expect(JSON.stringify(audit)).not.toContain(result.data.temporaryPassword);
    expect((await verifyCredentials(stored.email, result.data.temporaryPassword, `test-${tag()}`)).id).toBe(stored.id);
  });

  it("a reset replaces the hash, lifts the sign-in delays, ends the sessions and is audited without the password", async () => {
    const target = w.users.financeStaff;
    await db.user.update({ where: { id: target.id }, data: { active: true } }); // earlier tests deactivate this user
    for (let i = 0; i < 6; i++) await verifyCredentials(target.email, `sai-${i}`, "10.0.0.1").catch(() => undefined);
    await expect(verifyCredentials(target.email, "sai", "10.0.0.1")).rejects.toMatchObject({ reason: "pair" });
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const result = await resetStaffPassword(w.users.financeHead, { userId: target.id });
    if (!result.ok) throw new Error(result.message);
    const stored = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await bcrypt.compare(result.data.temporaryPassword, stored.passwordHash)).toBe(true);
    expect(stored.sessionVersion).toBe(before.sessionVersion + 1);
    // The delay is lifted: the new password works at once from the same address.
    await expect(verifyCredentials(target.email, result.data.temporaryPassword, "10.0.0.1")).resolves.toMatchObject({
      id: target.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: target.id, action: "user.password_reset" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      userId: w.users.financeHead.id,
      agencyId: w.agencies.finance.id,
      before: null,
      after: null,
    });
  });

  it("refuses deactivating oneself or changing one's own role", async () => {
    await expectRefused(
      () => setUserActive(w.users.homeAffairs, { userId: w.users.homeAffairs.id, active: false }),
      "CONFLICT",
    );
    await expectRefused(
      () => updateUser(w.users.homeAffairs, { userId: w.users.homeAffairs.id, name: "Tôi", role: "LEADERSHIP" }),
      "CONFLICT",
    );
  });
});
