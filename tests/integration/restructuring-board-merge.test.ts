// "Gộp theo cơ cấu hiện tại" on boards, on a copy of the seed where Sở Kế hoạch và Đầu tư merged into Sở Tài
// chính (1/3/2025): by default Sở Tài chính's board holds its own tasks only; with ?gop=1 it also holds the work
// that stayed with the planning department (accepted, and the copies folded as "không còn áp dụng"), in its
// plans, columns and column counts, each card labelled with the planning department's name. Sở Tài chính's
// people read the tasks and evidence they inherited; nobody else gains anything: another agency is refused,
// another province finds nothing, and no write is widened.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

const { db } = await import("@/lib/db");
const { applyRestructuring } = await import("@/lib/restructuring/mutations");
const { loadAgencyBoard, loadTaskDetail } = await import("@/lib/tasks/data");
const { commentOnTask } = await import("@/lib/tasks/mutations");
const { markTaskSeen } = await import("@/lib/tasks/responsible");
const { loadEvidenceFile } = await import("@/lib/evidence/data");
const { buildSeedCopy, departmentMerger } = await import("./restructuring-fixtures");

type SessionUser = import("@/lib/auth/session").SessionUser;

let w: Awaited<ReturnType<typeof buildSeedCopy>>;
let planning: string;
let finance: string;
/** planning's tasks accepted before the merger: they stay with it */
let acceptedIds: string[];
let evidenceId: string;
let financeStaff: SessionUser;
let outsider: SessionUser;
let otherProvinceId: string;

beforeAll(async () => {
  w = await buildSeedCopy("bang-gop");
  planning = w.agencyId("Sở Kế hoạch và Đầu tư");
  finance = w.agencyId("Sở Tài chính");
  const financeRefs = new Set(
    (await db.task.findMany({ where: { agencyId: finance }, select: { sourceRef: true } })).map((t) => t.sourceRef),
  );
  // a duty only the planning department holds, and its copy of one Sở Tài chính holds too; neither Sở Tài chính
  // nor the district supports them
  const tasks = await db.task.findMany({ where: { agencyId: planning }, orderBy: { sourceRef: "asc" } });
  const alone = tasks.find((t) => !financeRefs.has(t.sourceRef));
  const copy = tasks.find((t) => financeRefs.has(t.sourceRef));
  acceptedIds = [alone!.id, copy!.id];
  await db.taskSupporter.deleteMany({
    where: { taskId: { in: acceptedIds }, agencyId: { in: [finance, w.agencyId("UBND huyện Đức Trọng")] } },
  });
  // Sở Tài chính supported the second: its own board shows it as a supporting duty, the merged one as led work
  await db.taskSupporter.create({ data: { taskId: acceptedIds[1]!, agencyId: finance } });
  await db.task.updateMany({ where: { id: { in: acceptedIds } }, data: { status: "ACCEPTED", progress: 100 } });
  const update = await db.taskUpdate.create({
    data: { taskId: acceptedIds[0]!, userId: w.users.planningStaff.id, note: "Báo cáo kết quả" },
  });
  // a stored file's row with no file behind it: a reader allowed to download gets "missing", others a refusal
  evidenceId = (
    await db.evidence.create({
      data: { updateId: update.id, kind: "file", fileName: "ket-qua.pdf", storageKey: randomBytes(16).toString("hex") },
    })
  ).id;
  const staff = await makeUser(w.provinceId, finance, "AGENCY_STAFF", "Cán bộ Sở Tài chính");
  financeStaff = { ...w.users.financeHead, id: staff.id, email: staff.email, name: staff.name, role: "AGENCY_STAFF" };
  const other = await db.province.create({ data: { code: `khac-${w.provinceId}`, name: `Tỉnh khác ${w.provinceId}` } });
  otherProvinceId = other.id;
  const otherFinance = await db.agency.create({
    data: { provinceId: other.id, name: "Sở Tài chính", kind: "DEPARTMENT" },
  });
  const otherHead = await makeUser(other.id, otherFinance.id, "AGENCY_HEAD", "Lãnh đạo Sở Tài chính tỉnh khác");
  outsider = { ...w.users.financeHead, id: otherHead.id, provinceId: other.id, agencyId: otherFinance.id };
  const merged = await applyRestructuring(w.users.homeAffairs, departmentMerger(planning, finance));
  if (!merged.ok) throw new Error(merged.message);
}, 300_000);

function makeUser(provinceId: string, agencyId: string, role: "AGENCY_HEAD" | "AGENCY_STAFF", name: string) {
  const email = `${role.toLowerCase()}.${agencyId}@test.par.vn`;
  return db.user.create({ data: { provinceId, email, name, role, agencyId, passwordHash: "x" } });
}

afterAll(async () => {
  await w?.remove();
  if (otherProvinceId) await db.province.delete({ where: { id: otherProvinceId } });
});

