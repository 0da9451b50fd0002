// "Lập kế hoạch khắc phục": a plan drafted from a published result. The draft lists every criterion that
// lost points, carries over the previous plan's open measures through the code mapping, takes new measures
// and agencies, and on publishing stores exactly the records an imported plan of the same content gets
// (same persist step). Only Sở Nội vụ of the province writes it. All figures are made-up test data.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { importFrameworkMutation } from "@/lib/frameworks/mutations";
import {
  addPlanDraftMeasure,
  createPlanDraft,
  publishPlanDraft,
  removePlanDraftMeasure,
  updatePlanDraftHead,
} from "@/lib/plans/draft/mutations";
import type { DraftContent } from "@/lib/plans/draft/types";
import { IMPORT_TRANSACTION_OPTIONS, importPlanAsSystem } from "@/lib/plans/import/run";
import { enterPublishedResult } from "@/lib/results/mutations";
import {
  encode,
  freshYear,
  GOOD_FRAMEWORK_CSV,
  importPlanCsv,
  makeProvince,
  makeUser,
  planCsv,
} from "./framework-fixtures";

type Province = { id: string; name: string };
let year: number;
let provinceA: Province;
let provinceB: Province;
let adminA: SessionUser;
let adminB: SessionUser;
let staffA: SessionUser;
const agencies: Record<string, Record<string, string>> = {};

// 1.1.1 lost 1 (so 1.1 lost 1), 1.2 lost 2, field 1 lost 3; 1.1.2 and field 2 lost nothing.
const RESULT = {
  mode: "points",
  totalScore: "12,5",
  rank: "7",
  values: { "1.1.1": "3", "1.1.2": "2", "1.2": "2", "2.1": "5,5" },
};

async function setUpProvince(name: string) {
  const province = await makeProvince(name);
  agencies[province.id] = {};
  for (const n of ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]) {
    const a = await db.agency.create({ data: { provinceId: province.id, name: n, kind: "DEPARTMENT" } });
    (agencies[province.id] as Record<string, string>)[n] = a.id;
  }
  const admin = await makeUser("HOME_AFFAIRS", province);
  return { province, admin };
}
const agencyId = (p: Province, name: string) => agencies[p.id]?.[name] ?? "";

beforeAll(async () => {
  do year = await freshYear();
  while (await db.framework.count({ where: { year: year - 1 } }));
  const national = await makeUser("NATIONAL_ADMIN", null);
  for (const y of [year - 1, year])
    await importFrameworkMutation(national, {
      year: String(y),
      fileName: "khung.csv",
      bytes: encode(GOOD_FRAMEWORK_CSV),
    });
  ({ province: provinceA, admin: adminA } = await setUpProvince(`Tỉnh thử A ${year}`));
  ({ province: provinceB, admin: adminB } = await setUpProvince(`Tỉnh thử B ${year}`));
  staffA = await makeUser("AGENCY_STAFF", provinceA, agencyId(provinceA, "Sở Tài chính"));
  // Province A's previous plan: measures for 1, 1.1 and 1.2, led by Sở Tài chính; the one for 1.2 is done.
  await importPlanCsv(
    provinceA,
    year - 1,
    planCsv(
      [
        ["1", "Lĩnh vực thử một", "10", "7"],
        ["1.1", "Tiêu chí thử 1.1", "6", "4"],
        ["1.2", "Tiêu chí thử 1.2", "4", "3"],
      ],
      "Sở Tài chính",
    ),
    `11/KH-UBND`,
  );
  await db.task.updateMany({
    where: { plan: { provinceId: provinceA.id }, criterion: { code: "1.2" } },
    data: { status: "ACCEPTED", progress: 100 },
  });
  // The framework of the year split 1.1 in two: 1.1 → 1.1.1 and 1.1.2.
  const [before, now] = await Promise.all([
    db.framework.findFirstOrThrow({ where: { year: year - 1, provinceId: null } }),
    db.framework.findFirstOrThrow({ where: { year, provinceId: null } }),
  ]);
  await db.criterionMapping.createMany({
    data: [
      { fromFrameworkId: before.id, toFrameworkId: now.id, fromCode: "1.1", toCode: "1.1.1" },
      { fromFrameworkId: before.id, toFrameworkId: now.id, fromCode: "1.1", toCode: "1.1.2" },
    ],
  });
  for (const admin of [adminA, adminB])
    expect(await enterPublishedResult(admin, { year: String(year), ...RESULT })).toMatchObject({ ok: true });
});

