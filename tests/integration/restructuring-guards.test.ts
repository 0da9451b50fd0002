// Bad restructuring input changes nothing and says why in Vietnamese (dated before the agency existed, a
// cycle, an agency already ended, another province's agencies); only Sở Nội vụ of the province may preview,
// apply or undo, and another province sees none of it. The CLI: dry run, JSON, a bad file.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { db } = await import("@/lib/db");
const { applyRestructuring, undoRestructuringEvent } = await import("@/lib/restructuring/mutations");
const { loadRestructurings, loadRestructuringPreview, loadRestructuringOptions } = await import(
  "@/lib/restructuring/data"
);
const { loadTaskDetail } = await import("@/lib/tasks/data");
const { buildSeedCopy, dumpProvince } = await import("./restructuring-fixtures");

let a: Awaited<ReturnType<typeof buildSeedCopy>>;
let b: Awaited<ReturnType<typeof buildSeedCopy>>;

beforeAll(async () => {
  a = await buildSeedCopy("kiem-tra-a");
  b = await buildSeedCopy("kiem-tra-b");
}, 400_000);

afterAll(async () => {
  await a?.remove();
  await b?.remove();
});

const merge = (from: string, to: string, effectiveOn = "2025-03-01") => ({
  kind: "MERGE" as const,
  effectiveOn,
  fromAgencyIds: [from],
  to: [{ agencyId: to }],
});

async function refusedWithout(change: () => Promise<unknown>) {
  const before = await dumpProvince(a.provinceId);
  const result = await change();
  expect(await dumpProvince(a.provinceId)).toEqual(before);
  return result as { ok: boolean; code?: string; message?: string };
}

describe("bad input changes nothing and says why", () => {
  it("refuses an event dated before the agency existed", async () => {
    const health = a.agencyId("Sở Y tế");
    await db.agency.update({ where: { id: health }, data: { validFrom: new Date("2025-06-01T00:00:00Z") } });
    const r = await refusedWithout(() =>
      applyRestructuring(a.users.homeAffairs, merge(health, a.agencyId("Sở Tư pháp"))),
    );
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    expect(r.message).toBe("Ngày hiệu lực 01/03/2025 trước ngày «Sở Y tế» được thành lập (01/06/2025).");
  });

  it("refuses a cycle and an agency already ended", async () => {
    const foreignAffairs = a.agencyId("Sở Ngoại vụ");
    const justice = a.agencyId("Sở Tư pháp");
    const first = await applyRestructuring(a.users.homeAffairs, merge(foreignAffairs, justice));
    expect(first.ok).toBe(true);
    const back = await refusedWithout(() => applyRestructuring(a.users.homeAffairs, merge(justice, foreignAffairs)));
    expect(back.message).toContain("Vòng lặp: Sở Tư pháp → Sở Ngoại vụ → Sở Tư pháp.");
    const again = await refusedWithout(() => applyRestructuring(a.users.homeAffairs, merge(foreignAffairs, justice)));
    expect(again.message).toContain("«Sở Ngoại vụ» đã kết thúc hoạt động từ ngày 01/03/2025");
    const self = await refusedWithout(() => applyRestructuring(a.users.homeAffairs, merge(justice, justice)));
    expect(self.message).toContain("Vòng lặp: Sở Tư pháp → Sở Tư pháp.");
  });

  it("refuses a date that has not come yet and a malformed one", async () => {
    const r = await refusedWithout(() =>
      applyRestructuring(
        a.users.homeAffairs,
        merge(a.agencyId("Sở Công Thương"), a.agencyId("Sở Tài chính"), "2999-01-01"),
      ),
    );
    expect(r.message).toContain("Ngày hiệu lực 01/01/2999 chưa đến");
    const bad = await refusedWithout(() =>
      applyRestructuring(
        a.users.homeAffairs,
        merge(a.agencyId("Sở Công Thương"), a.agencyId("Sở Tài chính"), "2025-02-30"),
      ),
    );
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
  });
});