/** The plan's tasks the agencies lead or support, read straight from the tables (not through the loader). */
async function tasksOf(agencyIds: string[], status?: "ACCEPTED") {
  const rows = await db.task.findMany({
    where: {
      planId: w.planId,
      ...(status ? { status } : {}),
      OR: [{ agencyId: { in: agencyIds } }, { supporters: { some: { agencyId: { in: agencyIds } } } }],
    },
    select: { id: true },
  });
  return rows.map((r) => r.id).sort();
}

async function board(user: SessionUser, query: Parameters<typeof loadAgencyBoard>[2] = {}) {
  const loaded = await loadAgencyBoard(user, finance, { plan: w.planId, ...query });
  if (loaded.status !== "ok") throw new Error(loaded.status);
  return loaded.data;
}

describe("Sở Tài chính's board after Sở Kế hoạch và Đầu tư merged into it", () => {
  it("keeps the predecessor's work apart by default and adds it with ?gop=1, labelled, columns and counts too", async () => {
    const separate = await board(w.users.financeHead);
    expect(separate.merged).toBe(false);
    expect(separate.predecessors).toEqual([{ id: planning, name: "Sở Kế hoạch và Đầu tư" }]);
    const own = await tasksOf([finance]);
    expect(separate.cards.map((c) => c.id).sort()).toEqual(own);
    expect(separate.cards.every((c) => !c.formerAgency)).toBe(true);
    expect(own).not.toContain(acceptedIds[0]);
    expect(separate.cards.find((c) => c.id === acceptedIds[1])?.role).toBe("support");

    const merged = await board(w.users.financeHead, { merge: true });
    expect(merged.merged).toBe(true);
    const lineage = await tasksOf([finance, planning]);
    expect(lineage.length).toBeGreaterThan(own.length);
    expect(merged.cards.map((c) => c.id).sort()).toEqual(lineage);
    // labelled: what the planning department led, and what only it supported
    for (const card of merged.cards) {
      const inherited = card.agencyId === planning || !own.includes(card.id);
      expect(card.formerAgency ?? null).toBe(inherited ? "Sở Kế hoạch và Đầu tư" : null);
    }
    // the accepted work it led is the lineage's lead work
    const accepted = merged.cards.filter((c) => acceptedIds.includes(c.id));
    expect(accepted.map((c) => [c.role, c.status])).toEqual(acceptedIds.map(() => ["lead", "ACCEPTED"]));
    // the plan picker counts the lineage's tasks
    expect(separate.plans.find((p) => p.id === w.planId)?.tasks).toBe(own.length);
    expect(merged.plans.find((p) => p.id === w.planId)?.tasks).toBe(lineage.length);

    // a column's full list ("Đã xác nhận"), with and without
    const column = async (merge: boolean) =>
      (await board(w.users.financeHead, { status: "ACCEPTED", merge })).cards.map((c) => c.id).sort();
    expect(await column(false)).toEqual(await tasksOf([finance], "ACCEPTED"));
    expect(await column(true)).toEqual(await tasksOf([finance, planning], "ACCEPTED"));
    expect(await column(true)).toEqual(expect.arrayContaining(acceptedIds));

    // Sở Nội vụ and the agency's staff see the same merged board
    expect((await board(w.users.homeAffairs, { merge: true })).cards.length).toBe(lineage.length);
    expect((await board(financeStaff, { merge: true })).cards.length).toBe(lineage.length);
  });

  it("lets the successor's people read the tasks and evidence they inherited, and write nothing more", async () => {
    const task = acceptedIds[0]!;
    for (const user of [w.users.financeHead, financeStaff]) {
      const detail = await loadTaskDetail(user, task);
      expect(detail.status).toBe("ok");
      if (detail.status === "ok") expect(detail.data.can.edit).toBeNull();
      expect((await loadEvidenceFile(user, evidenceId)).status).toBe("missing");
      expect((await markTaskSeen(user, { taskId: task })).ok).toBe(true);
    }
    const comment = await commentOnTask(w.users.financeHead, { taskId: task, version: 0, note: "Thêm ghi chú" });
    expect(comment.ok || comment.code).toBe("FORBIDDEN");
  });

  it("refuses another agency of the province, and another province finds nothing", async () => {
    const district = w.users.districtHead;
    expect((await loadTaskDetail(district, acceptedIds[0]!)).status).toBe("forbidden");
    expect((await loadEvidenceFile(district, evidenceId)).status).toBe("forbidden");
    expect((await loadAgencyBoard(district, finance, { merge: true })).status).toBe("forbidden");
    expect((await markTaskSeen(district, { taskId: acceptedIds[0]! })).ok).toBe(false);

    expect((await loadTaskDetail(outsider, acceptedIds[0]!)).status).toBe("not_found");
    expect((await loadEvidenceFile(outsider, evidenceId)).status).toBe("not_found");
    expect((await loadAgencyBoard(outsider, finance, { merge: true })).status).toBe("not_found");
    // its own agency's board, merged or not, holds none of this province's tasks
    const own = await loadAgencyBoard(outsider, outsider.agencyId!, { merge: true });
    expect(own.status === "ok" && own.data.cards).toEqual([]);
    expect(own.status === "ok" && own.data.predecessors).toEqual([]);
  });
});
