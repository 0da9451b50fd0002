// Audit log browsing: per agency and per task, newest first, keyset pages that neither skip nor repeat rows
// (even when many share a timestamp), readable Vietnamese, province-scoped, and audit.read for every role.
import { beforeAll, describe, expect, it } from "vitest";
import { createAgency, updateAgency } from "@/lib/agency-admin/mutations";
import { loadAuditFor, loadAuditPage } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { type AdminWorld, buildWorld, otherProvinceAdmin } from "./admin-fixtures";

let w: AdminWorld;
let taskId: string;

beforeAll(async () => {
  w = await buildWorld();
  const assessment = await db.assessment.create({ data: { provinceId: w.provinceId, year: 2020, totalScore: 80 } });
  const plan = await db.plan.create({
    data: {
      provinceId: w.provinceId,
      assessmentId: assessment.id,
      number: `5/KH-${w.tag}`,
      issuedOn: new Date("2021-08-23T00:00:00Z"),
      title: "KH",
      sourceFileName: "x",
      sourceText: "",
      sourceSha256: "0",
    },
  });
  const task = await db.task.create({
    data: {
      planId: plan.id,
      source: "MEASURE",
      sourceRef: "M:1.1:1",
      title: "Ban hành kế hoạch CCHC năm 2022",
      agencyId: w.agencies.finance.id,
    },
  });
  taskId = task.id;
  const sameInstant = new Date("2026-11-20T02:00:00Z");
  const base = {
    provinceId: w.provinceId,
    userId: w.users.financeStaff.id,
    entity: "Task",
    entityId: task.id,
    agencyId: w.agencies.finance.id,
  };
  await db.auditLog.createMany({
    data: Array.from({ length: 70 }, (_, i) => ({
      ...base,
      action: "task.status",
      createdAt: i < 40 ? sameInstant : new Date(sameInstant.getTime() + i * 60_000),
      before: { status: "NOT_STARTED", progress: i, version: i, agencyId: w.agencies.finance.id },
      after: { status: "IN_PROGRESS", progress: i + 1, version: i + 1, agencyId: w.agencies.finance.id },
    })),
  });
  await db.auditLog.create({
    data: {
      ...base,
      agencyId: w.agencies.health.id,
      entity: "Agency",
      entityId: w.agencies.health.id,
      action: "agency.update",
    },
  });
});

describe("keyset pagination", () => {
  it("walks an agency's 70 rows newest first in pages of 30, 30, 10 without repeats or gaps", async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await loadAuditPage(
        { provinceId: w.provinceId },
        { kind: "agency", agencyId: w.agencies.finance.id },
        cursor,
      );
      sizes.push(page.entries.length);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([30, 30, 10]);
    expect(new Set(seen).size).toBe(70);
    const rows = await db.auditLog.findMany({ where: { id: { in: seen } }, select: { id: true, createdAt: true } });
    const order = new Map(rows.map((r) => [r.id, r.createdAt.getTime()]));
    const times = seen.map((id) => order.get(id) ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("shows one task's history in readable Vietnamese with who did it", async () => {
    const page = await loadAuditPage(
      { provinceId: w.provinceId },
      { kind: "entity", entity: "Task", entityId: taskId },
    );
    const newest = page.entries[0];
    expect(newest).toMatchObject({
      actor: `${w.users.financeStaff.name} (${w.users.financeStaff.email})`,
      actionLabel: "Cập nhật nhiệm vụ",
      subject: "Ban hành kế hoạch CCHC năm 2022",
    });
    expect(newest?.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      "Trạng thái: Chưa thực hiện → Đang thực hiện",
      "Tiến độ: 69 % → 70 %",
    ]);
  });

  it("reads a tampered cursor as the first page", async () => {
    const page = await loadAuditPage(
      { provinceId: w.provinceId },
      { kind: "agency", agencyId: w.agencies.finance.id },
      "%%%",
    );
    expect(page.entries).toHaveLength(30);
  });

  it("records admin changes in the agency's log with names, not ids", async () => {
    const created = await createAgency(w.users.homeAffairs, {
      name: "Trung tâm Phục vụ hành chính công",
      kind: "OTHER",
      parentId: w.agencies.homeAffairsAgency.id,
      aliases: "Trung tâm PVHCC",
    });
    if (!created.ok) throw new Error(created.message);
    await updateAgency(w.users.homeAffairs, {
      agencyId: created.data.agencyId,
      name: "Trung tâm Phục vụ hành chính công tỉnh",
      kind: "OTHER",
      parentId: w.agencies.homeAffairsAgency.id,
      aliases: "Trung tâm PVHCC",
    });
    const page = await loadAuditPage({ provinceId: w.provinceId }, { kind: "agency", agencyId: created.data.agencyId });
    expect(page.entries.map((e) => e.actionLabel)).toEqual(["Sửa thông tin cơ quan", "Thêm cơ quan"]);
    expect(page.entries[0]?.changes).toEqual([
      {
        field: "name",
        label: "Tên",
        before: "Trung tâm Phục vụ hành chính công",
        after: "Trung tâm Phục vụ hành chính công tỉnh",
      },
    ]);
    expect(page.entries[1]?.changes.find((c) => c.field === "parent")?.after).toBe("Sở Nội vụ");
  });
});

describe("audit.read: role × action", () => {
  for (const role of ["homeAffairs", "leader", "financeHead", "financeStaff", "healthHead"] as const) {
    const allowed = role === "homeAffairs" || role === "leader";
    it(`${role} ${allowed ? "may" : "may not"} read the audit log`, async () => {
      const result = await loadAuditFor(w.users[role], { kind: "agency", agencyId: w.agencies.finance.id });
      if (!allowed) return void expect(result).toEqual({ status: "forbidden" });
      expect(result).toMatchObject({ status: "ok", data: { subject: "Sở Tài chính" } });
      expect(result.status === "ok" && result.data.page.entries.length).toBe(30);
    });
  }

  it("shows nothing of another province's agencies or tasks", async () => {
    const outsider = await otherProvinceAdmin();
    expect(await loadAuditFor(outsider, { kind: "agency", agencyId: w.agencies.finance.id })).toEqual({
      status: "not_found",
    });
    expect(await loadAuditFor(outsider, { kind: "entity", entity: "Task", entityId: taskId })).toEqual({
      status: "not_found",
    });
    const own = await loadAuditFor(outsider, { kind: "province" });
    expect(own.status === "ok" && own.data.page.entries).toEqual([]);
  });
});