describe("renaming", () => {
  it("renames in place, keeps the old name as an alias and every task, and refuses a name already taken", async () => {
    const ethnic = a.agencyId("Ban Dân tộc tỉnh");
    const tasksBefore = await db.task.count({ where: { agencyId: ethnic } });
    const taken = await refusedWithout(() =>
      applyRestructuring(a.users.homeAffairs, {
        kind: "RENAME",
        effectiveOn: "2025-03-01",
        fromAgencyIds: [ethnic],
        to: [{ name: "Sở Y tế" }],
      }),
    );
    expect(taken.message).toContain("Đã có cơ quan tên «Sở Y tế» trong tỉnh.");
    const before = await dumpProvince(a.provinceId);
    const renamed = await applyRestructuring(a.users.homeAffairs, {
      kind: "RENAME",
      effectiveOn: "2025-03-01",
      fromAgencyIds: [ethnic],
      to: [{ name: "Ban Dân tộc (tên mới)" }],
    });
    if (!renamed.ok) throw new Error(renamed.message);
    const row = await db.agency.findUniqueOrThrow({ where: { id: ethnic } });
    expect(row).toMatchObject({ name: "Ban Dân tộc (tên mới)", active: true, endedOn: null });
    expect(row.aliases).toContain("Ban Dân tộc tỉnh");
    expect(await db.task.count({ where: { agencyId: ethnic } })).toBe(tasksBefore);
    const undo = await undoRestructuringEvent(a.users.homeAffairs, { eventId: renamed.data.eventId });
    expect(undo.ok).toBe(true);
    expect(await dumpProvince(a.provinceId)).toEqual(before);
  });
});

describe("only Sở Nội vụ of the province", () => {
  it("refuses other roles and another province's Sở Nội vụ, and shows another province nothing", async () => {
    const input = merge(a.agencyId("Sở Công Thương"), a.agencyId("Sở Tài chính"));
    for (const user of [a.users.leader, a.users.financeHead, a.users.planningStaff]) {
      const r = await refusedWithout(() => applyRestructuring(user, input));
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await loadRestructurings(user)).status).toBe("forbidden");
      expect((await loadRestructuringOptions(user)).status).toBe("forbidden");
    }
    // B's Sở Nội vụ naming A's agencies: refused before anything is read or written
    const cross = await refusedWithout(() => applyRestructuring(b.users.homeAffairs, input));
    expect(cross).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // a merge across provinces (A's agency into B's)
    const across = await refusedWithout(() =>
      applyRestructuring(b.users.homeAffairs, merge(b.agencyId("Sở Công Thương"), a.agencyId("Sở Tài chính"))),
    );
    expect(across).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const event = await db.restructuringEvent.findFirstOrThrow({
      where: { provinceId: a.provinceId, status: "APPLIED" },
    });
    const undo = await refusedWithout(() => undoRestructuringEvent(b.users.homeAffairs, { eventId: event.id }));
    expect(undo).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const listB = await loadRestructurings(b.users.homeAffairs);
    expect(listB.status === "ok" && listB.data).toEqual([]);
    const listA = await loadRestructurings(a.users.homeAffairs);
    expect(listA.status === "ok" && listA.data.length).toBeGreaterThan(0);
    const preview = await loadRestructuringPreview(b.users.homeAffairs, {
      ...input,
      fromGroupIds: [],
      usersTo: 0,
      choices: {},
    });
    expect(preview.status === "ok" && preview.data.errors).toContain(
      "Có cơ quan hoặc nhóm được chọn không thuộc tỉnh; hãy tải lại trang và chọn lại.",
    );
    expect(preview.status === "ok" && preview.data.tasks).toEqual([]);
  });
});

