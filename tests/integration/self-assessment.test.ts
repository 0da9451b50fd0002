// The self-assessment workflow: Sở Nội vụ opens a year (criteria proposed to the plan's lead agencies), an
// agency scores only its own criteria with evidence (a score above zero without evidence is flagged),
// submits, Sở Nội vụ appraises or returns; history and live totals; another province sees nothing.
// The framework and points here are made-up test data.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readEvidence } from "@/lib/evidence/storage";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import { loadSelfAssessment, loadSelfEvidenceFile } from "@/lib/self-assessment/data";
import {
  appraiseSelfScore,
  assignSelfScore,
  openSelfAssessment,
  saveSelfScoreWithFiles,
  submitSelfScore,
} from "@/lib/self-assessment/mutations";
import {
  encode,
  freshYear,
  GOOD_FRAMEWORK_CSV,
  importPlanCsv,
  makeProvince,
  makeUser,
  planCsv,
  selfView,
} from "./framework-fixtures";

const PDF = readFileSync("tests/fixtures/bao-cao-kiem-chung.pdf");
let year: number;
let homeAffairs: SessionUser;
let leadership: SessionUser;
let finance: SessionUser;
let interior: SessionUser;
let otherProvinceAdmin: SessionUser;

beforeAll(async () => {
  year = await freshYear();
  const province = await makeProvince();
  const other = await makeProvince();
  const fin = await db.agency.create({ data: { provinceId: province.id, name: "Sở Tài chính", kind: "DEPARTMENT" } });
  const int = await db.agency.create({ data: { provinceId: province.id, name: "Sở Nội vụ", kind: "DEPARTMENT" } });
  const national = await makeUser("NATIONAL_ADMIN", null);
  await importFrameworkMutation(national, {
    year: String(year),
    fileName: "khung.csv",
    bytes: encode(GOOD_FRAMEWORK_CSV),
  });
  const plan = planCsv(
    [
      ["1", "Lĩnh vực thử một", "10", "7"],
      ["1.1", "Tiêu chí thử 1.1", "6", "4"],
    ],
    "Sở Tài chính",
  );
  await importPlanCsv(province, year, plan);
  homeAffairs = await makeUser("HOME_AFFAIRS", province);
  leadership = await makeUser("LEADERSHIP", province);
  finance = await makeUser("AGENCY_STAFF", province, fin.id);
  interior = await makeUser("AGENCY_HEAD", province, int.id);
  otherProvinceAdmin = await makeUser("HOME_AFFAIRS", other);
});

const rowOf = async (user: SessionUser, code: string) =>
  (await selfView(user, year))?.rows.find((r) => r.code === code);
const pdf = (name = "bien-ban.pdf") => new File([PDF], name, { type: "application/pdf" });

