import { describe, expect, it } from "vitest";
import { formatSize } from "@/lib/format";
import { decodeCursor, encodeCursor } from "./cursor";
import { describeAudit } from "./describe";

const names = new Map([["ag1", "Sở Tài chính"]]);

describe("describeAudit", () => {
  it("names an account's state as the user pages do, and an agency's as the agency pages do", () => {
    const user = describeAudit(
      { action: "user.deactivate", before: { active: true }, after: { active: false } },
      names,
    );
    expect(user.changes[0]).toMatchObject({ before: "Đang hoạt động", after: "Đã vô hiệu hoá" });
    const agency = describeAudit(
      { action: "agency.deactivate", before: { active: true }, after: { active: false } },
      names,
    );
    expect(agency.changes[0]).toMatchObject({ before: "Đang hoạt động", after: "Ngừng hoạt động" });
  });

  it("shows only what a task update changed, in Vietnamese, hiding the version counter", () => {
    const out = describeAudit(
      {
        action: "task.status",
        before: { status: "IN_PROGRESS", progress: 40, version: 3, agencyId: "ag1" },
        after: {
          status: "SUBMITTED",
          progress: 100,
          version: 4,
          agencyId: "ag1",
          note: "Đã ban hành",
          evidence: [{ kind: "file", fileName: "qd.pdf", sizeBytes: 1258291, sha256: "x" }],
        },
      },
      names,
    );
    expect(out.actionLabel).toBe("Cập nhật nhiệm vụ");
    expect(out.changes).toEqual([
      { field: "status", label: "Trạng thái", before: "Đang thực hiện", after: "Hoàn thành (chờ xác nhận)" },
      { field: "progress", label: "Tiến độ", before: "40 %", after: "100 %" },
      { field: "note", label: "Ghi chú", before: null, after: "Đã ban hành" },
      { field: "evidence", label: "Tài liệu kiểm chứng", before: null, after: "tệp «qd.pdf» (1,2 MB)" },
    ]);
  });

  it("names the review outcome and resolves agency ids to names", () => {
    const returned = describeAudit(
      {
        action: "task.review",
        before: { status: "SUBMITTED" },
        after: { status: "RETURNED", reason: "Thiếu quyết định" },
      },
      names,
    );
    expect(returned.actionLabel).toBe("Trả lại nhiệm vụ");
    const assigned = describeAudit(
      { action: "task.assign", before: { agencyId: null }, after: { agencyId: "ag1" } },
      names,
    );
    expect(assigned.changes[0]).toMatchObject({ label: "Cơ quan chủ trì", before: "(trống)", after: "Sở Tài chính" });
  });

  it("reads agency and user changes, kinds, roles, lists and activity", () => {
    const out = describeAudit(
      {
        action: "agency.update",
        before: { kind: "OTHER", aliases: [], active: true },
        after: { kind: "DEPARTMENT", aliases: ["Sở TC", "STC"], active: false },
      },
      names,
    );
    expect(out.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      "Loại cơ quan: Đơn vị khác → Sở, ban, ngành",
      "Tên gọi khác: (trống) → Sở TC; STC",
      "Tình trạng: Đang hoạt động → Ngừng hoạt động",
    ]);
    const created = describeAudit(
      { action: "user.create", before: null, after: { role: "AGENCY_STAFF", email: "a@b.vn" } },
      names,
    );
    expect(created.changes[0]).toMatchObject({ label: "Vai trò", before: null, after: "Cán bộ cơ quan" });
    expect(describeAudit({ action: "user.password_reset", before: null, after: null }, names).note).toContain(
      "không được ghi",
    );
  });

  it("falls back to the raw action for unknown ones", () => {
    expect(describeAudit({ action: "report.export", before: null, after: null }, names).actionLabel).toBe(
      "report.export",
    );
    expect(formatSize(2048)).toBe("2 KB");
  });
});

describe("audit cursor", () => {
  it("round-trips and rejects tampering", () => {
    const cursor = { createdAt: new Date("2026-11-27T08:05:00.123Z"), id: "c1" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from('["x","y"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});

describe("plan import rows", () => {
  it("reads the generator's task counts and any other nested object without raw JSON", () => {
    const out = describeAudit(
      {
        action: "plan.import",
        before: null,
        after: { tasks: { created: 505, deleted: 0, updated: 0, unassigned: 73 }, extra: { measures: 21 } },
      },
      names,
    );
    expect(out.changes.map((c) => `${c.label}: ${c.after}`)).toEqual([
      "Nhiệm vụ: 505 tạo mới, 0 cập nhật, 0 xoá; 73 chưa giao cơ quan",
      "extra: Số giải pháp: 21",
    ]);
  });
});

describe("describeAudit for a reassignment", () => {
  it("names the lead and supporting agencies and shows the deadline as a calendar date", () => {
    const out = describeAudit(
      {
        action: "task.reassign",
        before: { agencyId: "ag1", dueOn: "2021-12-31", supportAgencyIds: ["ag2"], version: 1 },
        after: { agencyId: "ag2", dueOn: "2027-01-15", supportAgencyIds: ["ag1"], version: 2 },
      },
      new Map([
        ["ag1", "Sở Tài chính"],
        ["ag2", "Sở Y tế"],
      ]),
    );
    expect(out.actionLabel).toBe("Giao lại nhiệm vụ (đổi cơ quan, hạn)");
    expect(out.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      "Cơ quan chủ trì: Sở Tài chính → Sở Y tế",
      "Hạn hoàn thành: 31/12/2021 → 15/01/2027",
      "Cơ quan phối hợp: Sở Y tế → Sở Tài chính",
    ]);
  });
});