const run = promisify(execFile);
async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/agencies-restructure.ts", ...args], {
      env: process.env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run agencies:restructure", () => {
  it("dry run prints what would move as JSON and changes nothing; a bad file applies nothing; then applies", async () => {
    const province = await db.province.findUniqueOrThrow({ where: { id: b.provinceId } });
    const before = await dumpProvince(b.provinceId);
    const sample = "public/mau/sap-xep-co-quan-lam-dong-2025-03.csv";
    const dry = await cli([sample, "--province", province.name, "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    const body = JSON.parse(dry.stdout) as {
      events: { line: number }[];
      counts: Record<string, number>;
      errors: string[];
    };
    expect(body.errors).toEqual([]);
    expect(body.events.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    const planning = b.agencyId("Sở Kế hoạch và Đầu tư");
    const open = await db.task.count({ where: { agencyId: planning, status: { not: "ACCEPTED" } } });
    expect(body.counts.tasksMoved).toBeGreaterThan(open);
    expect(Object.keys(body.counts).sort()).toEqual(["reportsMoved", "tasksMoved", "usersMoved"]);
    expect(await dumpProvince(b.provinceId)).toEqual(before);

    const dir = mkdtempSync(join(tmpdir(), "cocau-"));
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      [
        "Ngày hiệu lực,Loại,Từ,Đến,Quyết định",
        "01/03/2025,sáp nhập,Sở Kế hoạch và Đầu tư,Sở Tài chính,",
        "31/02/2025,sáp nhập,Sở Y tế,Sở Tài chính,",
        "01/03/2025,gộp,Sở Y tế,Sở Tài chính,",
        "01/03/2025,sáp nhập,Sở Không Tồn Tại,Sở Tài chính,",
        "01/03/2025,sáp nhập,Sở Tài chính,Sở Kế hoạch và Đầu tư,",
      ].join("\n"),
    );
    const refused = await cli([bad, "--province", province.name, "--json"]);
    expect(refused.code).toBe(1);
    const errors = (JSON.parse(refused.stdout) as { errors: string[] }).errors;
    expect(errors).toEqual([
      "Dòng 3: ngày «31/02/2025» không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).",
      "Dòng 4: loại «gộp» không rõ; dùng «đổi tên», «hợp nhất», «sáp nhập», «chia tách» hoặc «giải thể».",
      "Dòng 5: không có cơ quan hay nhóm «Sở Không Tồn Tại» trong tỉnh.",
      expect.stringContaining("Dòng 6: Vòng lặp: Sở Tài chính → Sở Kế hoạch và Đầu tư → Sở Tài chính."),
    ]);
    expect(await dumpProvince(b.provinceId)).toEqual(before);

    const applied = await cli([sample, "--province", province.name]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Đã áp dụng 5 sắp xếp");
    expect(await db.restructuringEvent.count({ where: { provinceId: b.provinceId, status: "APPLIED" } })).toBe(5);
    expect(await db.agency.count({ where: { provinceId: b.provinceId, name: "Sở Nông nghiệp và Môi trường" } })).toBe(
      1,
    );
    const audit = await db.auditLog.count({
      where: { provinceId: b.provinceId, action: "restructure.apply", userId: null },
    });
    expect(audit).toBe(5);

    // The copies folded into the successor's own copy get their closing note in their history, written by the
    // system (nobody is signed in), shown as "Hệ thống"; undo removes the note with the rest.
    const folds = await db.auditLog.findMany({
      where: { provinceId: b.provinceId, action: "task.fold", userId: null },
      select: { entityId: true },
    });
    expect(folds.length).toBeGreaterThan(0);
    const foldedIds = folds.map((f) => f.entityId as string);
    const notes = await db.taskUpdate.findMany({ where: { taskId: { in: foldedIds }, toStatus: "NOT_APPLICABLE" } });
    expect(notes.map((n) => n.taskId).sort()).toEqual([...foldedIds].sort());
    for (const n of notes) {
      expect(n.userId).toBeNull();
      expect(n.note).toMatch(
        /^Không còn áp dụng: hợp nhất \/ sáp nhập từ ngày 01\/03\/2025 theo «Sắp xếp các sở từ ngày 01\/3\/2025 \(số quyết định: điền theo văn bản của tỉnh\)»; nhiệm vụ này do Sở [^;]+ tiếp tục thực hiện\.$/,
      );
    }
    const detail = await loadTaskDetail(b.users.homeAffairs, notes[0]!.taskId);
    if (detail.status !== "ok") throw new Error(detail.status);
    expect(detail.data.history[0]).toMatchObject({ by: "Hệ thống", byAgency: null, note: notes[0]!.note });
    // undone newest first (the web's undo of what the command applied): the notes go, the rows are as before
    const events = await db.restructuringEvent.findMany({
      where: { provinceId: b.provinceId, status: "APPLIED" },
      orderBy: { appliedAt: "desc" },
    });
    for (const event of events) {
      const undone = await undoRestructuringEvent(b.users.homeAffairs, { eventId: event.id });
      expect(undone.ok || undone.message).toBe(true);
    }
    expect(await db.taskUpdate.count({ where: { id: { in: notes.map((n) => n.id) } } })).toBe(0);
    expect(await dumpProvince(b.provinceId)).toEqual(before);
  }, 300_000);
});