async function draftOf(p: Province) {
  const d = await db.planDraft.findFirstOrThrow({ where: { provinceId: p.id } });
  return { ...d, content: d.content as unknown as DraftContent };
}

describe("plan drafted from a published result", () => {
  it("pre-fills every criterion that lost points and carries over open measures through the mapping", async () => {
    expect(await createPlanDraft(adminA, { year: String(year) })).toMatchObject({ ok: true, data: { created: true } });
    const draft = await draftOf(provinceA);
    expect(draft.content.criteria.map((c) => [c.code, c.standard, c.assessed, c.lost])).toEqual([
      ["1", "10", "7", "3"],
      ["1.1", "6", "5", "1"],
      ["1.1.1", "4", "3", "1"],
      ["1.2", "4", "2", "2"],
    ]);
    // 1 stays 1; 1.1 was split and its measure goes to the part that lost points; 1.2's measure is done.
    expect(
      draft.content.measures.map((m) => [m.criterionCode, m.text, m.lead.map((r) => r.label), m.carriedFrom]),
    ).toEqual([
      ["1", "Giải pháp cho 1", ["Sở Tài chính"], "11/KH-UBND"],
      ["1.1.1", "Giải pháp cho 1.1", ["Sở Tài chính"], "11/KH-UBND"],
    ]);
    // Asking again opens the same draft.
    expect(await createPlanDraft(adminA, { year: String(year) })).toMatchObject({
      ok: true,
      data: { draftId: draft.id, created: false },
    });
    expect(await db.auditLog.count({ where: { action: "plandraft.create", entityId: draft.id } })).toBe(1);
  });

  it("refuses an agency and another province's Sở Nội vụ, and another province's agency in a measure; nothing changes", async () => {
    const draft = await draftOf(provinceA);
    const measure = {
      draftId: draft.id,
      version: draft.version,
      criterionCode: "1.2",
      text: "X",
      leadIds: [agencyId(provinceA, "Sở Tư pháp")],
      supportIds: [],
      timeframe: "",
      note: "",
    };
    expect(await createPlanDraft(staffA, { year: String(year) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addPlanDraftMeasure(staffA, measure)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addPlanDraftMeasure(adminB, measure)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await updatePlanDraftHead(adminB, {
        draftId: draft.id,
        version: draft.version,
        number: "1/KH-UBND",
        issuedOn: "",
        title: "X",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishPlanDraft(adminB, { draftId: draft.id, version: draft.version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const foreign = await addPlanDraftMeasure(adminA, { ...measure, leadIds: [agencyId(provinceB, "Sở Tư pháp")] });
    expect(foreign).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { leadIds: [expect.stringMatching(/không thuộc tỉnh/)] },
    });
    const unknown = await addPlanDraftMeasure(adminA, { ...measure, criterionCode: "2.1" });
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { criterionCode: [expect.stringMatching(/không có trong phụ lục/)] },
    });
    const stale = await addPlanDraftMeasure(adminA, { ...measure, version: draft.version + 5 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const after = await draftOf(provinceA);
    expect([after.version, after.content.measures.length]).toEqual([draft.version, 2]);
  });

  it("takes new measures with lead and supporting agencies, removes one, and asks for number and date before publishing", async () => {
    let draft = await draftOf(provinceA);
    const base = {
      draftId: draft.id,
      criterionCode: "1.2",
      supportIds: [agencyId(provinceA, "Sở Nội vụ")],
      timeframe: `Trong năm ${year + 1}`,
      note: "",
    };
    expect(
      await addPlanDraftMeasure(adminA, {
        ...base,
        version: draft.version,
        text: "Tạm thời",
        leadIds: [agencyId(provinceA, "Sở Tư pháp")],
      }),
    ).toMatchObject({ ok: true });
    draft = await draftOf(provinceA);
    const temporary = draft.content.measures.find((m) => m.text === "Tạm thời");
    expect(
      await removePlanDraftMeasure(adminA, { draftId: draft.id, version: draft.version, key: temporary?.key }),
    ).toMatchObject({ ok: true });
    draft = await draftOf(provinceA);
    expect(
      await addPlanDraftMeasure(adminA, {
        ...base,
        version: draft.version,
        text: "Rà soát quy trình của tiêu chí 1.2",
        leadIds: [agencyId(provinceA, "Sở Tư pháp")],
        note: "Ưu tiên",
      }),
    ).toMatchObject({ ok: true });
    draft = await draftOf(provinceA);
    const early = await publishPlanDraft(adminA, { draftId: draft.id, version: draft.version });
    expect(early).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { number: [expect.any(String)], issuedOn: [expect.any(String)] },
    });
    const head = {
      draftId: draft.id,
      version: draft.version,
      number: "25/KH-UBND",
      issuedOn: `${year + 1}-02-15`,
      title: `Kế hoạch khắc phục năm ${year + 1}`,
    };
    expect(await updatePlanDraftHead(adminA, { ...head, number: "hai lăm" })).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.any(String)] },
    });
    expect(await updatePlanDraftHead(adminA, head)).toMatchObject({ ok: true });
    draft = await draftOf(provinceA);
    // A number the province already used is refused rather than overwriting that plan.
    await db.planDraft.update({ where: { id: draft.id }, data: { number: "11/KH-UBND" } });
    expect(await publishPlanDraft(adminA, { draftId: draft.id, version: draft.version })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await db.planDraft.update({ where: { id: draft.id }, data: { number: "25/KH-UBND" } });
    expect(await db.plan.count({ where: { provinceId: provinceA.id } })).toBe(1);
  });

  it("publishing fans out tasks and stores the same records as importing a plan of the same content", async () => {
    const draft = await draftOf(provinceA);
    const published = await publishPlanDraft(adminA, { draftId: draft.id, version: draft.version });
    expect(published).toMatchObject({ ok: true });
    if (!published.ok) return;
    expect(published.data.tasks).toBeGreaterThan(0);
    // The same appendix as a CSV file, imported by province B (same agencies, same published result).
    const header =
      "STT;Lĩnh vực/Tiêu chí;Điểm chuẩn;Điểm thẩm định;Giải pháp;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Ghi chú";
    const csv = [
      header,
      "1;Lĩnh vực thử một;10;7;Giải pháp cho 1;Sở Tài chính;;;",
      "1.1;Tiêu chí thử 1.1;6;5;;;;;",
      "1.1.1;Tiêu chí thành phần 1.1.1;4;3;Giải pháp cho 1.1;Sở Tài chính;;;",
      `1.2;Tiêu chí thử 1.2;4;2;Rà soát quy trình của tiêu chí 1.2;Sở Tư pháp;Sở Nội vụ;Trong năm ${year + 1};Ưu tiên`,
    ].join("\n");
    const meta = {
      number: "25/KH-UBND",
      issuedOn: `${year + 1}-02-15`,
      indexYear: year,
      title: `Kế hoạch khắc phục năm ${year + 1}`,
      score: "12.5",
      rank: 7,
      rankOf: 34,
    };
    await db.$transaction(
      (tx) =>
        importPlanAsSystem(tx, {
          provinceId: provinceB.id,
          provinceName: provinceB.name,
          fileName: "phu-luc.csv",
          bytes: encode(csv),
          meta,
        }),
      IMPORT_TRANSACTION_OPTIONS,
    );
    const [a, b] = await Promise.all([planRecords(provinceA, year), planRecords(provinceB, year)]);
    expect(a.measures).toHaveLength(3);
    expect(a.tasks.length).toBe(published.data.tasks);
    expect(a).toEqual(b);
  });

  it("keeps the published result whole, and the published draft is read-only", async () => {
    const scores = await db.criterionScore.findMany({
      where: { assessment: { provinceId: provinceA.id, year } },
      include: { criterion: true },
    });
    expect(scores.map((s) => s.criterion.code).sort()).toEqual(["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"]);
    const assessment = await db.assessment.findUniqueOrThrow({
      where: { provinceId_year: { provinceId: provinceA.id, year } },
    });
    expect([assessment.totalScore.toString(), assessment.rank, assessment.source]).toEqual([
      "12.5",
      7,
      `Kết quả công bố năm ${year}, do Sở Nội vụ nhập`,
    ]);
    const draft = await draftOf(provinceA);
    const again = await addPlanDraftMeasure(adminA, {
      draftId: draft.id,
      version: draft.version,
      criterionCode: "1.2",
      text: "Muộn",
      leadIds: [agencyId(provinceA, "Sở Tư pháp")],
      supportIds: [],
      timeframe: "",
      note: "",
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await db.auditLog.count({
        where: { action: "plan.import", entity: "Plan", entityId: draft.publishedPlanId ?? "" },
      }),
    ).toBe(1);
  });
});

/** A province's plan for the year, without ids, files or the province itself: what the two paths must share. */
async function planRecords(p: Province, indexYear: number) {
  const plan = await db.plan.findFirstOrThrow({
    where: { provinceId: p.id, assessment: { year: indexYear } },
    include: {
      assessment: { include: { scores: { include: { criterion: true } } } },
      measures: {
        include: { criterion: true, assignments: { include: { agency: true, group: true } } },
        orderBy: [{ criterion: { sortKey: "asc" } }, { position: "asc" }],
      },
      tasks: { include: { agency: true, criterion: true, supporters: { include: { agency: true } } } },
      warnings: true,
    },
  });
  const listed = new Set(plan.measures.map((m) => m.criterion.code));
  return {
    plan: {
      number: plan.number,
      issuedOn: plan.issuedOn.toISOString(),
      title: plan.title,
      framework: plan.assessment.frameworkId,
    },
    scores: plan.assessment.scores
      .filter((s) => listed.has(s.criterion.code))
      .map((s) => [s.criterion.code, s.assessedPoints.toString()])
      .sort(),
    measures: plan.measures.map((m) => ({
      code: m.criterion.code,
      position: m.position,
      text: m.text,
      timeframeText: m.timeframeText,
      startsOn: m.startsOn?.toISOString() ?? null,
      endsOn: m.endsOn?.toISOString() ?? null,
      recurrence: m.recurrence,
      note: m.note,
      assignments: m.assignments
        .map((x) => [x.role, x.position, x.label, x.agency?.name ?? null, x.group?.name ?? null])
        .sort(),
    })),
    tasks: plan.tasks
      .map((t) => ({
        source: t.source,
        sourceRef: t.sourceRef,
        agency: t.agency?.name ?? null,
        title: t.title,
        status: t.status,
        dueOn: t.dueOn?.toISOString() ?? null,
        recurrence: t.recurrence,
        criterion: t.criterion?.code ?? null,
        supporters: t.supporters.map((s) => s.agency.name).sort(),
      }))
      .sort((x, y) => `${x.sourceRef}|${x.agency}`.localeCompare(`${y.sourceRef}|${y.agency}`)),
    warnings: plan.warnings.map((w) => [w.code, w.criterionCode, w.message]).sort(),
  };
}
