// U+0000 cannot be stored in Postgres text: a statement that carries it fails ("invalid byte sequence", 22021).
// Before, a note with that character, or an id like `/api/tasks/%00`, answered 500 "Đã có lỗi hệ thống". Now a
// write refuses it as invalid input, next to its field, before the transaction (the task form and PATCH:
// tasks-validation.test.ts), and the wrapper maps a 22021 its input did not show to the same refusal; a read
// answers not found, as for any id that names nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.EVIDENCE_DIR = `/tmp/par-evidence-nul-${process.pid}-${Date.now()}`;
});
vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

import { z } from "zod";
import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { GET as getTask } from "@/app/api/tasks/[id]/route";
import { db } from "@/lib/db";
import { loadAgencyReport } from "@/lib/reports/data";
import { loadSelfEvidenceFile } from "@/lib/self-assessment/data";
import { defineMutation, MESSAGES, nulPath } from "@/lib/server/mutation";
import { buildTaskWorld, type TaskWorld } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

const NUL = "\u0000";
let w: TaskWorld;
beforeAll(async () => {
  w = await buildTaskWorld();
});
beforeEach(() => signInAs(w.users.financeStaff));

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe("a write carrying U+0000", () => {
  it("one the input did not show (read from a file, say) is refused as invalid, the transaction rolled back", async () => {
    const tag = `nul-${Date.now()}`;
    const store = defineMutation({
      action: "task.comment",
      schema: z.object({}),
      load: async () => ({
        record: null,
        target: { provinceId: w.users.financeStaff.provinceId, agencyId: w.agencies.finance.id },
      }),
      run: async (tx) => {
        await tx.$executeRaw`update "Agency" set name = name where id = ${w.agencies.finance.id}`;
        await tx.$queryRaw`select ${`từ tệp${NUL}`}::text`;
        return { data: null, audit: { action: "test.nul", entity: "Agency", entityId: tag } };
      },
    });
    expect(await store(w.users.financeStaff, {})).toEqual({ ok: false, code: "INVALID", message: MESSAGES.NUL });
    expect(await db.auditLog.count({ where: { entityId: tag } })).toBe(0);
  });

  it("nulPath names the field: nested, in arrays; files and dates are not text", () => {
    expect(nulPath({ note: "ok", links: ["https://a.vn", `b${NUL}`] })).toBe("links.1");
    expect(nulPath({ rows: [{ cells: { title: NUL } }] })).toBe("rows.0.cells.title");
    expect(nulPath(`x${NUL}`)).toBe("_");
    expect(nulPath({ file: new File([NUL], `a${NUL}.pdf`), at: new Date(), n: 1, none: null })).toBeNull();
  });
});

describe("a read of an id carrying U+0000 answers not found", () => {
  it("GET /api/tasks/[id] and GET /api/evidence/[id]: 404 with the Vietnamese message", async () => {
    signInAs(w.users.homeAffairs);
    for (const response of [
      await getTask(new Request("http://t/api/tasks/x"), ctx(NUL)),
      await getEvidence(new Request("http://t/api/evidence/x"), ctx(`${NUL}x`)),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: "NOT_FOUND", error: MESSAGES.NOT_FOUND });
    }
  });

  it("a self-assessment evidence file and an agency's report", async () => {
    expect(await loadSelfEvidenceFile(w.users.homeAffairs, NUL)).toEqual({ status: "not_found" });
    expect(await loadAgencyReport(w.users.homeAffairs, "2026-12", NUL)).toEqual({ status: "not_found" });
    expect(await loadAgencyReport(w.users.homeAffairs, NUL, w.agencies.finance.id)).toEqual({ status: "not_found" });
  });
});