describe("self-assessment workflow", () => {
  it("Sở Nội vụ opens the year: one row per self-scored leaf, proposed to the plan's lead agency; survey criteria left out", async () => {
    expect(await openSelfAssessment(finance, { year })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const opened = await openSelfAssessment(homeAffairs, { year });
    expect(opened).toMatchObject({ ok: true, data: { criteria: 3 } });
    const view = await selfView(homeAffairs, year);
    expect(view?.rows.map((r) => [r.code, r.agencyName])).toEqual([
      ["1.1.1", "Sở Tài chính"],
      ["1.1.2", "Sở Tài chính"],
      ["1.2", "Sở Tài chính"], // nearest parent code with a measure: field 1, led by Sở Tài chính
    ]);
    expect(await openSelfAssessment(homeAffairs, { year })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("Sở Nội vụ reassigns a criterion; an agency sees and scores only its own", async () => {
    const row = await rowOf(homeAffairs, "1.2");
    expect(await assignSelfScore(homeAffairs, { selfScoreId: row?.id, agencyId: interior.agencyId })).toMatchObject({
      ok: true,
    });
    expect((await selfView(finance, year))?.rows.map((r) => r.code)).toEqual(["1.1.1", "1.1.2"]);
    expect((await selfView(interior, year))?.rows.map((r) => r.code)).toEqual(["1.2"]);
    const theirs = await rowOf(homeAffairs, "1.2");
    const refused = await saveSelfScoreWithFiles(
      finance,
      { selfScoreId: theirs?.id, version: theirs?.version, proposedPoints: "4" },
      [],
    );
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await rowOf(homeAffairs, "1.2"))?.proposedPoints).toBeNull();
  });

  it("a score above zero without evidence is flagged; with a file it is not; above the maximum is refused", async () => {
    let row = await rowOf(finance, "1.1.1");
    const over = await saveSelfScoreWithFiles(
      finance,
      { selfScoreId: row?.id, version: row?.version, proposedPoints: "4,5" },
      [],
    );
    expect(over).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { proposedPoints: [expect.stringMatching(/vượt điểm tối đa 4/)] },
    });
    expect(
      await saveSelfScoreWithFiles(
        finance,
        { selfScoreId: row?.id, version: row?.version, proposedPoints: "3,5", explanation: "Đã ban hành kế hoạch" },
        [],
      ),
    ).toMatchObject({ ok: true });
    row = await rowOf(finance, "1.1.1");
    expect([row?.proposedPoints, row?.flagged]).toEqual(["3.5", true]);
    expect(
      await saveSelfScoreWithFiles(finance, { selfScoreId: row?.id, version: row?.version, proposedPoints: "3,5" }, [
        pdf(),
      ]),
    ).toMatchObject({ ok: true });
    row = await rowOf(finance, "1.1.1");
    expect(row?.flagged).toBe(false);
    const file = row?.evidence[0];
    expect(file?.fileName).toBe("bien-ban.pdf");
    const stored = await loadSelfEvidenceFile(finance, file?.id ?? "");
    const storageKey = stored.status === "ok" ? stored.data.storageKey : "";
    expect(Buffer.compare((await readEvidence(storageKey)) ?? Buffer.alloc(0), PDF)).toBe(0);
    expect(await loadSelfEvidenceFile(interior, file?.id ?? "")).toEqual({ status: "not_found" }); // another agency
    expect(await loadSelfEvidenceFile(otherProvinceAdmin, file?.id ?? "")).toEqual({ status: "not_found" });
  });

  it("a stale version is refused and changes nothing", async () => {
    const row = await rowOf(finance, "1.1.2");
    expect(
      await saveSelfScoreWithFiles(
        finance,
        { selfScoreId: row?.id, version: (row?.version ?? 0) + 5, proposedPoints: "1" },
        [],
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await rowOf(finance, "1.1.2"))?.proposedPoints).toBeNull();
  });

  it("draft → submitted → appraised (or returned), with history and live totals", async () => {
    let row = await rowOf(finance, "1.1.1");
    expect(await submitSelfScore(finance, { selfScoreId: row?.id, version: row?.version })).toMatchObject({ ok: true });
    row = await rowOf(finance, "1.1.1");
    expect(
      await saveSelfScoreWithFiles(finance, { selfScoreId: row?.id, version: row?.version, proposedPoints: "4" }, []),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await appraiseSelfScore(finance, {
        selfScoreId: row?.id,
        version: row?.version,
        decision: "accept",
        acceptedPoints: "4",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await appraiseSelfScore(leadership, {
        selfScoreId: row?.id,
        version: row?.version,
        decision: "accept",
        acceptedPoints: "4",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await appraiseSelfScore(homeAffairs, { selfScoreId: row?.id, version: row?.version, decision: "return" }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      await appraiseSelfScore(homeAffairs, {
        selfScoreId: row?.id,
        version: row?.version,
        decision: "accept",
        acceptedPoints: "3",
        comment: "Thiếu 1 báo cáo",
      }),
    ).toMatchObject({ ok: true });
    row = await rowOf(homeAffairs, "1.1.1");
    expect([row?.status, row?.acceptedPoints, row?.appraisalComment]).toEqual(["APPRAISED", "3", "Thiếu 1 báo cáo"]);
    expect(row?.history.map((h) => h.action)).toEqual(["save", "save", "submit", "appraise"]);
    const other = await rowOf(finance, "1.1.2");
    await saveSelfScoreWithFiles(finance, { selfScoreId: other?.id, version: other?.version, proposedPoints: "0" }, []);
    const view = await selfView(homeAffairs, year);
    expect(view?.totals).toMatchObject({ maxPoints: "10", proposed: "3.5", accepted: "3", appraised: 1, count: 3 });
    expect(view?.rows.find((r) => r.code === "1.1.2")?.flagged).toBe(false); // zero needs no evidence
  });

  it("another province sees nothing and can change nothing", async () => {
    expect(await loadSelfAssessment(otherProvinceAdmin, year)).toEqual({ status: "not_found" });
    const row = await rowOf(homeAffairs, "1.1.2");
    const attempts = [
      await assignSelfScore(otherProvinceAdmin, { selfScoreId: row?.id, agencyId: null }),
      await saveSelfScoreWithFiles(
        otherProvinceAdmin,
        { selfScoreId: row?.id, version: row?.version, proposedPoints: "1" },
        [],
      ),
      await submitSelfScore(otherProvinceAdmin, { selfScoreId: row?.id, version: row?.version }),
      await appraiseSelfScore(otherProvinceAdmin, {
        selfScoreId: row?.id,
        version: row?.version,
        decision: "accept",
        acceptedPoints: "1",
      }),
    ];
    expect(attempts.map((a) => (a.ok ? "ok" : a.code))).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
    expect(await rowOf(homeAffairs, "1.1.2")).toEqual(row);
    // A province's agency cannot be assigned from another province either.
    const foreignAgency = await db.agency.create({
      data: { provinceId: otherProvinceAdmin.provinceId, name: `Sở lạ ${year}`, kind: "DEPARTMENT" },
    });
    expect(await assignSelfScore(homeAffairs, { selfScoreId: row?.id, agencyId: foreignAgency.id })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
  });
});
